import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { negation } from './negation';

describe('negation rule', () => {
  it('finds a denial of what the other outlet affirms', () => {
    const found = check(negation, 'The company said the sprinkler system activated as designed.', 'The sprinkler system did not activate when the fire took hold.');
    expect(found?.why).toBe('"activated" vs "not activate"');
  });
  it('counts shared names as well as words towards one fact', () => {
    expect(check(negation, 'Councillor Moira Dunne said she would appeal to the Harbour Board.', 'Moira Dunne will not appeal to the Harbour Board, her office said.')).not.toBeNull();
  });
  it('agrees when both deny', () => {
    expect(check(negation, 'No one was killed in the fire.', 'Nobody died in the fire.')).toBeNull();
  });
  it('agrees when the other denies in other words', () => {
    expect(check(negation, 'The judge declared a mistrial because the jury could not reach a verdict.', 'A mistrial was declared after the jury was unable to reach a verdict.')).toBeNull();
    expect(check(negation, 'The council did not release the names of the families.', 'The council refused to release the names of the families.')).toBeNull();
    expect(check(negation, 'The council did not release the names of the families.', 'The council decided against releasing the names of the families.')).toBeNull();
  });
  it('reads "declines" as a denial only before "to"', () => {
    expect(check(negation, 'Ferry passenger numbers declines sharply each winter season.', 'Ferry passenger numbers sharply fall each winter season.')).toBeNull();
    expect(check(negation, 'The ferry company declined to comment on the radar.', 'The ferry company commented on the radar on Tuesday.')).not.toBeNull();
  });
});
