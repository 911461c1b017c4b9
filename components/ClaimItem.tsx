// One claim in a list: its verbatim text (a button that shows it on the page, when it is this
// page's claim), who else states it and, for a corroborated claim, how they word it.
import { withEllipsis } from '@/lib/export/partial';
import type { ClaimRef } from '@/lib/model';

/** Another outlet's sentence stating the same claim. */
export interface Restatement {
  outlet: string;
  text: string;
}

export function ClaimItem(props: { claim: ClaimRef; outlets?: string[]; restatements?: Restatement[]; onShow?: (claim: ClaimRef) => void }) {
  const { claim, outlets, restatements, onShow } = props;
  return (
    <li class="claim" data-claim={claim.order}>
      {onShow ? (
        <button type="button" class="claim-text" title="Show on the page" onClick={() => onShow(claim)}>
          {withEllipsis(claim.text)}
        </button>
      ) : (
        <p class="claim-text">{withEllipsis(claim.text)}</p>
      )}
      {outlets && outlets.length > 0 && <p class="claim-outlets">{outlets.join(' · ')}</p>}
      {restatements && restatements.length > 0 && (
        <details class="restatements">
          <summary>How {restatements.length === 1 ? restatements[0]!.outlet : `${restatements.length} outlets`} put it</summary>
          <ul>
            {restatements.map((r) => (
              <li key={r.outlet}>
                <span class="restatement-outlet">{r.outlet}</span> {withEllipsis(r.text)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
