import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { negation } from './negation';

describe('negation rule', () => {
  it('finds a denial of what the other outlet affirms', () => {
    const found = check(negation, 'The company said the sprinkler system activated as designed.', 'The sprinkler system did not activate when the fire took hold.');
    expect(found?.why).toBe('"activated" vs "not activate"');
  });
  it('agrees when both deny', () => {
    expect(check(negation, 'No one was killed in the fire.', 'Nobody died in the fire.')).toBeNull();
  });
});
