import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { date } from './date';

describe('date rule', () => {
  it('finds two days for one event', () => {
    const found = check(date, 'Fire broke out early on Tuesday at a chemical plant.', 'A fire ripped through the chemical plant on Monday.');
    expect(found?.why).toMatch(/^Tuesday vs Monday/);
  });
  it('reads no disagreement in two dates both claims give', () => {
    expect(check(date, 'The ferry company said repairs start on Oct. 17 and sailings resume on Nov. 7.', 'Sailings will resume on Nov. 7, with repairs starting on Oct. 17, the ferry company said.')).toBeNull();
  });
  it('reads a month on its own against another month or day for one event', () => {
    expect(check(date, 'The ferry service is due to restart in early September.', 'The ferry service is due to restart in early November.')?.why).toMatch(/^September vs November/);
    expect(check(date, 'The ferry service is due to restart on October 3.', 'The ferry service is due to restart in November.')).not.toBeNull();
    expect(check(date, 'May the ferry service restart soon, islanders said.', 'The ferry service may restart in June.')).toBeNull();
  });
  it('ignores days of different events', () => {
    expect(check(date, 'Fire broke out early on Tuesday at the plant.', 'Residents will be allowed to return home on Wednesday afternoon.')).toBeNull();
  });
  it('reads a named day against "in the coming days" for the same talks', () => {
    expect(check(date, 'Discussions are expected to unfold on Thursday.', 'He said discussions would take place in the coming days.')).not.toBeNull();
  });
});
