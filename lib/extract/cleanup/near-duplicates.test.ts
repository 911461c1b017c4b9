import { describe, expect, it } from 'vitest';
import { dropNearDuplicates } from './near-duplicates';
import { block, texts } from './test-helpers';

const injured = 'Nineteen people were injured, and four of them stayed in hospital overnight. Mayor Tomasz Reyes told reporters: “We were lucky the wind was blowing out to sea.”';
const quoted = 'The council’s handling of the evacuation has drawn praise. “We were lucky the wind was blowing out to sea,” said Lena Marsh, the county’s chief fire officer.';

describe('near-duplicate paragraphs', () => {
  it('keeps the first of a paragraph printed twice, even lightly edited', () => {
    const edited = injured.replace('four of them', 'four');
    const out = dropNearDuplicates([block(injured), block('The fire was brought under control in the early afternoon.'), block(edited)]);
    expect(texts(out)).toEqual([injured, 'The fire was brought under control in the early afternoon.']);
  });

  it('drops a pull quote wherever it stands', () => {
    const out = dropNearDuplicates([block('“We were lucky the wind was blowing out to sea”', 'quote'), block(quoted)]);
    expect(texts(out)).toEqual([quoted]);
  });

  it('keeps three or more copies (a question put to every guest) and short repeated lines', () => {
    const question = 'What kind of food do you like to cook at home for your family on a weekend evening?';
    const lines = [block(question), block('Pasta, always.'), block(question), block('Fish.'), block(question), block('Portion: 1 Green'), block('Portion: 1 Green')];
    expect(dropNearDuplicates(lines)).toHaveLength(7);
  });
});
