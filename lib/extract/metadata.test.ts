import { describe, expect, it } from 'vitest';
import { isoDate, readMetadata, splitAuthors, stripSiteSuffix } from './metadata';
import { parseHtml } from './parse-html';

describe('metadata', () => {
  it('splits and cleans authors', () => {
    expect(splitAuthors(['By Elena Marsh and Josh Penhale', 'https://facebook.com/x', 'elena marsh'])).toEqual(['Elena Marsh', 'Josh Penhale']);
  });

  it('strips the site name from a title', () => {
    expect(stripSiteSuffix('Fire at the plant | The Daily Compass', 'The Daily Compass')).toBe('Fire at the plant');
    expect(stripSiteSuffix('Daily Compass - Fire at the plant', 'Daily Compass')).toBe('Fire at the plant');
    expect(stripSiteSuffix('U.S. - Russia talks resume', 'Meridian')).toBe('U.S. - Russia talks resume');
  });

  it('writes dates as ISO 8601, keeping the outlet offset', () => {
    expect(isoDate('2025-03-13T16:30:00+05:30')).toBe('2025-03-13T16:30:00+05:30');
    expect(isoDate('March 13, 2025 12:55 UTC')).toBe('2025-03-13T12:55:00.000Z');
    expect(isoDate('soon')).toBeUndefined();
  });

  it('falls back to meta tags when there is no JSON-LD', () => {
    const doc = parseHtml(
      `<html lang="en"><head><meta property="og:title" content="Talks resume"><meta name="author" content="Ann Lee">
       <meta name="parsely-pub-date" content="2025-03-13T09:00:00Z"><link rel="canonical" href="/talks?utm_medium=x"></head><body></body></html>`,
      'https://news.example/talks/amp',
    );
    expect(readMetadata(doc, 'https://news.example/talks/amp')).toMatchObject({
      title: 'Talks resume',
      authors: ['Ann Lee'],
      published: '2025-03-13T09:00:00Z',
      lang: 'en',
      url: 'https://news.example/talks',
      declaredNonArticle: false,
    });
  });
});
