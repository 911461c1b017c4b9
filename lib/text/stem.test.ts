import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it('folds inflections of one word', () => {
    expect(stem('injured')).toBe(stem('injuries'));
    expect(stem('negotiations')).toBe(stem('negotiation'));
    expect(stem('evacuated')).toBe(stem('evacuate'));
  });
  it('keeps different words apart', () => {
    expect(stem('warehouse')).not.toBe(stem('hall'));
  });
});
