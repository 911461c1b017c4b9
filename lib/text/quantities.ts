// Numbers, amounts with units, dates and clock times in a sentence, each as a range so that
// "more than 4,500" and "about 4,600" (p03/p00) agree while "19" and "16" injured (p00/p01) do not.
import { MONTH_SHORT, MONTHS, VAGUE_FUTURE, WEEKDAYS } from './data/dates';
import { SPEECH_VERBS } from './data/cues';
import { APPROXIMATORS, MULTIPLIERS, NUMBER_WORDS, UNITS, VAGUE_AMOUNTS } from './data/numbers';
import { stem } from './stem';
import { isContent, termOf } from './terms';
import type { Token } from './tokenize';

export interface Amount {
  value: number;
  low: number;
  high: number;
  /** Unit kind ("distance", "percent"...) for measurements, else the stem of the counted noun ("peopl"). */
  unit: string;
  measured: boolean;
  /** Inside quotation marks: the speaker's rhetoric ("a few hundred metres", p01), not the outlet's figure. */
  quoted: boolean;
  /** Stems of the words after the figure, up to the next punctuation: what is counted ("were injured"). */
  after: string[];
  /**
   * Stems of the few words before the figure, back to the punctuation, conjunction or figure before
   * it: what is done to what is counted when it is the object ("police arrested 33 suspects").
   */
  before: string[];
  start: number;
  end: number;
}

export interface DateMention {
  /** "weekday:4", "date:9-14", "year:2021", "vague-future". */
  value: string;
  weekday?: number;
  start: number;
  end: number;
}

export interface TimeMention {
  /** Minutes after midnight, as a range ("shortly after 5am" = 300..345). */
  low: number;
  high: number;
  /** Offset from UTC in minutes, when a time zone follows ("3:49 p.m. Eastern time", "6 p.m. GMT"). */
  zone?: number;
  start: number;
  end: number;
}

const FILLER = new Set(['people', 'them', 'the', 'a', 'an']);

