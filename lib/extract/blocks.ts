// Article DOM -> text blocks in reading order. Readability hands back an element; its textContent
// runs paragraphs together, so we walk the tree and cut at block elements and <br>, keeping each
// block's kind so clean-up steps can tell a heading or a quote from a paragraph.

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'caption' | 'cell';

export interface Block {
  text: string;
  kind: BlockKind;
  /** All of the block's text is link text: a teaser, an ad, a "Read more" link. */
  linked: boolean;
}

const BLOCK_KIND: Record<string, BlockKind> = {
  P: 'paragraph', DIV: 'paragraph', SECTION: 'paragraph', ARTICLE: 'paragraph', MAIN: 'paragraph',
  HEADER: 'paragraph', FOOTER: 'paragraph', ASIDE: 'paragraph', NAV: 'paragraph', FORM: 'paragraph',
  ADDRESS: 'paragraph', CENTER: 'paragraph', DETAILS: 'paragraph', SUMMARY: 'paragraph', PRE: 'paragraph',
  FIGURE: 'paragraph', HR: 'paragraph', UL: 'paragraph', OL: 'paragraph', DL: 'paragraph', TABLE: 'paragraph',
  TBODY: 'paragraph', THEAD: 'paragraph', TFOOT: 'paragraph', TR: 'paragraph',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'item', DT: 'item', DD: 'item',
  BLOCKQUOTE: 'quote',
  // a table's <caption> titles the table; only a figure's caption describes a picture
  FIGCAPTION: 'caption', CAPTION: 'heading',
  TD: 'cell', TH: 'cell',
};

/** Never reader text, whatever Readability left in. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'CANVAS', 'MATH', 'HEAD', 'TITLE']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let kind: BlockKind = 'paragraph';
  let unlinked = false;
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, kind, linked: !unlinked });
    buffer = '';
    unlinked = false;
  };
  const walk = (node: Node, inherited: BlockKind, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        if (!buffer.trim()) kind = inherited;
        if (!inLink && value.trim()) unlinked = true;
        buffer += value;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      const blockKind = BLOCK_KIND[tag];
      const link = inLink || tag === 'A';
      if (!blockKind) {
        walk(child, inherited, link);
        continue;
      }
      flush();
      // a plain container inside a quote or a list item keeps the outer kind
      walk(child, blockKind === 'paragraph' && inherited !== 'paragraph' ? inherited : blockKind, link);
      flush();
    }
  };
  walk(root, BLOCK_KIND[root.tagName.toUpperCase()] ?? 'paragraph', false);
  flush();
  return blocks;
}
