// Asks the service worker to capture the current tab, reporting each stage as it happens.
import { CAPTURE_PORT, type CaptureEvent, type CaptureReply, type CaptureStage } from '@/lib/messages';

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function captureTab(tabId: number, onStage: (stage: CaptureStage) => void): Promise<CaptureReply> {
  return new Promise((resolve) => {
    const port = browser.runtime.connect({ name: CAPTURE_PORT });
    port.onMessage.addListener((event: CaptureEvent) => {
      if ('stage' in event) return onStage(event.stage);
      port.disconnect();
      resolve(event.reply);
    });
    port.onDisconnect.addListener(() =>
      resolve({ ok: false, reason: 'unreadable', message: 'The extension stopped while reading the page. Try again.' }),
    );
    port.postMessage({ tabId });
  });
}
