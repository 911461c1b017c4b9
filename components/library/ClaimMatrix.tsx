// The story's claims x outlets matrix: who says what, with conflicts marked in the other
// outlet's column and explained on hover and for screen readers.
import type { SavedArticle } from '@/lib/store/read';
import { buildMatrix, type MatrixCell } from './matrix';
import type { OpenStory } from './useStory';

const CELL_TEXT: Record<MatrixCell['state'], { symbol: string; label: string }> = {
  source: { symbol: '●', label: 'says this' },
  says: { symbol: '✓', label: 'says this too' },
  conflict: { symbol: '≠', label: 'says otherwise' },
  none: { symbol: '', label: 'does not say this' },
};

export function ClaimMatrix({ open, showSoft }: { open: OpenStory; showSoft: boolean }) {
  const { articles, comparisons } = open;
  const rows = buildMatrix(
    articles.map((a) => a.id),
    comparisons,
    showSoft,
  );
  return (
    <section class="panel" aria-labelledby="matrix-title">
      <h3 id="matrix-title">Who says what</h3>
      <p class="legend-line">● first reported here · ✓ also says it · ≠ says otherwise (hover for what differs) · blank: does not say it</p>
      <div class="matrix-wrap" tabIndex={0} aria-label="Claims by outlet">
        <table class="matrix">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              {articles.map((a) => (
                <th scope="col" key={a.id}>
                  {a.article.siteName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.claim.articleId}-${row.claim.order}`}>
                <th scope="row">{row.claim.text}</th>
                {row.cells.map((cell, i) => (
                  <MatrixCellView key={i} cell={cell} article={articles[i]!} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MatrixCellView({ cell, article }: { cell: MatrixCell; article: SavedArticle }) {
  const { symbol, label } = CELL_TEXT[cell.state];
  const description = `${article.article.siteName} ${label}${cell.why ? `: ${cell.why}` : ''}`;
  return (
    <td class={`cell-${cell.state}`} title={cell.state === 'none' ? undefined : description}>
      <span aria-hidden="true">{symbol}</span>
      <span class="visually-hidden">{description}</span>
    </td>
  );
}
