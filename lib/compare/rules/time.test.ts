import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { number } from './number';
import { time } from './time';

describe('time rule', () => {
  it('finds two times for the first report', () => {
    expect(check(time, 'The blaze was first reported at 3.40am in a warehouse.', 'Crews were called shortly after 5am to reports of smoke.')).not.toBeNull();
  });
  it('allows "shortly after" to mean a little later', () => {
    expect(check(time, 'Crews were called at 5.10am to reports of smoke.', 'Crews were called shortly after 5am to reports of smoke.')).toBeNull();
  });
  it('compares times given in two zones in UTC', () => {
    expect(check(time, 'The probe will enter the atmosphere at 3:49 p.m. Eastern time today.', 'The probe will enter the atmosphere at 1:49 p.m. MDT today.')).toBeNull();
    expect(check(time, 'The probe will enter the atmosphere at 3:49 p.m. Eastern time today.', 'The probe will enter the atmosphere at 3:49 p.m. GMT today.')).not.toBeNull();
  });
  it('reads four digits before a zone as a clock time, not a count', () => {
    const [a, b] = ['Ferry shares were down 3 percent by 1420 GMT in London trading.', 'Ferry shares were down 3 percent by 0933 GMT in London trading.'];
    expect(check(time, a, b)?.why).toMatch(/^1420 vs 0933/);
    expect(check(number, a, b)).toBeNull();
  });
  it('ignores times of unrelated events', () => {
    expect(check(time, 'The blaze was first reported at 3.40am.', 'Bakery staff arrived at 7am with bacon rolls.')).toBeNull();
  });
});
