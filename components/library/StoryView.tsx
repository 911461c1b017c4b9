// One story in the library: its name, its articles (move, delete, split, merge), the claims x
// outlets matrix, and one outlet's comparison with the others (the popup's sections, with Markdown
// export of it or of the whole story).
import { useEffect, useState } from 'preact/hooks';
import { comparisonToMarkdown, storyToMarkdown } from '@/lib/export/markdown';
import type { ArticleRecord, StoryRecord } from '@/lib/store/db';
import type { StorySuggestions } from '@/lib/store/library';
import { ComparisonSections } from '../ComparisonSections';
import { ExportMarkdownButton } from '../ExportMarkdownButton';
import { fileNameFor, formatSpan, plural } from '../format';
import { askWorker } from '../worker';
import { ArticleRow } from './ArticleRow';
import { ClaimMatrix } from './ClaimMatrix';
import { OtherStoryOptions } from './OtherStoryOptions';
import { StoryTitle } from './StoryTitle';
import { MAX_COMPARED, type OpenStory } from './useStory';

export function StoryView(props: {
  open: OpenStory;
  stories: StoryRecord[];
  onDelete: (article: ArticleRecord) => void;
  onError: (message: string) => void;
  onOpenStory: (storyId: string) => void;
}) {
  const { open, stories, onDelete, onError, onOpenStory } = props;
  const { story, articles, comparisons, settings } = open;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [targetId, setTargetId] = useState<string>();
  const [showSoft, setShowSoft] = useState(settings.showSoftConflicts);
  const records = articles.map((a) => a.article);
  const target = records.find((a) => a.id === targetId) ?? records[0];
  const comparison = target && comparisons.get(target.id);
  const outlets = new Set(records.map((a) => a.siteName)).size;
  const memberKey = records.map((a) => a.id).join(' ');
  const [suggestions, setSuggestions] = useState<StorySuggestions>();

  // Asked again whenever the story's members change: a split, a move or a new save changes the answer.
  useEffect(() => {
    let current = true;
    setSuggestions(undefined);
    askWorker('suggest', { storyId: story.id }).then(
      (found) => current && setSuggestions(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [story.id, memberKey]);
  const splitOff = suggestions?.splitOff;
  const suggested = splitOff && records.filter((a) => splitOff.includes(a.id));
  const fitsBetter = (article: ArticleRecord) => {
    const toStoryId = suggestions?.moves.find((m) => m.articleId === article.id)?.toStoryId;
    const target = toStoryId && stories.find((s) => s.id === toStoryId);
    return target ? { storyId: target.id, label: target.label } : undefined;
  };

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }
  const split = async () => {
    const storyId = await run(() => askWorker('split', { storyId: story.id, articleIds: [...selected] }));
    setSelected(new Set());
    if (storyId) onOpenStory(storyId);
  };
  const merge = (fromStoryId: string) => run(() => askWorker('merge', { intoStoryId: story.id, fromStoryId }));
  const move = (article: ArticleRecord, toStoryId: string | null) => run(() => askWorker('move', { articleId: article.id, toStoryId }));

  return (
    <article class="story-view" aria-labelledby="story-title">
      <header class="panel">
        <StoryTitle story={story} onError={onError} />
        <p class="meta">
          {plural(outlets, 'outlet')} · {plural(records.length, 'article')} · {formatSpan(records)}
          {records.length >= MAX_COMPARED && ` · the ${MAX_COMPARED} most recent are compared`}
        </p>
        <div class="actions">
          <ExportMarkdownButton
            label="Export story as Markdown"
            fileName={fileNameFor(story.label, 'md')}
            markdown={() => storyToMarkdown({ story, articles: records, comparisons: [...comparisons.values()], showSoft })}
          />
          <select
            aria-label="Merge another story into this one"
            value="-"
            onChange={(e) => {
              const value = e.currentTarget.value;
              e.currentTarget.value = '-';
              void merge(value);
            }}
          >
            <option value="-" disabled>
              Merge another story into this one…
            </option>
            <OtherStoryOptions stories={stories} except={story.id} />
          </select>
        </div>
      </header>

      <section class="panel" aria-labelledby="articles-title">
        <h3 id="articles-title">Articles</h3>
        {suggested && suggested.length > 0 && (
          <p class="suggestion" role="status" data-split-suggestion>
            {suggested.length === 1 ? 'One article' : `${suggested.length} articles`} may report another event than the rest:{' '}
            {suggested.map((a) => a.siteName).join(', ')}.{' '}
            <button type="button" class="button" onClick={() => setSelected(new Set(suggested.map((a) => a.id)))}>
              Select {suggested.length === 1 ? 'it' : 'them'} to split off
            </button>
          </p>
        )}
        <ul class="items">
          {records.map((article) => (
            <ArticleRow
              key={article.id}
              article={article}
              stories={stories}
              selected={selected.has(article.id)}
              onSelect={(on) => {
                const next = new Set(selected);
                if (on) next.add(article.id);
                else next.delete(article.id);
                setSelected(next);
              }}
              fitsBetter={fitsBetter(article)}
              onMove={(toStoryId) => void move(article, toStoryId)}
              onDelete={() => onDelete(article)}
            />
          ))}
        </ul>
        <div class="actions">
          <button type="button" class="button" disabled={selected.size === 0 || selected.size === records.length} onClick={split}>
            Split {selected.size ? plural(selected.size, 'selected article') : 'selected articles'} into a new story
          </button>
        </div>
      </section>

      {records.length > 1 && <ClaimMatrix open={open} showSoft={showSoft} />}

      {target && comparison && records.length > 1 && (
        <section class="panel" aria-labelledby="compare-title">
          <h3 id="compare-title">
            <label>
              Compare{' '}
              <select value={target.id} onChange={(e) => setTargetId(e.currentTarget.value)}>
                {records.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.siteName}
                  </option>
                ))}
              </select>{' '}
              with the others
            </label>
          </h3>
          <div class="actions">
            <ExportMarkdownButton
              fileName={fileNameFor(`${story.label} ${target.siteName}`, 'md')}
              markdown={() => comparisonToMarkdown({ story, target, others: records.filter((a) => a.id !== target.id), comparison, showSoft })}
            />
          </div>
          <ComparisonSections
            saved={{ story, target, others: records.filter((a) => a.id !== target.id), comparison }}
            showSoft={showSoft}
            onShowSoft={setShowSoft}
          />
        </section>
      )}

    </article>
  );
}
