// One claim in a list: its verbatim text (a button that shows it on the page, when it is this
// page's claim) and who else states it.
import type { ClaimRef } from '@/lib/model';

export function ClaimItem(props: { claim: ClaimRef; outlets?: string[]; onShow?: (claim: ClaimRef) => void }) {
  const { claim, outlets, onShow } = props;
  return (
    <li class="claim" data-claim={claim.order}>
      {onShow ? (
        <button type="button" class="claim-text" title="Show on the page" onClick={() => onShow(claim)}>
          {claim.text}
        </button>
      ) : (
        <p class="claim-text">{claim.text}</p>
      )}
      {outlets && outlets.length > 0 && <p class="claim-outlets">{outlets.join(' · ')}</p>}
    </li>
  );
}
