// The words library search looks up: an article's distinct words, case- and accent-folded
// ("Zelenský" is stored as "zelensky"), split at everything that is not a letter or a digit. The
// same function cuts the reader's query, so a query word and an article word always compare alike.
// No imports: the scale test computes the index rows with it outside the extension.

/** Case- and accent-folded distinct words of `text`, in order of first appearance. */
export function searchWords(text: string): string[] {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}

/** Everything search looks in: headline, outlet, authors and text. */
export function articleSearchWords(article: { title: string; siteName: string; authors: string[]; text: string }): string[] {
  return searchWords([article.title, article.siteName, ...article.authors, article.text].join('\n'));
}
