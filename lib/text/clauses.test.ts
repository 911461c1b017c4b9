import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses';

/** Clause texts of a text that is one sentence, each cut from the text by its offsets. */
const clauses = (text: string) => splitClauses(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitClauses splits a sentence that carries several facts', () => {
  it('at a semicolon', () => {
    expect(clauses('The ferry company cancelled every crossing on Friday; its rival kept two boats running through the storm.')).toEqual([
      'The ferry company cancelled every crossing on Friday',
      'its rival kept two boats running through the storm.',
    ]);
  });
  it('at ", but", ", while" and ", whereas", the join word opening the second clause', () => {
    expect(clauses('The council approved the new harbour wall in March, but the contractor has not started laying the foundations.')).toEqual([
      'The council approved the new harbour wall in March',
      'but the contractor has not started laying the foundations.',
    ]);
    expect(clauses('Rail traffic resumed on the northern line by noon, while buses replaced trains between the two coastal towns.')).toHaveLength(2);
    expect(clauses('The old bridge carried four thousand cars a day, whereas the new crossing was built for twice as many vehicles.')).toHaveLength(2);
  });
  it('into three clauses when there are three', () => {
    expect(clauses('The mill closed its doors in the spring of last year, and its owners sold the land to a developer, but the new flats planned there were never built.')).toEqual([
      'The mill closed its doors in the spring of last year',
      'and its owners sold the land to a developer',
      'but the new flats planned there were never built.',
    ]);
  });
  it('when the second clause names its own speaker', () => {
    expect(clauses('The mayor opened the new library on Saturday morning, but the opposition leader said the building had cost far too much.')).toHaveLength(2);
  });
  it('with offsets into the whole text, not the sentence', () => {
    const text = 'Storm warning.\n\nThe ferry company cancelled every crossing on Friday; its rival kept two boats running through the storm.';
    const start = text.indexOf('The ferry');
    const spans = splitClauses(text, { start, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'The ferry company cancelled every crossing on Friday',
      'its rival kept two boats running through the storm.',
    ]);
  });
});

describe('splitClauses keeps a sentence whole', () => {
  it('when a side is short', () => {
    expect(clauses('The bridge reopened, and traffic flowed again.')).toHaveLength(1);
    expect(clauses('The cause of the blaze has not been established, and an inquiry into the fire at the depot is under way.')).toHaveLength(1);
  });
  it('when the join ends a list', () => {
    expect(clauses('The storm damaged the pier, two seafront cafes, the lifeboat station, and several fishing boats moored in the harbour.')).toHaveLength(1);
  });
  it('when the second side goes on with the same subject or the same verb', () => {
    expect(clauses('The storm flooded dozens of homes along the coast, and destroyed several fishing boats moored in the harbour.')).toHaveLength(1);
    expect(clauses('The plan was backed not only by the harbour authority, but also by the fishermen who use the quay every day.')).toHaveLength(1);
    expect(clauses('The council approved a new sea wall for the town, and a budget for the lighthouse that was damaged in the storm.')).toHaveLength(1);
  });
  it('when the join is inside quotation marks', () => {
    expect(clauses('The sign on the gate read “The depot is closed until further notice, and all deliveries will be turned away at the gate” for a week.')).toHaveLength(1);
    expect(clauses('Her note simply said "the road has been closed since Monday, and nobody has told the residents why" and nothing else.')).toHaveLength(1);
  });
  it('when an attribution frame would be left on one side', () => {
    expect(clauses('Police said the driver had been travelling far too fast, and the road was closed for six hours afterwards.')).toHaveLength(1);
    expect(clauses('The driver had been travelling far too fast, and the road was closed for six hours afterwards, police said.')).toHaveLength(1);
  });
  it('when a figure would be parted from what it counts', () => {
    expect(clauses('Twenty-two people were taken to hospital after the crash, and nine of them were still being treated on Monday.')).toHaveLength(1);
    expect(clauses('Twenty-two people were taken to hospital after the crash on the ring road, and nine remained in intensive care overnight.')).toHaveLength(1);
  });
});
