// Exports a comparison as Markdown: downloads it as a file and copies it to the clipboard, then
// says what happened.
import { useState } from 'preact/hooks';
import { copyText, downloadText } from './download';

export function ExportMarkdownButton(props: { fileName: string; markdown: () => string; label?: string }) {
  const [status, setStatus] = useState('');
  async function exportIt() {
    const text = props.markdown();
    downloadText(props.fileName, text, 'text/markdown;charset=utf-8');
    const copied = await copyText(text);
    setStatus(copied ? `Saved ${props.fileName} and copied it to the clipboard.` : `Saved ${props.fileName}. Copying to the clipboard was refused.`);
  }
  return (
    <>
      <button type="button" class="button" onClick={exportIt}>
        {props.label ?? 'Export Markdown'}
      </button>
      <span class="action-status" role="status">
        {status}
      </span>
    </>
  );
}
