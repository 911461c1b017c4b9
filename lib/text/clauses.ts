// Clause spans of one sentence: a sentence that carries several facts ("Quay Street remains closed
// ..., and the number 7 bus is being diverted along Hill Road", p02) becomes one claim per fact, so
// one outlet's extra clause can be unique while the rest of its sentence is shared. Splitting is conservative: only at a semicolon
// or a comma before a coordinating word, only when both sides read as clauses of their own, and
// never where a side would lose its quotation marks, its attribution frame or its count.
import { NEGATING_VERBS, SPEECH_VERBS } from './data/cues';
import { NUMBER_WORDS } from './data/numbers';
import type { Span } from './sentences';
import { isContent } from './terms';
import { tokenize, type Token } from './tokenize';

/** Words both sides need at least: shorter pieces are phrases of one fact, not facts of their own. */
const MIN_WORDS = 6;

/**
 * Content words both sides need at least. A clause with fewer gives the matcher too little to find
 * it in another outlet's words: "The cause of the fire has not been established" (p02) on its own
 * looked unique, though the others report the cause.
 */
const MIN_CONTENT_WORDS = 4;

/** Words that join two clauses after a comma. */
const JOIN_WORDS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/** A join of two clauses: "; " or ", and / but / while / whereas / yet ". The join word opens the second clause. */
const JOIN = new RegExp(`;\\s+|,\\s+(?=(?:${[...JOIN_WORDS].join('|')})\\s)`, 'g');

/** Index of the first token after the join word, if the piece opens with one. */
const afterJoin = (tokens: Token[]): number => (tokens[0] && JOIN_WORDS.has(tokens[0].lower) ? 1 : 0);

/** Past forms without -ed and present forms that make a clause of their own. */
const VERBS = new Set(
  ('is are was were has have had do does did will would can could shall should may might must ' +
    'met left took made came went gave held began saw fell rose led sent won lost kept found brought ' +
    'spoke struck broke became grew ran stood built paid sold told said thought knew got set put cut hit ' +
    'remains remain continues continue faces face seeks seek wants want needs need plans plan').split(' '),
);

/** A verb by its form or from the lists: "-ed" words count, hyphenated ones ("old-fashioned") do not. */
const isVerb = (t: Token): boolean =>
  VERBS.has(t.lower) || SPEECH_VERBS.has(t.lower) || NEGATING_VERBS.has(t.lower) || /^\p{L}{3,}ed$/u.test(t.lower);

/** Adverbs that may stand between the join word and what opens the second clause ("and then he left"). */
const FILLERS = new Set(['even', 'then', 'later', 'still', 'just', 'now']);

/**
 * Words that, first after the join word, show the rest goes on the first clause rather than
 * starting one: a correlative ("not just by party leaders, but also by the candidates") or a
 * second complement of the same verb ("criticized Colorado for not tracking ..., and for not requiring ...").
 */
const CONTINUATIONS = new Set(['not', 'also', 'rather', 'instead', 'only', 'for', 'to', 'by']);

/** Words that open a relative or subordinate clause: a verb after one of them is not the main verb. */
const SUBORDINATORS = new Set(
  ('who whom whose which that what how why where when since because after before as if while until ' +
    'although though unless whether').split(' '),
);

/** Verbs of opinion that frame what follows as someone's view, as verbs of saying do ("Democrats contend that ..."). */
const OPINION_VERBS = new Set('contend contends contended believe believes believed think thinks fear fears feared'.split(' '));

const speaks = (t: Token): boolean => SPEECH_VERBS.has(t.lower) || OPINION_VERBS.has(t.lower) || t.lower === 'according';

const isNumber = (t: Token | undefined): boolean => !!t && t.lower !== 'a' && (/^[\d£$€]/.test(t.lower) || NUMBER_WORDS[t.lower] !== undefined);

/** Long enough, in words and in content words, to be a fact of its own. */
const substantial = (tokens: Token[]): boolean =>
  tokens.length >= MIN_WORDS && tokens.filter((t) => isContent(t.lower)).length >= MIN_CONTENT_WORDS;

/**
 * Does the piece after a join open a clause with a subject of its own? "..., displaced millions and
 * escalated tensions" (seeds 004) goes on listing what one subject did; "..., and the fire was
 * brought under control" (p02) starts again.
 */
function opensClause(tokens: Token[]): boolean {
  let i = afterJoin(tokens);
  while (tokens[i] && FILLERS.has(tokens[i]!.lower)) i++;
  const opening = tokens[i];
  if (!opening || CONTINUATIONS.has(opening.lower) || isVerb(opening) || /ing$/.test(opening.lower)) return false;
  return hasMainVerb(tokens.slice(i));
}

/**
 * Does the piece have a verb before any relative or subordinate clause opens? "..., and a $4.5
 * billion payment to farmers who claimed ..." only goes on listing what was approved, and "The
 * official who first disclosed that ..., and in doing so ..." has not reached its main verb yet.
 */
