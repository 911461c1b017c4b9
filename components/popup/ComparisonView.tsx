// The comparison of the current page: the story, the actions (highlight, export, library) and
// the four sections, or what to do next when this is the first article of its story.
import { useState } from 'preact/hooks';
import { comparisonToMarkdown } from '@/lib/export/markdown';
import type { SaveStatus } from '@/lib/store/save';
import type { ArticleRecord } from '@/lib/store/db';
import type { SavedComparison } from '@/lib/store/read';
import { ComparisonSections } from '../ComparisonSections';
import { ExportMarkdownButton } from '../ExportMarkdownButton';
import { fileNameFor, formatDay } from '../format';
import { HighlightStatus } from './HighlightStatus';
import { openLibrary } from './open-library';
import { StoryHeader } from './StoryHeader';
import { useHighlights } from './useHighlights';

const STATUS_TEXT: Record<SaveStatus, string> = {
  new: 'Saved to your library',
  unchanged: 'Already saved',
  changed: 'Updated: the article changed since you saved it',
};

export function ComparisonView(props: {
  tabId: number;
  saved: SavedComparison;
  status: SaveStatus;
  showSoft: boolean;
  onShowSoft: (show: boolean) => void;
  onNotSameStory: (article: ArticleRecord) => void;
  /** What the reader's last correction did. */
  notice: string;
}) {
  const { tabId, saved, status, showSoft, onShowSoft, onNotSameStory, notice } = props;
  const { story, target, others } = saved;
  const highlights = useHighlights(tabId, saved, showSoft);
  const [capturedAt] = useState(() => new Date().toISOString());
  const markdown = () => comparisonToMarkdown({ ...saved, capturedAt, showSoft });
  return (
    <section class="comparison" data-state="saved">
      <p class="status">
        {STATUS_TEXT[status]}
        {status === 'unchanged' && ` on ${formatDay(target.savedAt)}`}
      </p>
      <h1 class="title">{target.title}</h1>
      <p class="meta">
        {target.siteName}
        {target.published && ` · ${formatDay(target.published)}`} · {target.wordCount} words
      </p>
      <StoryHeader story={story} target={target} others={others} onNotSameStory={onNotSameStory} />
      <p class="action-status" role="status">
        {notice}
      </p>
      {others.length === 0 ? (
        <div class="first-article">
          <h2>Nothing else saved on this story yet</h2>
          <p>
            To compare, open another outlet's article about the same story and click Triangulate there (or press Alt+Shift+K). Every
            article you save is compared with the others.
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={openLibrary}>
              Open library
            </button>
          </div>
        </div>
      ) : (
        <>
          <div class="actions">
            <button type="button" class="button button-primary" aria-pressed={highlights.on} onClick={highlights.toggle}>
              {highlights.on ? 'Remove highlights' : 'Highlight on page'}
            </button>
            <ExportMarkdownButton fileName={fileNameFor(story.label, 'md')} markdown={markdown} />
            <button type="button" class="button" onClick={openLibrary}>
              Open library
            </button>
          </div>
          <HighlightStatus highlights={highlights} />
          <ComparisonSections saved={saved} showSoft={showSoft} onShowSoft={onShowSoft} onShow={highlights.show} />
        </>
      )}
    </section>
  );
}
