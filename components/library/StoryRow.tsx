// A story in the library list: its name, its outlets as chips, how many articles, when.
import type { StoryListing } from '@/lib/store/library';
import { formatSpan, plural } from '../format';

const MAX_CHIPS = 5;

export function StoryRow(props: { listing: StoryListing; current: boolean; onOpen: () => void }) {
  const { story, articles } = props.listing;
  const outlets = [...new Set(articles.map((a) => a.siteName))];
  return (
    <button type="button" class="story-row" data-story={story.id} aria-current={props.current ? 'true' : undefined} onClick={props.onOpen}>
      <span class="story-row-label">{story.label}</span>
      <span class="article-meta">
        {plural(outlets.length, 'outlet')} · {plural(articles.length, 'article')} · {formatSpan(articles)}
      </span>
      <span class="chips">
        {outlets.slice(0, MAX_CHIPS).map((name) => (
          <span class="chip" key={name}>
            {name}
          </span>
        ))}
        {outlets.length > MAX_CHIPS && <span class="chip">+{outlets.length - MAX_CHIPS}</span>}
      </span>
    </button>
  );
}
