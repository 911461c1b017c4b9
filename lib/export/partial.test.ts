import { describe, expect, it } from 'vitest';
import { withEllipses } from './partial';

describe('withEllipses', () => {
  it('marks where a clause\'s sentence began', () => {
    expect(withEllipses('and the barge lost part of its deck rail.')).toBe('… and the barge lost part of its deck rail.');
  });
  it('leaves a sentence, or a clause that opens one, as it is', () => {
    expect(withEllipses('The ferry struck a barge.')).toBe('The ferry struck a barge.');
    expect(withEllipses('“It could have been far worse,” she said.')).toBe('“It could have been far worse,” she said.');
  });
});
