// The four sections of a comparison: Only here, Conflicts (soft ones behind a toggle), Missing
// here, Corroborated. Shared by the popup and the library's story view.
import type { ClaimRef } from '@/lib/model';
import type { SavedComparison } from '@/lib/store/read';
import { ClaimItem } from './ClaimItem';
import { ConflictPair } from './ConflictPair';
import { Section } from './Section';
import { plural } from './format';

export function ComparisonSections(props: {
  saved: SavedComparison;
  showSoft: boolean;
  onShowSoft: (show: boolean) => void;
  /** Shows one of this article's claims on the page (the popup only). */
  onShow?: (claim: ClaimRef) => void;
}) {
  const { saved, showSoft, onShowSoft, onShow } = props;
  const { target, others, comparison } = saved;
  const outletOf = new Map(others.map((o) => [o.id, o.siteName]));
  const names = (ids: string[]) => ids.map((id) => outletOf.get(id) ?? 'another outlet');
  const softCount = comparison.conflicts.filter((c) => c.strength === 'soft').length;
  const conflicts = comparison.conflicts.filter((c) => showSoft || c.strength === 'hard');
  return (
    <div class="sections">
      <Section name="unique" title="Only here" count={comparison.unique.length} open hint={`Claims no other saved outlet makes.`}>
        {comparison.unique.map((claim) => (
          <ClaimItem key={claim.order} claim={claim} onShow={onShow} />
        ))}
      </Section>
      <Section name="conflicts" title="Conflicts" count={conflicts.length} open hint="Where another outlet says something different.">
        {conflicts.map((conflict, i) => (
          <ConflictPair
            key={i}
            conflict={conflict}
            thisOutlet={target.siteName}
            otherOutlet={outletOf.get(conflict.other.articleId) ?? 'Another outlet'}
            onShow={onShow}
          />
        ))}
      </Section>
      {softCount > 0 && (
        <label class="toggle">
          <input type="checkbox" checked={showSoft} onChange={(e) => onShowSoft(e.currentTarget.checked)} />
          Show {plural(softCount, 'soft difference')} (hedging, stance)
        </label>
      )}
      <Section name="missing" title="Missing here" count={comparison.missing.length} open hint="Claims two or more other outlets make that this one leaves out.">
        {comparison.missing.map((shared) => (
          <ClaimItem key={`${shared.claim.articleId}-${shared.claim.order}`} claim={shared.claim} outlets={names(shared.outlets)} />
        ))}
      </Section>
      <Section name="corroborated" title="Corroborated" count={comparison.corroborated.length} hint="Claims other outlets make too.">
        {comparison.corroborated.map((shared) => (
          <ClaimItem
            key={shared.claim.order}
            claim={shared.claim}
            outlets={names(shared.outlets)}
            restatements={(shared.restatements ?? []).map((r) => ({ outlet: outletOf.get(r.articleId) ?? 'Another outlet', text: r.text }))}
            onShow={onShow}
          />
        ))}
      </Section>
    </div>
  );
}
