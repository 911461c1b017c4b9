// Why nothing could be compared, in words the reader can act on, one message per reason.
import type { CaptureFailure } from '@/lib/messages';
import { openLibrary } from './open-library';

const TITLES: Record<CaptureFailure, string> = {
  'not-article': 'This page is not a news article',
  empty: 'No article text found on this page',
  'too-large': 'This page is too large to compare',
  unreadable: 'This page could not be read',
  restricted: 'Triangulate may not read this page',
  storage: 'Your library could not be saved',
};

const NEXT_STEPS: Record<CaptureFailure, string> = {
  'not-article': 'Open a single article (not a home page, a list or a search) and click Triangulate again.',
  empty: 'Wait until the article has loaded, or open it on its own page, then try again.',
  'too-large': 'Triangulate compares single articles; open one article from this page.',
  unreadable: 'Reload the page and try again.',
  restricted: 'Browser pages, the extension store and new tabs are off limits to every extension. Open a news article on a website.',
  storage: 'Nothing was saved. Free some space (delete old coverage in the library) and try again.',
};

export function Failure({ reason, message }: { reason: CaptureFailure; message: string }) {
  return (
    <section class="failure" role="alert" data-state={reason}>
      <h2>{TITLES[reason]}</h2>
      <p>{message}</p>
      <p class="hint">{NEXT_STEPS[reason]}</p>
      {reason === 'storage' && (
        <button type="button" class="button" onClick={openLibrary}>
          Open library
        </button>
      )}
    </section>
  );
}
