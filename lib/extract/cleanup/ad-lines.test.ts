import { describe, expect, it } from 'vitest';
import { isAdLine } from './ad-lines';
import { block } from './test-helpers';

describe('ad lines', () => {
  it('drops linked advertising copy without final punctuation', () => {
    expect(isAdLine(block('email hosting office 365 subscription - starting at', 'paragraph', true))).toBe(true);
    expect(isAdLine(block('Sponsored: Smoke alarms from just £9.99 – free delivery this week only'))).toBe(true);
  });

  it('keeps headings, plain text and sentences that mention prices', () => {
    expect(isAdLine(block('Amazon discounts MacBook models from $700', 'heading', true))).toBe(false);
    expect(isAdLine(block('Oil prices and cheap loans', 'paragraph', false))).toBe(false);
    expect(isAdLine(block('The firm offered a discount on the price of insurance.', 'paragraph', true))).toBe(false);
  });
});
