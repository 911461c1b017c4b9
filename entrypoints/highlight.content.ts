// Injected on demand when the reader asks for highlights (activeTab + scripting, no host
// permissions, no `matches`). Registers the page's highlight state once in this isolated world;
// the popup then calls it with the claims to mark (see components/highlight/protocol.ts).
import { createPageHighlights } from '@/components/highlight/page-highlights';
import { PAGE_HIGHLIGHTS } from '@/components/highlight/protocol';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as Record<string, unknown>;
    scope[PAGE_HIGHLIGHTS] ??= createPageHighlights();
  },
});
