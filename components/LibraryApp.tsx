// The library (options page): stories in the reader's chosen order with their outlets, search, the
// open story (articles, comparison, matrix), export / import, settings, and delete with undo. Every
// write is asked of the service worker; the lists follow the database live.
import { useState } from 'preact/hooks';
import type { DeletedArticle } from '@/lib/store/library';
import type { ArticleRecord } from '@/lib/store/db';
import { STORY_ORDERS, type StoryOrder } from '@/lib/store/story-order';
import { plural } from './format';
import { LibraryTransfer } from './library/LibraryTransfer';
import { SettingsPanel } from './library/SettingsPanel';
import { StoryOrderSelect } from './library/StoryOrderSelect';
import { StoryRow } from './library/StoryRow';
import { StoryView } from './library/StoryView';
import { UndoToast } from './library/UndoToast';
import { useLibrary } from './library/useLibrary';
import { useStory } from './library/useStory';
import { VirtualList } from './library/VirtualList';
import { askWorker } from './worker';

/** Keep in step with .story-row's height in theme.css. */
const ROW_HEIGHT = 100;

export function LibraryApp() {
  const library = useLibrary();
  const { listings } = library;
  const [chosen, setChosen] = useState<string>();
  const [error, setError] = useState('');
  const [deleted, setDeleted] = useState<DeletedArticle>();
  const storyId = listings?.some((l) => l.story.id === chosen) ? chosen : listings?.[0]?.story.id;
  const open = useStory(storyId);

  async function remove(article: ArticleRecord) {
    try {
      setDeleted(await askWorker('delete', { articleId: article.id }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function sort(order: StoryOrder) {
    // The story open now stays open, rather than whichever story the new order puts first.
    setChosen(storyId);
    try {
      await library.setOrder(order);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function undo() {
    if (!deleted) return;
    setDeleted(undefined);
    try {
      await askWorker('restore', { deleted });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <main class="library">
      <header class="library-head">
        <h1>
          <span class="brand-mark" aria-hidden="true">◭</span> Triangulate library
        </h1>
        <input
          type="search"
          class="search"
          placeholder="Search titles, outlets and text"
          aria-label="Search the library"
          value={library.query}
          onInput={(e) => library.setQuery(e.currentTarget.value)}
        />
        <LibraryTransfer />
      </header>
      {error && (
        <p class="error" role="alert">
          {error}{' '}
          <button type="button" class="link-button" onClick={() => setError('')}>
            Dismiss
          </button>
        </p>
      )}
      {listings === undefined ? (
        <p role="status">Loading…</p>
      ) : library.articleCount === 0 ? (
        <div class="panel">
          <p class="hint">Your library is empty. On a news article, click the Triangulate button to save and compare it.</p>
          <SettingsPanel articleCount={0} />
        </div>
      ) : (
        <div class="library-body">
          <nav aria-label="Stories">
            <div class="list-head">
              <p class="meta" role="status">
                {library.searching
                  ? 'Searching…'
                  : library.query
                    ? `${plural(listings.length, 'story', 'stories')} match`
                    : `${plural(listings.length, 'story', 'stories')} · ${plural(library.articleCount, 'article')}`}
              </p>
              <StoryOrderSelect order={library.order} onChange={sort} />
            </div>
            <VirtualList
              // A new order starts at the top of the list, not at the scroll position of the old one.
              key={library.order}
              class="story-list"
              label={`Stories, ${STORY_ORDERS[library.order]}`}
              items={listings}
              rowHeight={ROW_HEIGHT}
              renderRow={(listing) => <StoryRow listing={listing} current={listing.story.id === storyId} onOpen={() => setChosen(listing.story.id)} />}
            />
          </nav>
          <div>
            {open ? (
              <StoryView
                key={open.story.id}
                open={open}
                stories={library.stories}
                onDelete={remove}
                onError={setError}
                onOpenStory={setChosen}
              />
            ) : (
              <p class="hint">{listings.length ? 'Loading the story…' : 'No story matches the search.'}</p>
            )}
            <SettingsPanel articleCount={library.articleCount} />
          </div>
        </div>
      )}
      {deleted && (
        <UndoToast message={`Deleted “${deleted.article.title}”.`} onUndo={undo} onClose={() => setDeleted(undefined)} />
      )}
    </main>
  );
}
