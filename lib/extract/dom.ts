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
