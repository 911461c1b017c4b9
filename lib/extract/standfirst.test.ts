import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { findStandfirst, withStandfirst } from './standfirst';

describe('standfirst', () => {
  it('finds the deck under the headline and puts it first once', () => {
    const deck = 'Officials are set to meet in Moscow to discuss a proposed 30-day cease-fire.';
    const doc = parseHtml(`<html><body><article><h1>Talks</h1><h2 class="deck">${deck}</h2><p>Body.</p></article></body></html>`, 'https://x.example/a');
    expect(findStandfirst(doc)).toBe(deck);
    const body = [{ text: 'Body.', kind: 'paragraph' as const, linked: false }];
    expect(withStandfirst(body, deck).map((b) => b.text)).toEqual([deck, 'Body.']);
    expect(withStandfirst(withStandfirst(body, deck), deck)).toHaveLength(2);
  });
});
