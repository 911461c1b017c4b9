// Injected on demand (activeTab + scripting) when the reader asks for a comparison: extracts the
// article from the live page, the DOM the reader sees, and returns it to the service worker. It
// never touches the page: extraction works on a clone.
import { extractArticle } from '@/lib/extract';

export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractArticle(document, location.href);
  },
});