/** Is position `at` inside a quotation? Counts the opening marks before it. */
function inQuote(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return curly || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

function parseNumeral(word: string): number | undefined {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

function unitOf(word: string): { kind: string; factor: number } | undefined {
  const w = word.replace(/s$/, '').replace(/^per cent$/, 'percent');
  return UNITS[w] ?? UNITS[word];
}

/** Reads the approximator ending just before token i ("more than", "about"). */
function approximatorBefore(tokens: Token[], i: number): [number, number] {
  const one = tokens[i - 1]?.lower ?? '';
  const two = `${tokens[i - 2]?.lower ?? ''} ${one}`;
  const three = `${tokens[i - 3]?.lower ?? ''} ${two}`;
  return APPROXIMATORS[three] ?? APPROXIMATORS[two] ?? APPROXIMATORS[one] ?? [1, 1];
}

const YEAR = /^(1[89]|20)\d\d$/;
const CLOCK = /^(\d{1,2})(?:[.:](\d\d))?(am|pm|a\.m|p\.m)$/;

/** Content words before the figure at token i, at most three. */
const BEFORE_WORDS = 3;

function wordsBefore(tokens: Token[], i: number, sentence: string, offset: number): string[] {
  const words: string[] = [];
  for (let j = i - 1; j >= 0 && words.length < BEFORE_WORDS; j--) {
    const w = tokens[j]!;
    const gap = sentence.slice(w.end - offset, tokens[j + 1]!.start - offset);
    if (/[,;:.!?(]/.test(gap) || /^(and|but|while|or)$/.test(w.lower) || /\d/.test(w.lower)) break;
    // "said 33 suspects were held" ties the figure to no act: who speaks is not what is counted.
    if (isContent(w.lower) && !SPEECH_VERBS.has(w.lower)) words.unshift(termOf(w.lower));
  }
  return words;
}

/** Figures with their units. Years, clock times and days of the month are left to dates and times. */
export function findAmounts(tokens: Token[], sentence: string, offset: number): Amount[] {
  const amounts: Amount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const vague = VAGUE_AMOUNTS[t.lower];
    if (vague) {
      const [low, high] = vague;
      const noun = tokens[i + 1]?.lower === 'of' ? tokens[i + 2]! : tokens[i + 1]!;
      amounts.push({ value: low, low, high, unit: noun ? stem(noun.lower) : '', measured: false, quoted: inQuote(sentence, t.start - offset), after: [], before: [], start: t.start - offset, end: t.end - offset });
      continue;
    }
    // "30-day", "two-kilometre": figure and unit in one token; "$85.6-million": figure and multiplier.
    const [head = '', joined] = t.lower.split(/[-–](?=[a-z])/);
    const tail = joined && MULTIPLIERS[joined] ? undefined : joined;
    const currency = /^[£$€]/.test(head) ? head[0] : '';
    let value = parseNumeral(currency ? head.slice(1) : head);
    if (value !== undefined && joined && !tail) value *= MULTIPLIERS[joined]!;
    // "one" is rarely a count ("one of only three sites", p01; "one video"); a year or a clock time is no amount.
    if (value === undefined || t.lower === 'a' || t.lower === 'one' || YEAR.test(t.lower) || CLOCK.test(t.lower) || railwayTime(tokens, i) !== undefined) continue;
    if (MONTHS.includes(tokens[i - 1]?.lower ?? '') || MONTHS.includes(tokens[i + 1]?.lower ?? '')) continue;
    let j = i + 1;
    while (j < tokens.length && MULTIPLIERS[tokens[j]!.lower] && !tail) value *= MULTIPLIERS[tokens[j++]!.lower]!;
    const unitWord = tail ?? tokens[j]?.lower ?? '';
    const unit = currency ? UNITS[currency] : unitOf(unitWord) ?? (t.lower.endsWith('%') ? UNITS['%'] : undefined);
    const [lowF, highF] = approximatorBefore(tokens, i);
    const scaled = value * (unit?.factor ?? 1);
    const exact = !/\./.test(head) && lowF === 1 && highF === 1;
    // Round figures are rounded by outlets: 4,600 may be 4,550..4,649.
    const slack = exact && scaled >= 100 ? 10 ** Math.floor(Math.log10(scaled) - 1) / 2 : 0;
    const nounIndex = tail || currency ? j - (currency ? 0 : 1) : j;
    const noun = tail ?? tokens[nounIndex]?.lower ?? '';
    const stop = sentence.slice(t.end - offset).search(/[,;:.!?]|\s(and|but|while)\s/);
    const limit = stop < 0 ? Infinity : t.end + stop;
    const after = tokens.slice(nounIndex + (tail ? 0 : 1)).filter((w) => w.start < limit && isContent(w.lower)).map((w) => termOf(w.lower)).slice(0, 5);
    const before = wordsBefore(tokens, i, sentence, offset);
    amounts.push({
      value: scaled,
      low: scaled * lowF - slack,
      high: scaled * highF + slack,
      unit: unit ? unit.kind : noun === 'of' ? (/^(them|those|us)$/.test(tokens[nounIndex + 1]?.lower ?? '') ? 'peopl' : 'of') : FILLER.has(noun) ? 'peopl' : stem(noun),
      quoted: inQuote(sentence, t.start - offset),
      measured: !!unit,
      after,
      before,
      start: t.start - offset,
      end: (unit && !tail && !currency ? tokens[j]?.end ?? t.end : t.end) - offset,
    });
    i = Math.max(i, j - 1);
  }
  return amounts;
}

/** Words before a month name that make it one: "in May", "since May", "early May". */
const MONTH_LEAD = /^(in|since|until|by|from|early|late|mid|last|next|this|of|during)$/;

export function findDates(tokens: Token[], sentence: string, offset: number): DateMention[] {
  const dates: DateMention[] = [];
  tokens.forEach((t, i) => {
    const weekday = WEEKDAYS.indexOf(t.lower);
    const month = MONTHS.indexOf(t.lower) >= 0 && /^\p{Lu}/u.test(t.text) ? MONTHS.indexOf(t.lower) : MONTH_SHORT[t.lower];
    if (weekday >= 0) dates.push({ value: `weekday:${weekday}`, weekday, start: t.start - offset, end: t.end - offset });
    else if (month !== undefined && month >= 0) {
      const next = tokens[i + 1]!;
      const prev = tokens[i - 1]!;
      const day = next && /^\d{1,2}$/.test(next.lower) ? next : prev && /^\d{1,2}$/.test(prev.lower) ? prev : undefined;
      if (day) dates.push({ value: `date:${month + 1}-${Number(day.lower)}`, start: Math.min(t.start, day.start) - offset, end: Math.max(t.end, day.end) - offset });
      // A month on its own ("in early September"), written out: "May" only after a word that dates it.
      else if (MONTHS.includes(t.lower) && (t.lower !== 'may' || MONTH_LEAD.test(prev?.lower ?? ''))) {
        dates.push({ value: `month:${month + 1}`, start: t.start - offset, end: t.end - offset });
      }
    } else if (YEAR.test(t.lower)) dates.push({ value: `year:${t.lower}`, start: t.start - offset, end: t.end - offset });
  });
  const vague = VAGUE_FUTURE.exec(sentence);
  if (vague) dates.push({ value: 'vague-future', start: vague.index, end: vague.index + vague[0].length });
  return dates;
}

export function findTimes(tokens: Token[], offset: number): TimeMention[] {
  const times: TimeMention[] = [];
  tokens.forEach((t, i) => {
    const railway = railwayTime(tokens, i);
    if (railway !== undefined) {
      times.push({ low: railway, high: railway, zone: ZONES[tokens[i + 1]!.lower], start: t.start - offset, end: t.end - offset });
      return;
    }
    let m = CLOCK.exec(t.lower);
    let end = t.end;
    if (!m && /^\d{1,2}([.:]\d\d)?$/.test(t.lower) && /^(am|pm|a\.m|p\.m)$/.test(tokens[i + 1]?.lower ?? '')) {
      m = CLOCK.exec(t.lower + tokens[i + 1]!.lower);
      end = tokens[i + 1]!.end;
    }
    if (!m) return;
    const hour = (Number(m[1]) % 12) + (m[3]!.startsWith('p') ? 12 : 0);
    const at = hour * 60 + Number(m[2] ?? 0);
    const before = `${tokens[i - 2]?.lower ?? ''} ${tokens[i - 1]?.lower ?? ''}`;
    // "shortly after 5am" is 5:00-5:45; "around 5am" 4:30-5:30; "by 1pm" any time before.
    const [low, high] = /(shortly|just|soon) after$/.test(before) ? [at, at + 45] : /after$/.test(before) ? [at, at + 120]
      : /(about|around|approximately)$/.test(before) ? [at - 30, at + 30] : /(by|before)$/.test(before) ? [0, at] : [at, at];
    const zone = ZONES[tokens[tokens.findIndex((x) => x.end === end) + 1]?.lower ?? ''];
    times.push({ low, high, zone, start: t.start - offset, end: end - offset });
  });
  return times;
}

/** "by 1420 GMT": four digits before a time zone are a 24-hour clock time (minutes after midnight), not a count. */
function railwayTime(tokens: Token[], i: number): number | undefined {
  const m = /^([01]\d|2[0-3])([0-5]\d)$/.exec(tokens[i]!.lower);
  if (!m || ZONES[tokens[i + 1]?.lower ?? ''] === undefined) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * UTC offsets of the time zones news gives after a clock time. "Eastern" and the like are read as
 * standard time; daylight saving is an hour's doubt the time rule allows for.
 */
const ZONES: Record<string, number> = {
  gmt: 0, utc: 0, bst: 60, cet: 60, cest: 120, ist: 330, jst: 540, aest: 600,
  est: -300, edt: -240, eastern: -300, cst: -360, cdt: -300, central: -360,
  mst: -420, mdt: -360, mountain: -420, pst: -480, pdt: -420, pacific: -480,
};
