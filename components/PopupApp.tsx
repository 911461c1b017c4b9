// The popup's whole flow: capture the tab (with visible progress), compare the saved article with
// the rest of its story, then show the comparison, or a clear message when the page could not be
// saved. The reader's corrections ("not the same story") go to the worker and re-compare.
import { useEffect, useState } from 'preact/hooks';
import type { CaptureFailure, CaptureReply } from '@/lib/messages';
import type { ArticleRecord } from '@/lib/store/db';
import { compareSaved, type SavedComparison } from '@/lib/store/read';
import type { SaveStatus } from '@/lib/store/save';
import { getSettings } from '@/lib/store/settings';
import { activeTabId, captureTab } from './capture';
import { db } from './db';
import { ComparisonView } from './popup/ComparisonView';
import { Failure } from './popup/Failure';
import { Progress, type PopupStage } from './popup/Progress';
import { askWorker } from './worker';

type State =
  | { step: PopupStage }
  | { step: 'failed'; reason: CaptureFailure; message: string }
  | { step: 'done'; tabId: number; status: SaveStatus; saved: SavedComparison };

export function PopupApp() {
  const [state, setState] = useState<State>({ step: 'extracting' });
  const [showSoft, setShowSoft] = useState(false);
  const [notice, setNotice] = useState('');

  async function compare(tabId: number, status: SaveStatus, articleId: string) {
    setState({ step: 'comparing' });
    try {
      const settings = await getSettings(db);
      setShowSoft(settings.showSoftConflicts);
      const saved = await compareSaved(db, articleId, { sensitivity: settings.sensitivity });
      if (!saved) return setState({ step: 'failed', reason: 'storage', message: 'The saved article could not be read back from your library.' });
      setState({ step: 'done', tabId, status, saved });
    } catch (error) {
      setState({ step: 'failed', reason: 'storage', message: `Reading your library failed: ${error instanceof Error ? error.message : error}` });
    }
  }

  useEffect(() => {
    void (async () => {
      const tabId = await activeTabId();
      if (tabId === undefined) return setState({ step: 'failed', reason: 'restricted', message: 'There is no tab to read.' });
      const reply: CaptureReply = await captureTab(tabId, (step) => setState({ step }));
      if (!reply.ok) return setState({ step: 'failed', reason: reply.reason, message: reply.message });
      const { movedFrom } = reply.result;
      if (movedFrom !== undefined) setNotice(`Its text changed, so its story was matched again: it moved here from “${movedFrom}”.`);
      await compare(tabId, reply.result.status, reply.result.articleId);
    })();
  }, []);

  async function notSameStory(article: ArticleRecord) {
    if (state.step !== 'done') return;
    try {
      await askWorker('move', { articleId: article.id, toStoryId: null });
      await compare(state.tabId, state.status, state.saved.target.id);
      setNotice(`${article.siteName}'s article now has a story of its own; this comparison leaves it out.`);
    } catch (error) {
      setState({ step: 'failed', reason: 'storage', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <main class="popup">
      <p class="brand">
        <span class="brand-mark" aria-hidden="true">◭</span> Triangulate
      </p>
      {state.step === 'failed' ? (
        <Failure reason={state.reason} message={state.message} />
      ) : state.step === 'done' ? (
        <ComparisonView
          tabId={state.tabId}
          saved={state.saved}
          status={state.status}
          showSoft={showSoft}
          onShowSoft={setShowSoft}
          onNotSameStory={notSameStory}
          notice={notice}
        />
      ) : (
        <Progress stage={state.step} />
      )}
    </main>
  );
}
