// The library (options page): every saved article, grouped by story, newest story first.
import type { ArticleRecord, StoryRecord } from '@/lib/store/db';
import { db } from './db';
import { useLiveQuery } from './useLiveQuery';

interface StoryGroup {
  story: StoryRecord;
  articles: ArticleRecord[];
}

async function loadGroups(): Promise<StoryGroup[]> {
  const [stories, articles] = await Promise.all([db.stories.orderBy('updatedAt').reverse().toArray(), db.articles.toArray()]);
  return stories
    .map((story) => ({ story, articles: articles.filter((a) => a.storyId === story.id) }))
    .filter((group) => group.articles.length > 0);
}

export function LibraryApp() {
  const groups = useLiveQuery(loadGroups);
  return (
    <main class="library">
      <h1 class="brand">Triangulate library</h1>
      {groups === undefined ? (
        <p role="status">Loading…</p>
      ) : groups.length === 0 ? (
        <p class="hint">Your library is empty. On a news article, click the Triangulate button to save and compare it.</p>
      ) : (
        groups.map(({ story, articles }) => (
          <section class="story" key={story.id} data-story={story.id}>
            <h2>{story.label}</h2>
            <ul>
              {articles.map((a) => (
                <li key={a.id} data-article={a.id}>
                  <strong>{a.siteName}</strong> — <a href={a.url}>{a.title}</a> ({a.wordCount} words)
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </main>
  );
}
