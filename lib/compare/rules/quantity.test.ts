import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { quantity } from './quantity';

describe('quantity rule', () => {
  it('converts units before comparing', () => {
    expect(check(quantity, 'Residents within 2 kilometres of the plant were told to leave.', 'People within 800 metres of the plant were told to leave.')).not.toBeNull();
    expect(check(quantity, 'Residents within 2 kilometres of the plant left.', 'Residents within 2,000 metres of the plant left.')).toBeNull();
  });
  it('accepts miles against kilometres when they agree', () => {
    expect(check(quantity, 'Smoke was visible up to 30 kilometres away.', 'Smoke was visible from almost 19 miles away.')).toBeNull();
  });
  it('does not compare durations of different things', () => {
    expect(check(quantity, 'They discussed a 30-day cease-fire.', 'The three-year-long war goes on.')).toBeNull();
  });
});
