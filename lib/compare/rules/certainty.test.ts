import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { certainty } from './certainty';

describe('certainty rule', () => {
  it('finds "will" against "may" on one outcome, as soft', () => {
    expect(check(certainty, 'Residents will be allowed to return home on Wednesday.', 'Residents may be allowed home as early as Wednesday.')?.strength).toBe('soft');
  });
  it('agrees when both hedge', () => {
    expect(check(certainty, 'Residents may be allowed home.', 'Residents could be allowed home.')).toBeNull();
  });
});
