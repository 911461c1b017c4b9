import { describe, expect, it } from 'vitest';
import { repeatedHeadline } from './repeated-headline';
import { block, noContext, texts } from './test-helpers';

describe('repeated headline', () => {
  it('drops the title printed again in the body, whatever its case and punctuation', () => {
    const title = 'Breaking News: U.S. Diplomats Arrive in Moscow';
    const out = repeatedHeadline.run([block('BREAKING NEWS — U.S. diplomats arrive in Moscow', 'heading'), block('Talks begin on Thursday.')], {
      ...noContext,
      titles: [title],
    });
    expect(texts(out)).toEqual(['Talks begin on Thursday.']);
  });
});
