// Reported speech: quotations with who said them, and the attribution frame around a claim
// ("Kremlin spokesman Dmitry Peskov said that ...", "..., the county ambulance service said").
// The frame is left out of similarity, so two outlets quoting different sources for one fact
// still match; the speaker is kept to catch one quote given to two people (p01/p02 vs p03).
import { SPEECH_VERBS, SPEAKER_PRONOUNS } from './data/cues';
import type { Mention } from './entities';
import { isCapitalised, type Token } from './tokenize';

export interface Quote {
  /** Lower-case words of the quoted text, to find the same quote in another outlet. */
  words: string[];
  /** Key of the named speaker, when one is found. */
  speaker?: string;
  start: number;
  end: number;
  speakerStart?: number;
  speakerEnd?: number;
}

/** Words a closing frame may run on after its verb ("said in a social media post"). */
const TRAILING_WORDS = 7;

const QUOTED = /[“"]([^”"]{12,})[”"]/g;

/** Index range of tokens that form the attribution frame: its tokens count for no similarity. */
export function frameTokens(tokens: Token[], sentence: string, offset: number): Set<number> {
  const frame = new Set<number>();
  const verb = tokens.findIndex((t) => SPEECH_VERBS.has(t.lower) || t.lower === 'according');
  if (verb < 0) return frame;
  const rel = (t: Token) => t.start - offset;
  const commaBefore = sentence.lastIndexOf(',', rel(tokens[verb]!));
  const commaAfter = sentence.indexOf(',', rel(tokens[verb]!));
  if (tokens[verb]!.lower === 'according') {
    // "..., according to Haldane County Fire and Rescue."
    const end = commaAfter < 0 ? Infinity : commaAfter;
    tokens.forEach((t, i) => { if (i >= verb && rel(t) < end) frame.add(i); });
  } else if (commaBefore >= 0 && commaAfter < 0 && tokens.length - verb <= TRAILING_WORDS && verb - tokens.findIndex((t) => rel(t) > commaBefore) <= 8) {
    // "..., emergency services said." / "..., Zelenskyy stated in a social media post."
    tokens.forEach((t, i) => { if (rel(t) > commaBefore) frame.add(i); });
  } else if (verb <= 9 && (tokens[verb + 1]?.lower === 'that' || tokens.slice(0, verb).some((t, i) => i > 0 && isCapitalised(t)) || /^(officials|police|authorities|investigators|experts|analysts)$/.test(tokens[verb - 1]?.lower ?? ''))) {
    // Only when someone speaks: "The blaze was first reported at 3.40am" (p00) has no frame.
    // "Kremlin spokesman Dmitri S. Peskov stated (that) ..."
    for (let i = 0; i <= verb; i++) frame.add(i);
    if (tokens[verb + 1]?.lower === 'that') frame.add(verb + 1);
  }
  return frame;
}

/** Quotations in the sentence and their speakers; `lastSpeaker` stands in for "he said". */
export function findQuotes(sentence: string, tokens: Token[], mentions: Mention[], offset: number, lastSpeaker?: string): Quote[] {
  const quotes: Quote[] = [];
  for (const m of sentence.matchAll(QUOTED)) {
    const start = m.index;
    const end = start + m[0].length;
    const outside = tokens.filter((t) => t.start - offset < start || t.start - offset >= end);
    const hasVerb = outside.some((t) => SPEECH_VERBS.has(t.lower));
    const people = mentions.filter((x) => {
      const at = tokens[x.from]!.start - offset;
      return (at < start || at >= end) && !/^(us|russia|ukraine|uk|eu|un)$/.test(x.key);
    });
    // The speaker is the name nearest the quote outside it, a person's before an organisation's
    // ("said Greyhaven chief executive Colin Fairweather" is Fairweather's quote).
    const cost = (m: Mention) => distance(tokens, m, start, end, offset) + (m.person ? 0 : 40);
    const near = people.sort((a, b) => cost(a) - cost(b))[0];
    const pronoun = outside.some((t) => SPEAKER_PRONOUNS.has(t.lower));
    const speaker = hasVerb ? near?.key ?? (pronoun ? lastSpeaker : undefined) : undefined;
    quotes.push({
      words: m[1]!.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [],
      speaker,
      start,
      end,
      speakerStart: near && hasVerb ? tokens[near.from]!.start - offset : undefined,
      speakerEnd: near && hasVerb ? tokens[near.to - 1]!.end - offset : undefined,
    });
  }
  return quotes;
}

function distance(tokens: Token[], m: Mention, start: number, end: number, offset: number): number {
  const a = tokens[m.from]!.start - offset;
  return a >= end ? a - end : start - tokens[m.to - 1]!.end + offset;
}
