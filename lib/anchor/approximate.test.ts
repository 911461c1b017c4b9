import { describe, expect, test } from 'vitest';
import { approximateMatch } from './approximate';

describe('approximateMatch', () => {
  test('finds the span with the fewest edits', () => {
    const text = 'aaa the quick brown fox jumps bbb';
    const match = approximateMatch(text, 'the quikc brown fox jumps');
    expect(text.slice(match!.start, match!.end)).toBe('the quick brown fox jumps');
    expect(match!.errors).toBe(2);
  });

  test('refuses a match with too many edits', () => {
    expect(approximateMatch('completely different words here', 'the quick brown fox')).toBeUndefined();
  });

  test('matches long patterns by their ends', () => {
    const sentence = 'word '.repeat(60) + 'the end of a long sentence.';
    const text = `Before. ${sentence.replace('word word', 'word ward')} After.`;
    const match = approximateMatch(text, sentence);
    expect(match).toBeDefined();
    expect(text.slice(match!.start, match!.end).endsWith('sentence.')).toBe(true);
  });
});
