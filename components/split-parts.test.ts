import { describe, expect, test } from 'vitest';
import { splitByParts } from './split-parts';

describe('splitByParts', () => {
  test('marks every occurrence of each part', () => {
    expect(splitByParts('12 passengers, 12 crew', ['12'])).toEqual([
      { text: '12', marked: true },
      { text: ' passengers, ', marked: false },
      { text: '12', marked: true },
      { text: ' crew', marked: false },
    ]);
  });

  test('ignores parts that are not in the text and joins overlapping ones', () => {
    expect(splitByParts('radar was not working', ['not working', 'not', 'absent'])).toEqual([
      { text: 'radar was ', marked: false },
      { text: 'not working', marked: true },
    ]);
  });

  test('leaves text without parts whole', () => {
    expect(splitByParts('plain', [])).toEqual([{ text: 'plain', marked: false }]);
  });
});