function hasMainVerb(tokens: Token[]): boolean {
  const verb = tokens.find((t) => isVerb(t) || SUBORDINATORS.has(t.lower));
  return !!verb && isVerb(verb);
}

/**
 * Does the piece before a join end on a list item rather than a clause? "..., a Michael Jackson
 * fedora, and memorabilia of ..." has no verb after its last comma: the join only ends a list.
 */
function endsList(piece: string): boolean {
  const comma = piece.lastIndexOf(',');
  return comma >= 0 && !tokenize(piece.slice(comma)).some(isVerb);
}

/** Does the piece before a join end on a conjunction ("He has no experience and, while ...")? Then the join is inside a clause. */
const endsOnConjunction = (tokens: Token[]): boolean => /^(?:and|but|or|nor|yet)$/.test(tokens.at(-1)?.lower ?? '');

/**
 * Character ranges inside quotation marks, relative to the sentence. A quotation the sentence
 * splitter cut in two (its mark only opens or only closes here) runs to the sentence's edge;
 * an odd count of straight marks leaves no way to tell, so the whole sentence counts as quoted.
 */
function quotedRanges(sentence: string): [number, number][] {
  if ((sentence.match(/"/g)?.length ?? 0) % 2) return [[0, sentence.length]];
  const ranges: [number, number][] = [];
  for (const m of sentence.matchAll(/“[^”]*(?:”|$)|"[^"]*"|‘(?:[^’]|’(?=\p{L}))*’/gu)) ranges.push([m.index, m.index + m[0].length]);
  const firstOpen = sentence.indexOf('“');
  const firstClose = sentence.indexOf('”');
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) ranges.push([0, firstClose + 1]);
  return ranges;
}

/**
 * Would cutting here take the attribution away from a side? A verb of saying before the cut may
 * govern what follows ("Peskov said the talks went well, and a deal was close"), and one after a
 * comma later on closes a frame that governs everything before it ("..., and 12 were injured,
 * police said"). Only a clause opening with its own speaker keeps its frame to itself ("..., but
 * Peskov said ...").
 */
function movesFrame(sentence: string, cut: number, next: number): boolean {
  if (tokenize(sentence.slice(0, cut)).some(speaks)) return true;
  const rest = sentence.slice(next);
  const comma = rest.indexOf(',');
  return comma >= 0 && tokenize(rest.slice(comma)).some(speaks);
}

/**
 * Would cutting here part a figure from what it counts? "..., and four remained in hospital" and
 * "..., and three of them were firefighters" count people the first clause names.
 */
function partsCount(second: Token[]): boolean {
  const opening = second[afterJoin(second)];
  return isNumber(opening) || second.some((t, i) => t.lower === 'of' && /^(them|whom|those|which)$/.test(second[i + 1]?.lower ?? ''));
}

/**
 * Where the clause opening at `from` ends for measuring it: at the next possible cut, or at a colon,
 * after which comes what it announces ("..., but in the opposite direction: During his campaign ...").
 */
function clauseEnd(sentence: string, from: number, nextCut = sentence.length): number {
  const colon = sentence.slice(from, nextCut).search(/:\s/);
  return colon >= 0 ? from + colon : nextCut;
}

/** Where the sentence may be cut: each join outside quotation marks, as [end of one clause, start of the next]. */
function joinsOf(sentence: string): [number, number][] {
  const joins = [...sentence.matchAll(JOIN)];
  if (!joins.length) return [];
  const quoted = quotedRanges(sentence);
  return joins
    .filter((m) => !quoted.some(([s, e]) => m.index >= s && m.index < e))
    .map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Clause spans of the sentence `span` of `text`: the sentence itself unless it clearly carries
 * several facts. Each side of a cut is measured up to the next possible cut, so a clause that is
 * cut again is still long enough on its own.
 */
export function splitClauses(text: string, span: Span): Span[] {
  const sentence = text.slice(span.start, span.end);
  const joins = joinsOf(sentence);
  const spans: Span[] = [];
  let from = 0;
  joins.forEach(([cut, next], i) => {
    // After a colon the first clause is what the colon announces: "their strategy: obstruct and delay action, and then blame ...".
    const piece = sentence.slice(from, cut).split(/:\s/).at(-1)!;
    const first = tokenize(piece);
    const second = tokenize(sentence.slice(next, clauseEnd(sentence, next, joins[i + 1]?.[0])));
    const firstIsClause = piece.split(',').some((part) => hasMainVerb(tokenize(part))) && !endsList(piece) && !endsOnConjunction(first);
    if (!substantial(first) || !substantial(second) || !firstIsClause || !opensClause(second)) return;
    if (movesFrame(sentence, cut, next) || partsCount(second)) return;
    spans.push({ start: span.start + from, end: span.start + cut });
    from = next;
  });
  spans.push({ start: span.start + from, end: span.end });
  return spans;
}
