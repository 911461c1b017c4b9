import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { attribution } from './attribution';

describe('attribution rule', () => {
  it('finds one quote given to two people', () => {
    const found = check(attribution, '“We were lucky the wind was blowing out to sea,” said Lena Marsh, the chief fire officer.', 'Mayor Tomasz Reyes told reporters: “We were lucky the wind was blowing out to sea.”');
    expect(found?.why).toBe('the same quote attributed to Lena Marsh vs Tomasz Reyes');
  });
  it('agrees when an outlet names the other one\'s speaker too', () => {
    expect(check(attribution, '“The crossing will reopen on Monday,” Greyhaven chief executive Colin Fairweather said.', '“The crossing will reopen on Monday,” Greyhaven said in a statement.')).toBeNull();
  });
  it('agrees when the speaker is the same', () => {
    expect(check(attribution, '“We were lucky the wind was blowing out to sea,” said Lena Marsh.', '“We were lucky the wind was blowing out to sea,” chief fire officer Lena Marsh told the Mercury.')).toBeNull();
  });
});
