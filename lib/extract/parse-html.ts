// Node only (CLI, evaluations, benchmarks): HTML text -> Document, with the page's URL so relative
// links and the canonical URL resolve. The extension never imports this: it has the live DOM.
import { JSDOM } from 'jsdom';

export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
