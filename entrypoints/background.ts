// The service worker: captures the current tab when the popup asks (inject the extraction script,
// analyse, save), runs the library operations the popup and the library page ask for (it owns
// every write to the database, and keeps the story index in step), and wires the context menu.
import { analyzeArticle, type StoryIndex } from '@/lib/compare';
import type { CaptureEvent, CaptureReply, CaptureRequest, CaptureStage } from '@/lib/messages';
import { CAPTURE_PORT } from '@/lib/messages';
import { isWorkerMessage, type WorkerMessage, type WorkerReply } from '@/components/worker';
import { importLibrary } from '@/lib/export/library-json';
import { clearAll, deleteArticle, mergeStories, moveArticle, renameStory, restoreArticle, splitStory, suggestForStory } from '@/lib/store/library';
import { setSetting } from '@/lib/store/settings';
import type { ExtractOutcome } from '@/lib/model';
import { TriangulateDB } from '@/lib/store/db';
import { StorageError } from '@/lib/store/errors';
import { buildStoryIndex } from '@/lib/store/read';
import { refreshAnalyses } from '@/lib/store/refresh';
import { saveArticle } from '@/lib/store/save';

const MENU_ID = 'triangulate-compare';

export default defineBackground(() => {
  const db = new TriangulateDB();
  let storyIndex: Promise<StoryIndex> | undefined;
  const getStoryIndex = () => (storyIndex ??= startIndex());

  async function startIndex(): Promise<StoryIndex> {
    const stale: string[] = [];
    const index = await buildStoryIndex(db, stale);
    if (stale.length) refreshInBackground(index, stale);
    return index;
  }

  /** Articles an older engine analysed (after an update, or from an imported file) get the current analysis. */
  function refreshInBackground(index: StoryIndex, ids?: string[]) {
    refreshAnalyses(db, index, ids).catch((error: unknown) => console.warn('Triangulate: saved articles keep their older analysis for now:', error));
  }

  async function capture(tabId: number, report: (stage: CaptureStage) => void): Promise<CaptureReply> {
    report('extracting');
    let outcome: ExtractOutcome;
    try {
      const [injection] = await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/extract.js'],
      });
      outcome = injection?.result as ExtractOutcome;
    } catch {
      return {
        ok: false,
        reason: 'restricted',
        message: 'Triangulate cannot read this page. Browsers keep their own pages (settings, the extension store, new tabs) closed to extensions.',
      };
    }
    if (!outcome) return { ok: false, reason: 'unreadable', message: 'The page did not answer. Reload it and try again.' };
    if (!outcome.ok) return outcome;
    report('analysing');
    const analysis = analyzeArticle(outcome.article);
    report('saving');
    try {
      return { ok: true, result: await saveArticle(db, outcome.article, analysis, await getStoryIndex()) };
    } catch (error) {
      const message = error instanceof StorageError ? error.message : String(error);
      return { ok: false, reason: 'storage', message };
    }
  }

  async function runOperation(message: WorkerMessage): Promise<unknown> {
    const index = await getStoryIndex();
    switch (message.op) {
      case 'delete':
        return deleteArticle(db, message.articleId, index);
      case 'restore':
        return restoreArticle(db, message.deleted, index);
      case 'move':
        return moveArticle(db, message.articleId, message.toStoryId, index);
      case 'merge':
        return mergeStories(db, message.intoStoryId, message.fromStoryId, index);
      case 'split':
        return splitStory(db, message.storyId, message.articleIds, index);
      case 'suggest':
        return suggestForStory(db, message.storyId, index);
      case 'rename':
        return renameStory(db, message.storyId, message.label);
      case 'clear':
        return clearAll(db, index);
      case 'setting':
        return setSetting(db, message.key, message.value);
      case 'import': {
        const result = await importLibrary(db, message.file, index);
        refreshInBackground(index);
        return result;
      }
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: WorkerReply) => void) => {
    if (!isWorkerMessage(message)) return false;
    runOperation(message).then(
      (value) => sendResponse({ ok: true, value } as WorkerReply),
      (error: unknown) => sendResponse({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CAPTURE_PORT) return;
    port.onMessage.addListener(async (request: CaptureRequest) => {
      const post = (event: CaptureEvent) => port.postMessage(event);
      post({ reply: await capture(request.tabId, (stage) => post({ stage })) });
    });
  });

  const createMenu = () =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Compare this article with saved coverage',
      contexts: ['page', 'selection'],
    });
  // Chromium keeps the menu across restarts of the browser and of the service worker (creating it
  // again would fail on the duplicate id), so it is made once, on install. Firefox never keeps the
  // menus of a persistent background page (MV2): they must be made on every start, or the menu is
  // gone after the first browser restart.
  if (import.meta.env.MANIFEST_VERSION === 2) createMenu();
  else browser.runtime.onInstalled.addListener(createMenu);

  // The menu click grants activeTab just as the toolbar button does; the popup then does the rest.
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void (browser.action ?? browser.browserAction).openPopup();
  });
});
