import { describe, expect, it } from 'vitest';
import { withEllipsis } from './partial';

describe('withEllipsis', () => {
  it('marks where a clause\'s sentence began', () => {
    expect(withEllipsis('and the barge lost part of its deck rail.')).toBe('… and the barge lost part of its deck rail.');
  });
  it('leaves a sentence, or a clause that opens one, as it is', () => {
    expect(withEllipsis('The ferry struck a barge.')).toBe('The ferry struck a barge.');
    expect(withEllipsis('“It could have been far worse,” she said.')).toBe('“It could have been far worse,” she said.');
  });
});
