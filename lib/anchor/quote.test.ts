import { describe, expect, test } from 'vitest';
import { anchorQuote, describeQuote } from './quote';

const article =
  'The ferry left at 6 p.m. In all, 14 passengers were taken to hospital, a coastguard spokesman said.\n\n' +
  'Later, 14 passengers were taken to hospital by bus. The inquiry opens on Monday.';

describe('anchorQuote', () => {
  test('finds an exact quote', () => {
    const start = article.indexOf('The inquiry');
    const quote = describeQuote(article, start, start + 'The inquiry opens on Monday.'.length);
    expect(anchorQuote(article, quote)).toEqual({ start, end: start + quote.exact.length, method: 'exact' });
  });

  test('context picks the right one of two repeats', () => {
    const second = article.lastIndexOf('14 passengers were taken to hospital');
    const quote = describeQuote(article, second, second + '14 passengers were taken to hospital'.length);
    expect(anchorQuote(article, quote)?.start).toBe(second);
    const first = article.indexOf('14 passengers were taken to hospital');
    expect(anchorQuote(article, describeQuote(article, first, first + quote.exact.length))?.start).toBe(first);
  });

  test('survives different whitespace and typographic quotes in the page', () => {
    const page = 'Intro.\n   \u201cIt could have been far\n worse,\u201d said   the harbour master.';
    const anchor = anchorQuote(page, { exact: '"It could have been far worse," said the harbour master.', prefix: 'Intro. ', suffix: '' });
    expect(anchor?.method).toBe('folded');
    expect(page.slice(anchor!.start, anchor!.end)).toBe('\u201cIt could have been far\n worse,\u201d said   the harbour master.');
  });

  test('falls back to an approximate match when the page was edited a little', () => {
    const page = 'Coastguard officers said 12 passengers were taken to the infirmary with minor injuries. Next.';
    const anchor = anchorQuote(page, {
      exact: 'Coastguard officers said 14 passengers were taken to the infirmary with minor injuries.',
      prefix: '',
      suffix: '',
    });
    expect(anchor?.method).toBe('fuzzy');
    expect(page.slice(anchor!.start, anchor!.end)).toBe('Coastguard officers said 12 passengers were taken to the infirmary with minor injuries.');
  });

  test('gives up on a sentence the page does not contain', () => {
    expect(anchorQuote(article, { exact: 'The minister resigned over the affair last night.', prefix: '', suffix: '' })).toBeUndefined();
    expect(anchorQuote(article, { exact: '  ', prefix: '', suffix: '' })).toBeUndefined();
  });
});
