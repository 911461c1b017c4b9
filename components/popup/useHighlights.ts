// The popup's handle on the highlights in the tab: show or remove them, jump to a claim (marking
// the page first when needed), and the marks that could not be placed, listed for the reader.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { describeQuote } from '@/lib/anchor';
import type { ClaimRef } from '@/lib/model';
import type { SavedComparison } from '@/lib/store/read';
import { marksFor, sendToPage } from '../highlight/client';

export interface Highlights {
  on: boolean;
  placed: number;
  /** Claims whose quote could not be found in the page. */
  unplaced: string[];
  error: string;
  toggle(): Promise<void>;
  show(claim: ClaimRef): Promise<void>;
}

export function useHighlights(tabId: number, saved: SavedComparison, showSoft: boolean): Highlights {
  const marks = useMemo(() => marksFor(saved, showSoft), [saved, showSoft]);
  const [on, setOn] = useState(false);
  const [placed, setPlaced] = useState(0);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [error, setError] = useState('');

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      setError('');
      return await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return undefined;
    }
  }

  async function mark() {
    const report = await run(() => sendToPage(tabId, { action: 'mark', marks }));
    if (!report) return;
    const texts = new Map(marks.map((m) => [m.id, m.quote.exact]));
    setOn(true);
    setPlaced(report.placed);
    setUnplaced(report.unplaced.map((id) => texts.get(id) ?? id));
  }

  async function clear() {
    if (await run(() => sendToPage(tabId, { action: 'clear' }))) setOn(false);
    setPlaced(0);
    setUnplaced([]);
  }

  // Marks follow the comparison: the soft-conflict toggle or a regrouped story re-marks the page.
  useEffect(() => {
    if (on) void mark();
  }, [marks]);

  return {
    on,
    placed,
    unplaced,
    error,
    toggle: () => (on ? clear() : mark()),
    async show(claim) {
      if (!on) await mark();
      const quote = describeQuote(saved.target.text, claim.start, claim.end);
      const report = await run(() => sendToPage(tabId, { action: 'focus', id: String(claim.order), quote }));
      if (report && !report.focused) setError('That sentence was not found on the page (it may have changed since it was saved).');
    },
  };
}
