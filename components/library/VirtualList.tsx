// A windowed list of fixed-height rows: only the rows in view (plus a few) are in the DOM, so the
// library stays responsive with thousands of stories. Arrow keys move between rows.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

const OVERSCAN = 6;

export function VirtualList<T>(props: {
  items: T[];
  rowHeight: number;
  label: string;
  class?: string;
  renderRow: (item: T, index: number) => ComponentChildren;
}) {
  const { items, rowHeight, label, renderRow } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const rows = [...(viewport.current?.querySelectorAll<HTMLElement>('[data-row]') ?? [])];
    const at = rows.indexOf(document.activeElement?.closest('[data-row]') as HTMLElement);
    const next = rows[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.querySelector<HTMLElement>('button, a')?.focus();
  }

  return (
    <div class={props.class} ref={viewport} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <ul aria-label={label} style={{ position: 'relative', height: `${items.length * rowHeight}px`, margin: 0, padding: 0, listStyle: 'none' }}>
        {items.slice(first, last).map((item, i) => (
          <li key={first + i} data-row={first + i} style={{ position: 'absolute', top: `${(first + i) * rowHeight}px`, left: 0, right: 0 }}>
            {renderRow(item, first + i)}
          </li>
        ))}
      </ul>
    </div>
  );
}
