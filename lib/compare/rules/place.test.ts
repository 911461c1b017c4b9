import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { place } from './place';

describe('place rule', () => {
  it('finds two rooms where the fire started', () => {
    expect(check(place, 'The fire started in a warehouse used to store solvents.', 'Smoke poured from the resin production hall, where the fire is believed to have started.')).not.toBeNull();
  });
  it('does not read a part of a site against the site', () => {
    expect(check(place, 'The fire started in a warehouse used to store solvents.', 'The fire started early on Tuesday at a chemical plant.')).toBeNull();
  });
});
