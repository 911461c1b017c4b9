// An article in a story view: outlet, title, dates, length, "changed since saved", the story it
// now seems to belong to, and the reader's actions on it (move to another story, delete, select for
// a split).
import type { ArticleRecord, StoryRecord } from '@/lib/store/db';
import { formatDay, formatDayTime } from '../format';
import { OtherStoryOptions } from './OtherStoryOptions';

export const NEW_STORY = '';

export function ArticleRow(props: {
  article: ArticleRecord;
  stories: StoryRecord[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** Another story this article now fits better, offered as a one-click move. */
  fitsBetter?: { storyId: string; label: string };
  onMove: (toStoryId: string | null) => void;
  onDelete: () => void;
}) {
  const { article, stories, selected, onSelect, fitsBetter, onMove, onDelete } = props;
  const titleId = `article-${article.id}`;
  return (
    <li class="article-row" data-article={article.id}>
      <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} aria-label={`Select ${article.siteName} for a split`} />
      <div>
        <span class="article-outlet">{article.siteName}</span>
        <a id={titleId} class="article-title" href={article.url} target="_blank" rel="noreferrer">
          {article.title}
        </a>
        <p class="article-meta">
          {article.published ? `Published ${formatDay(article.published)} · ` : ''}saved {formatDayTime(article.savedAt)} · {article.wordCount} words
          {article.changedAt && <span class="changed"> · changed since saved ({formatDayTime(article.changedAt)})</span>}
        </p>
        {fitsBetter && (
          <p class="suggestion" data-fits-better={fitsBetter.storyId}>
            Seems to report the story “{fitsBetter.label}”.{' '}
            <button type="button" class="button" onClick={() => onMove(fitsBetter.storyId)} aria-describedby={titleId}>
              Move it there
            </button>
          </p>
        )}
      </div>
      <div class="row-actions">
        <select
          aria-label={`Move ${article.siteName}'s article to another story`}
          value="-"
          onChange={(e) => {
            const value = e.currentTarget.value;
            e.currentTarget.value = '-';
            onMove(value === NEW_STORY ? null : value);
          }}
        >
          <option value="-" disabled>
            Move to…
          </option>
          <option value={NEW_STORY}>A new story of its own</option>
          <OtherStoryOptions stories={stories} except={article.storyId} />
        </select>
        <button type="button" class="button button-danger" onClick={onDelete} aria-describedby={titleId}>
          Delete
        </button>
      </div>
    </li>
  );
}
