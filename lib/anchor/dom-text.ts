// A page's visible text as one string, with the text node behind every character: the haystack
// quotes are anchored in, and the way back from a match to the DOM pieces to mark. Paragraphs are
// separated by a blank line, as in an extracted article's text, so context spans them naturally.

export interface TextPiece {
  node: Text;
  /** Offsets inside the node's data. */
  from: number;
  to: number;
}

export interface TextIndex {
  text: string;
  /** The text-node pieces covering `text.slice(start, end)`, in document order. */
  pieces(start: number, end: number): TextPiece[];
}

/** Elements whose text is not part of the reading: code, form fields, media fallbacks. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

interface Segment {
  node: Text;
  start: number;
}

/** Indexes the text under `root`; `skip` leaves out whole subtrees (hidden ones, our own widgets). */
export function indexTextNodes(root: Node, skip: (element: Element) => boolean = () => false): TextIndex {
  const segments: Segment[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        const block = blockOf(child);
        if (lastBlock && block !== lastBlock && text && !text.endsWith('\n\n')) text += '\n\n';
        lastBlock = block;
        segments.push({ node: child as Text, start: text.length });
        text += data;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED.has(element.tagName.toUpperCase()) || skip(element)) continue;
        walk(element);
      }
    }
  };
  walk(root);
  return {
    text,
    pieces(start, end) {
      const pieces: TextPiece[] = [];
      for (let i = segmentAt(segments, start); i < segments.length; i++) {
        const { node, start: at } = segments[i]!;
        if (at >= end) break;
        const from = Math.max(0, start - at);
        const to = Math.min(node.data.length, end - at);
        if (to > from) pieces.push({ node, from, to });
      }
      return pieces;
    },
  };
}

function blockOf(node: Node): Element | null {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (BLOCKS.has(parent.tagName.toUpperCase())) return parent;
  }
  return null;
}

/** The last segment starting at or before `offset`. */
function segmentAt(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
