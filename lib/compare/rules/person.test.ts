import { describe, expect, it } from 'vitest';
import { check } from './examples';
import { person } from './person';

describe('person rule', () => {
  it('finds one fact told of two people', () => {
    const found = check(person, 'The ferry was steered by first officer Dana Rees when it struck the barge.', 'The ferry was steered by first officer Tom Hale when it struck the barge.');
    expect(found?.why).toBe('Dana Rees vs Tom Hale');
  });
  it('leaves two reporters of one fact alone', () => {
    expect(check(person, 'The ferry struck the barge in fog, harbour master Ruth Okafor said.', 'The ferry struck the barge in fog, coastguard Colin Fairweather said.')).toBeNull();
  });
  it('leaves two sentences about different things alone, even with a name each', () => {
    expect(check(person, 'Dana Rees was steering the ferry.', 'Passengers were taken to hospital, where Tom Hale treated them for cuts and bruises.')).toBeNull();
  });
  it('leaves one person spelled two ways alone', () => {
    expect(check(person, 'The ferry was steered by first officer Amir Rasheed when it struck the barge.', 'The ferry was steered by first officer Amer Rashid when it struck the barge.')).toBeNull();
  });
  it('leaves a sentence that adds a second person alone', () => {
    expect(check(person, 'The ferry was steered by Dana Rees.', 'The ferry was steered by Dana Rees and Tom Hale.')).toBeNull();
  });
});
