// The story at the top of the popup: its name, how many outlets and articles, the time span, and
// each outlet with its date (and the reader's "not the same story" correction).
import type { ArticleRecord, StoryRecord } from '@/lib/store/db';
import { OutletChip } from '../OutletChip';
import { formatSpan, plural } from '../format';

export function StoryHeader(props: {
  story: StoryRecord;
  target: ArticleRecord;
  others: ArticleRecord[];
  onNotSameStory: (article: ArticleRecord) => void;
}) {
  const { story, target, others, onNotSameStory } = props;
  const all = [target, ...others];
  const outlets = new Set(all.map((a) => a.siteName)).size;
  return (
    <header class="story-header">
      <p class="eyebrow">Story</p>
      {story.label !== target.title && <h2 class="story-label">{story.label}</h2>}
      <p class="meta">
        {plural(outlets, 'outlet')} · {plural(all.length, 'article')} saved · {formatSpan(all)}
      </p>
      <ul class="outlets" aria-label="Outlets covering this story">
        <OutletChip name={target.siteName} published={target.published} current />
        {others.map((other) => (
          <OutletChip
            key={other.id}
            name={other.siteName}
            url={other.url}
            published={other.published}
            onNotSameStory={() => onNotSameStory(other)}
          />
        ))}
      </ul>
    </header>
  );
}
