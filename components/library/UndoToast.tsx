// "Deleted ... Undo": the deletion is done at once, and undone from what the worker handed back.
import { useEffect, useRef } from 'preact/hooks';

const TOAST_MS = 10_000;

export function UndoToast(props: { message: string; onUndo: () => void; onClose: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
    const timer = setTimeout(props.onClose, TOAST_MS);
    return () => clearTimeout(timer);
  }, [props.message]);
  return (
    <div class="toast" role="status">
      <span>{props.message}</span>
      <button type="button" class="button" ref={undo} onClick={props.onUndo}>
        Undo
      </button>
      <button type="button" class="button" onClick={props.onClose} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
