// Wrapping a span of page text in mark elements and unwrapping it again. A mark is an inline
// custom element (page rules aimed at <mark> or classes never reach it) styled inline with
// !important, and only with properties that do not move text: colours and an inset shadow, never
// padding, border or font changes. Unwrapping puts the original text nodes back together.
import type { TextPiece } from '@/lib/anchor/dom-text';
import type { MarkKind } from './protocol';

export const MARK_TAG = 'triangulate-mark';

export const MARK_COLOURS: Record<MarkKind, { background: string; line: string }> = {
  unique: { background: '#fff1a8', line: '#b58a00' },
  conflict: { background: '#ffd6d3', line: '#c8322b' },
  shared: { background: '#d8e4ff', line: '#3553c9' },
};

export function wrapPieces(pieces: TextPiece[], id: string, kind: MarkKind): HTMLElement[] {
  return pieces.map(({ node, from, to }, i) => {
    let text = node;
    if (from > 0) text = text.splitText(from);
    if (to - from < text.data.length) text.splitText(to - from);
    const mark = document.createElement(MARK_TAG);
    mark.dataset.triangulateId = id;
    mark.dataset.triangulateKind = kind;
    mark.setAttribute('role', 'mark');
    // One tab stop per claim, on its first piece; focusing it shows the tooltip (announced live).
    if (i === 0) mark.tabIndex = 0;
    const { background, line } = MARK_COLOURS[kind];
    for (const [property, value] of Object.entries({
      'background-color': background,
      color: '#1b1d21',
      'box-shadow': `inset 0 -2px 0 ${line}`,
      'border-radius': '2px',
      cursor: 'help',
      outline: 'none',
    })) {
      mark.style.setProperty(property, value, 'important');
    }
    text.replaceWith(mark);
    mark.append(text);
    return mark;
  });
}

export function unwrapMarks(marks: Iterable<HTMLElement>): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    parents.add(parent);
    mark.replaceWith(...mark.childNodes);
  }
  for (const parent of parents) parent.normalize();
}
