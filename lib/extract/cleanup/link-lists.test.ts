import { describe, expect, it } from 'vitest';
import { dropLinkLists } from './link-lists';
import { block, texts } from './test-helpers';

describe('link lists', () => {
  it('drops three or more consecutive short link lines, keeps a lone link and prose', () => {
    const out = dropLinkLists([
      block('Sign In', 'item', true),
      block('Home', 'item', true),
      block('Subscribe', 'item', true),
      block('The plant opened in 1974.'),
      block('Full report', 'paragraph', true),
      block('It employs 300 people.'),
    ]);
    expect(texts(out)).toEqual(['The plant opened in 1974.', 'Full report', 'It employs 300 people.']);
  });
});
