// What the highlights did: how many marks are on the page, and every claim that could not be
// placed (never dropped silently).
import { plural } from '../format';
import type { Highlights } from './useHighlights';

export function HighlightStatus({ highlights }: { highlights: Highlights }) {
  const { on, placed, unplaced, error } = highlights;
  if (!on && !error) return null;
  return (
    <div class="highlight-status" data-highlights={on ? placed : undefined}>
      {error && <p class="error" role="alert">{error}</p>}
      {on && <p class="action-status" role="status">{plural(placed, 'claim')} marked on the page.</p>}
      {on && unplaced.length > 0 && (
        <details class="unplaced">
          <summary>{plural(unplaced.length, 'claim')} could not be placed on the page</summary>
          <ul>
            {unplaced.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
