import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { number } from './number';

describe('number rule', () => {
  it('finds two counts of the same thing', () => {
    const found = check(number, 'In all, 19 people were injured, the ambulance service said.', 'Sixteen people were injured, three of them firefighters.');
    expect(found?.why).toBe('19 vs Sixteen (injur)');
  });
  it('lets ranges agree: "more than 4,500" and "about 4,600"', () => {
    expect(check(number, 'About 4,600 people were evacuated.', 'More than 4,500 people were evacuated.')).toBeNull();
  });
  it('does not read people kept in hospital against people injured', () => {
    expect(check(number, 'Four people were kept in hospital overnight.', 'Nineteen people were injured.')).toBeNull();
  });
  it('does not read a word far after a figure as what it counts', () => {
    expect(check(number, 'About 900 residents living close to the harbour wall were moved inland.', 'The ferry company employs 60 residents at the harbour.')).toBeNull();
  });
  it('reads "two dozen" as 24', () => {
    expect(check(number, 'Two dozen fire engines were sent.', '24 fire engines were sent.')).toBeNull();
  });
  it('finds two counts of the object of one act', () => {
    expect(check(number, 'Coastguards rescued 12 sailors from the trawler.', 'In a night operation, coastguards rescued 27 sailors on Sunday.')?.why).toBe('12 vs 27 (rescu)');
  });
  it('does not read a figure both outlets give against the other one', () => {
    expect(check(number, 'The council will hire 40 wardens and 90 cleaners next year.', 'Next year the council will hire 90 cleaners, and it will hire 40 wardens.')).toBeNull();
  });
});
