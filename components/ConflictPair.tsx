// A conflict: this outlet's sentence beside the other outlet's, the differing words marked, with
// the kind of disagreement and the one-line "why".
import { CONFLICT_KIND_LABELS, type ClaimRef, type Conflict } from '@/lib/model';
import { MarkedText } from './MarkedText';

export function ConflictPair(props: { conflict: Conflict; thisOutlet: string; otherOutlet: string; onShow?: (claim: ClaimRef) => void }) {
  const { conflict, thisOutlet, otherOutlet, onShow } = props;
  return (
    <li class={`conflict conflict-${conflict.strength}`} data-claim={conflict.this.order}>
      <p class="conflict-head">
        <span class="kind">{CONFLICT_KIND_LABELS[conflict.kind]}</span>
        {conflict.strength === 'soft' && <span class="kind kind-soft">soft</span>}
        <span class="why">{conflict.why}</span>
      </p>
      <div class="pair">
        <figure class="side">
          <figcaption>{thisOutlet}</figcaption>
          {onShow ? (
            <button type="button" class="claim-text" title="Show on the page" onClick={() => onShow(conflict.this)}>
              <MarkedText text={conflict.this.text} parts={conflict.thisParts} />
            </button>
          ) : (
            <blockquote class="claim-text">
              <MarkedText text={conflict.this.text} parts={conflict.thisParts} />
            </blockquote>
          )}
        </figure>
        <figure class="side">
          <figcaption>{otherOutlet}</figcaption>
          <blockquote class="claim-text">
            <MarkedText text={conflict.other.text} parts={conflict.otherParts} />
          </blockquote>
        </figure>
      </div>
    </li>
  );
}
