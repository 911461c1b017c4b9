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
  it('finds two shares of one cut when the words before them agree', () => {
    expect(check(quantity, 'The new filter cuts the risk of flooding by 30 percent and of erosion by 10 percent.', 'Engineers say the filter cuts the risk of flooding by 75 percent.')).not.toBeNull();
  });
  it('reads "$4.5-million" as $4.5 million', () => {
    expect(check(quantity, 'The museum raised $4.5 million in its first week.', 'The museum raised $4.5-million in its first week.')).toBeNull();
  });
});
