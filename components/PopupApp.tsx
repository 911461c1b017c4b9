// The popup's whole flow: capture the tab (with visible progress), then the saved article and the
// other saved coverage of its story, or a clear message when the page could not be saved.
import { useEffect, useState } from 'preact/hooks';
import type { CaptureReply, CaptureStage } from '@/lib/messages';
import type { SavedComparison } from '@/lib/store/read';
import { compareSaved } from '@/lib/store/read';
import { activeTabId, captureTab } from './capture';
import { db } from './db';

const STAGE_TEXT: Record<CaptureStage | 'comparing', string> = {
  extracting: 'Reading the article…',
  analysing: 'Finding its claims…',
  saving: 'Saving it to your library…',
  comparing: 'Comparing with saved coverage…',
};

type State =
  | { step: CaptureStage | 'comparing' }
  | { step: 'failed'; reply: Extract<CaptureReply, { ok: false }> }
  | { step: 'done'; reply: Extract<CaptureReply, { ok: true }>; saved: SavedComparison };

export function PopupApp() {
  const [state, setState] = useState<State>({ step: 'extracting' });
  useEffect(() => {
    void (async () => {
      const tabId = await activeTabId();
      if (tabId === undefined) {
        setState({ step: 'failed', reply: { ok: false, reason: 'restricted', message: 'No tab to read.' } });
        return;
      }
      const reply = await captureTab(tabId, (step) => setState({ step }));
      if (!reply.ok) return setState({ step: 'failed', reply });
      setState({ step: 'comparing' });
      const saved = await compareSaved(db, reply.result.articleId);
      if (saved) setState({ step: 'done', reply, saved });
    })();
  }, []);

  return (
    <main class="popup" aria-live="polite">
      <h1 class="brand">Triangulate</h1>
      {state.step === 'failed' ? (
        <p class="message" role="alert" data-state={state.reply.reason}>
          {state.reply.message}
        </p>
      ) : state.step === 'done' ? (
        <Saved reply={state.reply} saved={state.saved} />
      ) : (
        <p class="progress" role="status" data-state="working">
          {STAGE_TEXT[state.step]}
        </p>
      )}
    </main>
  );
}

function Saved({ reply, saved }: { reply: Extract<CaptureReply, { ok: true }>; saved: SavedComparison }) {
  const { target, others } = saved;
  const status = { new: 'Saved', unchanged: 'Already saved', changed: 'Updated: the article changed since you saved it' }[
    reply.result.status
  ];
  return (
    <section data-state="saved">
      <p class="status">{status}</p>
      <h2 class="title">{target.title}</h2>
      <p class="meta">
        {target.siteName} · {target.wordCount} words
      </p>
      <h3>Other saved coverage of this story ({others.length})</h3>
      {others.length === 0 ? (
        <p class="hint">Nothing else saved on this story yet. Open another outlet's article about it and click Triangulate there.</p>
      ) : (
        <ul class="others">
          {others.map((o) => (
            <li key={o.id}>
              <a href={o.url} target="_blank" rel="noreferrer">
                {o.siteName}
              </a>{' '}
              — {o.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
