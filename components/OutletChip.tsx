// An outlet covering a story: its name (linking to the article), the publication date and,
// where the reader may correct the grouping, a "not the same story" action.
import { formatDay } from './format';

export function OutletChip(props: {
  name: string;
  url?: string;
  published?: string;
  current?: boolean;
  onNotSameStory?: () => void;
}) {
  const { name, url, published, current, onNotSameStory } = props;
  return (
    <li class={`outlet${current ? ' outlet-current' : ''}`}>
      <span class="outlet-name">
        {url && !current ? (
          <a href={url} target="_blank" rel="noreferrer">
            {name}
          </a>
        ) : (
          name
        )}
      </span>
      {published && <span class="outlet-date">{formatDay(published)}</span>}
      {current && <span class="outlet-tag">this page</span>}
      {onNotSameStory && (
        <button type="button" class="link-button" onClick={onNotSameStory} aria-label={`${name} is not the same story`}>
          Not the same story
        </button>
      )}
    </li>
  );
}
