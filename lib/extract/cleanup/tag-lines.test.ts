import { describe, expect, it } from 'vitest';
import { isTagLine } from './tag-lines';

describe('tag lines', () => {
  it.each([
    'Putin, Vladimir V,Witkoff, Steven,Ukraine,Russia,Kursk (Russia)',
    'Tags: Port Brennick, Castellan Polymers, chemical fire, evacuation, breaking news',
  ])('drops %j', (line) => expect(isTagLine(line)).toBe(true));

  it.each([
    'Apples, pears, plums and figs were sold at the market.',
    'Path C: Scotland, Norway, Serbia, Bulgaria',
    'Beachbody Performance Recover, 1 cup blueberries, 2 rice cakes, 1 tsp. nut butter',
    'Ukraine, Russia, talks',
  ])('keeps %j', (line) => expect(isTagLine(line)).toBe(false));
});
