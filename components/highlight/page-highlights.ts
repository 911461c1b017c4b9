// The highlight script's state in one page: anchors each claim's quote in the page's visible
// text, marks it, counts what could not be placed, shows the legend and the tooltips, flashes a
// claim the popup asks for, and takes everything away again on 'clear'. Pages that render again
// after the reader asked (a framework hydrating or re-rendering the article, late-loaded text) get
// their marks put back: the page is watched while marks are shown.
import { anchorQuote, indexTextNodes, type TextQuote } from '@/lib/anchor';
import { MARK_TAG, unwrapMarks, wrapPieces } from './marks';
import { OVERLAY_TAG, createOverlay, type Overlay } from './overlay';
import type { HighlightMessage, HighlightReport, MarkSpec } from './protocol';

const FLASH_MS = 1400;

/** Quiet time after the page changes before marks are put back: a re-render comes in bursts. */
const REMARK_DELAY_MS = 250;

/** A page that keeps rewriting itself is given up on after this many re-markings, not fought forever. */
const MAX_REMARKS = 20;

export function createPageHighlights() {
  let overlay: Overlay | undefined;
  let specs = new Map<string, MarkSpec>();
  let unplaced: string[] = [];
  let listeners: AbortController | undefined;
  let shown: MarkSpec[] = [];
  let placedMarks: HTMLElement[] = [];
  let remarks = 0;
  let remarkTimer: ReturnType<typeof setTimeout> | undefined;
  const watcher = new MutationObserver((records) => {
    if (records.every(isOwnChange)) return;
    clearTimeout(remarkTimer);
    remarkTimer = setTimeout(remarkIfLost, REMARK_DELAY_MS);
  });

  /** Runs `change` (our own marking or unmarking) without the watcher seeing it. */
  function unwatched<T>(change: () => T): T {
    const watching = shown.length > 0;
    watcher.disconnect();
    try {
      return change();
    } finally {
      if (watching && shown.length) watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
  }

  /** Marks again when the page dropped some of them, or changed while some claims were not found. */
  function remarkIfLost() {
    if (!shown.length || remarks >= MAX_REMARKS) return;
    if (unplaced.length === 0 && placedMarks.every((m) => m.isConnected)) return;
    remarks++;
    mark(shown, true);
  }

  const marksOf = (id?: string) =>
    [...document.querySelectorAll<HTMLElement>(MARK_TAG)].filter((m) => id === undefined || m.dataset.triangulateId === id);

  function clear() {
    listeners?.abort();
    clearTimeout(remarkTimer);
    watcher.disconnect();
    unwrapMarks(marksOf());
    overlay?.remove();
    overlay = undefined;
    specs = new Map();
    unplaced = [];
    shown = [];
    placedMarks = [];
  }

  function mark(list: MarkSpec[], again = false) {
    clear();
    if (!again) remarks = 0;
    const index = indexTextNodes(document.body, isHidden);
    // Anchor everything first, then wrap from the end of the page backwards: wrapping splits a text
    // node after the part an earlier claim still points into, never before it.
    const placed: { spec: MarkSpec; start: number; end: number }[] = [];
    for (const spec of list) {
      const anchor = anchorQuote(index.text, spec.quote);
      if (anchor) placed.push({ spec, ...anchor });
      else unplaced.push(spec.id);
    }
    placed.sort((a, b) => b.start - a.start);
    let limit = Infinity;
    for (const { spec, start, end } of placed) {
      // Two claims anchored onto the same words: the later one is reported as not placed.
      if (end > limit) {
        unplaced.push(spec.id);
        continue;
      }
      limit = start;
      specs.set(spec.id, spec);
      placedMarks.push(...wrapPieces(index.pieces(start, end), spec.id, spec.kind));
    }
    const counts = { unique: 0, conflict: 0, shared: 0 };
    for (const spec of specs.values()) counts[spec.kind]++;
    overlay = createOverlay(counts, unplaced.length);
    listen(overlay);
    shown = list;
    if (list.length) watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  function listen(view: Overlay) {
    listeners = new AbortController();
    const { signal } = listeners;
    const show = (event: Event) => {
      const target = (event.target as Element | null)?.closest?.(MARK_TAG) as HTMLElement | null;
      const spec = target && specs.get(target.dataset.triangulateId ?? '');
      if (spec) view.showTooltip(spec, target);
    };
    const hide = (event: Event) => {
      if ((event.target as Element | null)?.closest?.(MARK_TAG)) view.hideTooltip();
    };
    document.addEventListener('mouseover', show, { signal });
    document.addEventListener('focusin', show, { signal });
    document.addEventListener('mouseout', hide, { signal });
    document.addEventListener('focusout', hide, { signal });
    document.addEventListener('keydown', (event) => event.key === 'Escape' && view.hideTooltip(), { signal });
    window.addEventListener('scroll', () => view.hideTooltip(), { signal, passive: true });
  }

  function focus(id: string, quote: TextQuote): boolean {
    const [first, ...rest] = marksOf(id).length ? marksOf(id) : flashMark(id, quote);
    if (!first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.focus({ preventScroll: true });
    for (const piece of [first, ...rest]) {
      piece.animate(
        [{ boxShadow: '0 0 0 0 rgb(53 83 201 / 0)' }, { boxShadow: '0 0 0 4px rgb(53 83 201 / 0.65)' }, { boxShadow: '0 0 0 0 rgb(53 83 201 / 0)' }],
        { duration: FLASH_MS / 2, iterations: 2 },
      );
    }
    return true;
  }

  /** A mark that lasts as long as the flash, for a claim that is neither unique nor in conflict. */
  function flashMark(id: string, quote: TextQuote): HTMLElement[] {
    const index = indexTextNodes(document.body, isHidden);
    const anchor = anchorQuote(index.text, quote);
    if (!anchor) return [];
    const marks = unwatched(() => wrapPieces(index.pieces(anchor.start, anchor.end), id, 'shared'));
    setTimeout(() => unwatched(() => unwrapMarks(marks)), FLASH_MS);
    return marks;
  }

  return {
    handle(message: HighlightMessage): HighlightReport {
      if (message.action === 'mark') mark(message.marks);
      if (message.action === 'clear') clear();
      const focused = message.action === 'focus' ? focus(message.id, message.quote) : undefined;
      return { placed: specs.size, unplaced: [...unplaced], focused };
    },
  };
}

/** A change made by the highlights themselves: the overlay's tooltip, marks put in or taken out. */
function isOwnChange(record: MutationRecord): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  if (target?.closest(OVERLAY_TAG)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every(isOurs);
}

const isOurs = (node: Node): boolean => node instanceof Element && [OVERLAY_TAG, MARK_TAG].includes(node.tagName.toLowerCase());

/** Text the reader cannot see is not anchored into (nor our own widgets). */
function isHidden(element: Element): boolean {
  if (element.tagName.toLowerCase() === OVERLAY_TAG) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return typeof element.checkVisibility === 'function' && !element.checkVisibility();
}
