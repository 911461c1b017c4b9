// Export the whole library as one JSON file, and import such a file back (the worker writes it;
// articles already in the library are recognised and not duplicated).
import { useRef, useState } from 'preact/hooks';
import { exportLibrary } from '@/lib/export/library-json';
import { db } from '../db';
import { downloadText } from '../download';
import { plural } from '../format';
import { askWorker } from '../worker';

export function LibraryTransfer() {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  async function exportAll() {
    const file = await exportLibrary(db);
    downloadText(`triangulate-library-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 1), 'application/json');
    setStatus(`Exported ${plural(file.articles.length, 'article')}.`);
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    setStatus(`Importing ${file.name}…`);
    try {
      const result = await askWorker('import', { file: await file.text() });
      setStatus(`Imported: ${result.added} added, ${result.updated} updated, ${result.skipped} already in the library.`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
    if (input.current) input.current.value = '';
  }

  return (
    <div class="actions transfer">
      <button type="button" class="button" onClick={exportAll}>
        Export library (JSON)
      </button>
      <button type="button" class="button" onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Library file to import"
        onChange={(e) => void importFile(e.currentTarget.files?.[0])}
      />
      <span class="action-status" role="status">
        {status}
      </span>
    </div>
  );
}
