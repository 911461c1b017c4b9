// DOM helpers that behave the same in browsers, linkedom and jsdom. linkedom's
// getElementsByTagName('*') returns nothing, and attribute selectors cost a full walk each there,
// so steps that look at every element walk the tree once with this.

/** Every element under `root`, in document order. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let el = root.lastElementChild; el; el = el.previousElementSibling) stack.push(el);
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/** The elements of a page by lower-case tag name, gathered in one walk. */
export type TagIndex = (tag: string) => Element[];

/**
 * Metadata, the headline and the standfirst look up scripts, meta tags, links, <time>, <h1>,
 * <article> and <main>: on linkedom every getElementsByTagName walks the whole document, so seven
 * look-ups were seven walks of the reader's page. One walk here serves them all.
 */
export function indexTags(root: ParentNode): TagIndex {
  const byTag = new Map<string, Element[]>();
  for (const el of allElements(root)) {
    const tag = el.tagName.toLowerCase();
    const list = byTag.get(tag);
    if (list) list.push(el);
    else byTag.set(tag, [el]);
  }
  return (tag) => byTag.get(tag) ?? [];
}
