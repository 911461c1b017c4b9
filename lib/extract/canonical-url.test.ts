import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';

describe('canonical URL', () => {
  it.each([
    ['https://news.example/story?utm_source=x&utm_medium=y&id=7&fbclid=abc#top', 'https://news.example/story?id=7'],
    ['https://news.example/story/amp', 'https://news.example/story/'],
    ['https://news.example/story?amp', 'https://news.example/story'],
    ['https://amp.news.example/story', 'https://news.example/story'],
    ['https://m.news.example/story?gclid=1', 'https://news.example/story'],
    ['/relative/path', 'https://page.example/relative/path'],
  ])('%s -> %s', (input, expected) => expect(canonicalUrl(input, 'https://page.example/a')).toBe(expected));

  it('falls back to the page URL', () => expect(canonicalUrl(undefined, 'https://page.example/a?utm_campaign=z')).toBe('https://page.example/a'));
});
