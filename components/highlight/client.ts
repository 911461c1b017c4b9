// The popup's side of the highlights: turns a comparison into marks (unique claims and conflicts,
// each with the other outlets' versions) and sends them to the highlight script in the tab.
import { describeQuote } from '@/lib/anchor';
import type { SavedComparison } from '@/lib/store/read';
import { PAGE_HIGHLIGHTS, type HighlightMessage, type HighlightReport, type MarkSpec } from './protocol';

export function marksFor({ target, others, comparison }: SavedComparison, showSoft: boolean): MarkSpec[] {
  const outletOf = new Map(others.map((o) => [o.id, o.siteName]));
  const marks = new Map<number, MarkSpec>();
  for (const claim of comparison.unique) {
    marks.set(claim.order, {
      id: String(claim.order),
      kind: 'unique',
      quote: describeQuote(target.text, claim.start, claim.end),
      title: `Only ${target.siteName} reports this among the ${others.length + 1} saved outlets`,
      versions: [],
    });
  }
  for (const conflict of comparison.conflicts) {
    if (conflict.strength === 'soft' && !showSoft) continue;
    const claim = conflict.this;
    const existing = marks.get(claim.order);
    const version = { outlet: `${outletOf.get(conflict.other.articleId) ?? 'Another outlet'}: ${conflict.why}`, text: conflict.other.text };
    if (existing?.kind === 'conflict') {
      existing.versions.push(version);
      continue;
    }
    marks.set(claim.order, {
      id: String(claim.order),
      kind: 'conflict',
      quote: describeQuote(target.text, claim.start, claim.end),
      title: 'Other outlets say otherwise',
      versions: [version],
    });
  }
  return [...marks.values()];
}

/** Injects the highlight script (once per page; re-injecting is harmless) and hands it `message`. */
export async function sendToPage(tabId: number, message: HighlightMessage): Promise<HighlightReport> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/highlight.js'] });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, payload: HighlightMessage) =>
      (globalThis as unknown as Record<string, { handle(m: HighlightMessage): HighlightReport }>)[name]!.handle(payload),
    args: [PAGE_HIGHLIGHTS, message],
  });
  const report = injection?.result as HighlightReport | undefined;
  if (!report) throw new Error('The page did not answer. Reload it and try again.');
  return report;
}
