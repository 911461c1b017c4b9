import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps initials and U.S. inside the sentence', () => {
    expect(split('President Vladimir V. Putin met U.S. officials on Thursday. They left.')).toEqual([
      'President Vladimir V. Putin met U.S. officials on Thursday.',
      'They left.',
    ]);
  });
  it('goes on after U.S. before a title or after a short opening', () => {
    expect(split('In parallel, U.S. Secretary of State Marco Rubio spoke.')).toHaveLength(1);
  });
  it('goes on after U.S. before a name it is part of', () => {
    expect(split('Moore said he would appeal the case to the U.S. Supreme Court. He did.')).toHaveLength(2);
  });
  it('ends a sentence on U.S. when a new one starts', () => {
    expect(split('The envoy flew in from the U.S. The talks began.')).toHaveLength(2);
  });
  it('splits sentences glued without a space', () => {
    expect(split('No one was killed.Police told residents to leave.')).toEqual(['No one was killed.', 'Police told residents to leave.']);
  });
  it('never crosses a paragraph break and keeps offsets exact', () => {
    const text = 'Dr. Ames spoke.\n\nGen. Lee agreed.';
    expect(split(text)).toEqual(['Dr. Ames spoke.', 'Gen. Lee agreed.']);
  });
});
