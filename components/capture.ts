// Asks the service worker to capture the current tab, reporting each stage as it happens.
import { CAPTURE_PORT, type CaptureEvent, type CaptureReply, type CaptureStage } from '@/lib/messages';

/**
 * How long one stage may stay silent. A worker that crashed on start-up never answers, and WXT's
 * production logger swallows the error: without this the popup would say "Reading…" forever.
 */
const STAGE_TIMEOUT_MS = 20_000;

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function captureTab(tabId: number, onStage: (stage: CaptureStage) => void): Promise<CaptureReply> {
  return new Promise((resolve) => {
    const port = browser.runtime.connect({ name: CAPTURE_PORT });
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const finish = (reply: CaptureReply) => {
      clearTimeout(watchdog);
      resolve(reply);
    };
    const rearm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        port.disconnect();
        finish({
          ok: false,
          reason: 'unreadable',
          message: 'Triangulate did not answer in time. Reload the page and try again; if it keeps happening, restart the browser.',
        });
      }, STAGE_TIMEOUT_MS);
    };
    port.onMessage.addListener((event: CaptureEvent) => {
      if ('stage' in event) {
        rearm();
        return onStage(event.stage);
      }
      port.disconnect();
      finish(event.reply);
    });
    port.onDisconnect.addListener(() =>
      finish({ ok: false, reason: 'unreadable', message: 'The extension stopped while reading the page. Try again.' }),
    );
    rearm();
    port.postMessage({ tabId });
  });
}
