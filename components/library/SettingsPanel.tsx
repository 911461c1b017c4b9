// The reader's settings: how eagerly claims are matched, whether soft conflicts show, and clearing
// every saved thing (after a confirmation naming what will be lost).
import { useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/store/settings';
import { db } from '../db';
import { plural } from '../format';
import { useLiveQuery } from '../useLiveQuery';
import { askWorker } from '../worker';

export function SettingsPanel({ articleCount }: { articleCount: number }) {
  const settings = useLiveQuery(() => getSettings(db)) ?? DEFAULT_SETTINGS;
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');

  async function save(action: () => Promise<void>, done: string) {
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section class="panel settings" aria-labelledby="settings-title">
      <h3 id="settings-title">Settings</h3>
      <label>
        Matching sensitivity
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={settings.sensitivity}
          aria-valuetext={`${Math.round(settings.sensitivity * 100)} percent`}
          onChange={(e) => void save(() => askWorker('setting', { key: 'sensitivity', value: Number(e.currentTarget.value) }), 'Sensitivity saved.')}
        />
        <span class="article-meta">{settings.sensitivity < 0.5 ? 'stricter: more "only here"' : settings.sensitivity > 0.5 ? 'looser: more "corroborated"' : 'default'}</span>
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.showSoftConflicts}
          onChange={(e) => void save(() => askWorker('setting', { key: 'showSoftConflicts', value: e.currentTarget.checked }), 'Saved.')}
        />
        Show soft conflicts (hedging, stance) by default
      </label>
      <div class="actions">
        <button type="button" class="button button-danger" onClick={() => dialog.current?.showModal()}>
          Clear all data…
        </button>
        <span class="action-status" role="status">
          {status}
        </span>
      </div>
      <dialog ref={dialog} aria-labelledby="clear-title">
        <h3 id="clear-title">Clear all data?</h3>
        <p>This deletes {plural(articleCount, 'saved article')}, their stories and your settings from this browser. It cannot be undone; export the library first to keep a copy.</p>
        <form method="dialog" class="actions">
          <button class="button" value="cancel" autofocus>
            Cancel
          </button>
          <button
            class="button button-danger"
            value="clear"
            onClick={() => void save(() => askWorker('clear', {}), 'The library is empty.')}
          >
            Delete everything
          </button>
        </form>
      </dialog>
    </section>
  );
}
