import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { role } from './role';

describe('role rule', () => {
  it('finds two offices for one person', () => {
    expect(check(role, '“We are sorry,” said Graham Pell, Castellan’s operations director.', 'Castellan’s chief executive, Graham Pell, apologised.')).not.toBeNull();
  });
  it('finds a current and a former holder of the same office', () => {
    expect(check(role, 'Negotiators, including Trump’s Middle East envoy Steve Witkoff, flew in.', 'Steve Witkoff, who previously served as Trump’s Middle East envoy, flew in.')).not.toBeNull();
  });
  it('does not read two offices as a clash when one outlet gives both', () => {
    expect(check(role, 'Greyhaven chairman and chief executive Colin Fairweather apologised.', 'Greyhaven chairman Colin Fairweather apologised to passengers.')).toBeNull();
  });
  it('does not read different descriptions of one envoy as a clash', () => {
    expect(check(role, 'The delegation, led by special envoy Steve Witkoff, arrived.', 'Steve Witkoff, a Middle East envoy during the Trump administration, arrived.')).toBeNull();
  });
});
