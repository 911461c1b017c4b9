// The conflict rules on real sentences they were not built on, by perturbation. Source pairs are
// two real news sentences stating the same fact: MSRP test paraphrases (paraphrase = 1) and iSTS
// headline pairs whose every chunk is aligned EQUI. ECB+ event-aligned pairs are left out: they
// share an event, not a fact, so a changed detail would not make them contradict. One side of each
// pair is rewritten to contradict the other in one way, only where the rewrite stays clean:
// - number: a figure both sides give, changed to 2n + 3 (expected: number or quantity);
// - date: a weekday or month both name, moved three days or four months on;
// - time: a clock time both give, moved five hours;
// - negation: "not" after the first auxiliary of a main clause ("was" -> "was not");
// - person: a person's surname both name, swapped for an ECB+ person's surname;
// - attribution: the person who says a quotation both sides carry, swapped likewise.
// Each case runs through the engine as two one-sentence articles (analyzeArticle + compareArticle,
// as the CLI does). Recall is the share of cases given a hard conflict of the expected kind (and of
// any kind); the false-alarm rate is the share of unperturbed pairs given any hard conflict. The
// misses and false alarms are written to eval-output/conflicts-cases.json for reading.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle, compareArticle } from '../../lib/compare/index';
import type { AnalyzedArticle, Conflict, ConflictKind } from '../../lib/model';
import { sharedDir, type EvalReport } from './common';

interface SourcePair {
  source: 'msrp' | 'ists';
  a: string;
  b: string;
}

interface Case {
  kind: string;
  expected: ConflictKind[];
  pair: SourcePair;
  /** The rewritten second sentence. */
  b: string;
}

type Perturbation = (pair: SourcePair, index: number) => string | undefined;

const dataDir = join(sharedDir, 'data');
const outputDir = resolve(import.meta.dirname, '../../eval-output');

const jsonLines = <T>(file: string): T[] =>
  readFileSync(join(dataDir, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);

/** iSTS headlines are tokenized ("Egypt 's leader", "US$ 38 bn"): joined back as they were printed. */
const detokenize = (s: string) => s.replace(/ ([,.;:!?%]|'s\b|n't\b)/g, '$1').replace(/([$£€]) (?=\d)/g, '$1');

function sourcePairs(): SourcePair[] {
  const msrp = jsonLines<{ sent1: string; sent2: string; paraphrase: number }>('news-claim-pairs/msrp_test.jsonl')
    .filter((r) => r.paraphrase === 1)
    .map((r) => ({ source: 'msrp' as const, a: r.sent1, b: r.sent2 }));
  type Alignment = { type: string; sent1_chunk: string; sent2_chunk: string };
  const ists = jsonLines<{ sent1: string; sent2: string; alignments: Alignment[] }>('news-claim-pairs/ists_headlines.jsonl')
    .filter((r) => r.alignments.every((x) => x.type === 'EQUI' || !/\p{L}|\p{N}/u.test(x.sent1_chunk + x.sent2_chunk)))
    .map((r) => ({ source: 'ists' as const, a: detokenize(r.sent1), b: detokenize(r.sent2) }));
  return [...msrp, ...ists];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'gu');
const occurrences = (text: string, word: string) => [...text.matchAll(wordPattern(word))].length;
/** `text` with its one occurrence of `word` replaced, or undefined when it has none or several. */
const replaceOnce = (text: string, word: string, by: string) => (occurrences(text, word) === 1 ? text.replace(wordPattern(word), by) : undefined);

// Numbers: a figure given in both sentences, neither a year, a day of the month nor a clock time.
const FIGURE = /(?<![\p{L}\p{N}.,:/-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}]|[.,:/-]\d)|(?<![\p{L}\p{N}.,:/-])\d+(?:\.\d+)?(?![\p{L}\p{N}]|[.,:/-]\d)/gu;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_WORD = new RegExp(`^(${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS, 'Sep.'].map(escape).join('|')})$`);
const CLOCK_AFTER = /^\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu;

function changedFigure(figure: string): string {
  const value = Number(figure.replace(/,/g, ''));
  const decimals = figure.split('.')[1]?.length ?? 0;
  const changed = (2 * value + 3).toFixed(decimals);
  return figure.includes(',') ? Number(changed).toLocaleString('en-US', { minimumFractionDigits: decimals }) : changed;
}

const number: Perturbation = ({ a, b }) => {
  for (const m of b.matchAll(FIGURE)) {
    const figure = m[0];
    const before = b.slice(0, m.index).trimEnd().split(/\s+/).at(-1) ?? '';
    const after = b.slice(m.index + figure.length);
    const next = after.trimStart().split(/\s+/)[0] ?? '';
    if (/^(1[89]|20)\d\d$/.test(figure) || MONTH_WORD.test(before) || MONTH_WORD.test(next.replace(/,$/, '')) || CLOCK_AFTER.test(after)) continue;
    if (before === 'No.' || occurrences(a, figure) === 0) continue;
    const rewritten = replaceOnce(b, figure, changedFigure(figure));
    if (rewritten) return rewritten;
  }
  return undefined;
};

// Dates: a weekday moved three days on, else a month moved four months on (a bare "May" is left
// alone: it is as often the modal).
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const date: Perturbation = ({ a, b }) => {
  for (const [i, day] of WEEKDAY_NAMES.entries()) {
    if (occurrences(a, day) && occurrences(b, day)) return replaceOnce(b, day, WEEKDAY_NAMES[(i + 3) % 7]!);
  }
  for (const names of [MONTH_NAMES, MONTH_ABBREVIATIONS]) {
    for (const [i, month] of names.entries()) {
      const inB = new RegExp(`(?<![\\p{L}])${escape(month)}(?![\\p{L}])${month === 'May' ? '(?= \\d)' : ''}`, 'u');
      if (!inB.test(b) || !occurrences(a, month) || occurrences(b, month) !== 1) continue;
      return b.replace(inB, names[(i + 4) % 12]!);
    }
  }
  return undefined;
};

// Clock times: "10:30 a.m." -> "3:30 a.m.", the same in both sentences.
const CLOCK = /(?<![\p{L}\p{N}:.])(\d{1,2})((?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}]))/giu;

const time: Perturbation = ({ a, b }) => {
  for (const m of b.matchAll(CLOCK)) {
    if (!a.includes(m[0]) || b.split(m[0]).length !== 2) continue;
    const hour = (Number(m[1]) + 4) % 12 + 1;
    return b.replace(m[0], `${hour}${m[2]}`);
  }
  return undefined;
};

// Negation: "not" after an auxiliary that opens a verb phrase, in the first main clause. Only where
// the next word is a participle (after a form of "be" or "have") or a bare verb (after a modal), so
// "has a plan" and "had to" are left alone. Sentences that already negate are skipped.
const BE = new Set(['is', 'are', 'was', 'were']);
const HAVE = new Set(['has', 'have', 'had']);
const MODAL = new Set(['will', 'would', 'can', 'could', 'should', 'did', 'does', 'do']);
const PARTICIPLES = new Set(
  ('been made said told seen done won lost paid found left sold bought brought held kept put set cut hit led met sent spent ' +
    'taken given gone grown known shown thought become come run begun fallen risen struck caught built drawn chosen driven').split(' '),
);
const NOT_VERBS = new Set(
  ('a an the to not no never also already still just now only even ever yet about up down in on at for of by with as so more less ' +
    'his her its their our this that these those some any all both each').split(' '),
);
const NEGATED = /\b(not|never|no|nobody|none|nothing|neither|nor)\b|n't\b/i;

const participle = (w: string) => /(ed|en|ing)$/.test(w) || PARTICIPLES.has(w);

const negation: Perturbation = ({ a, b }) => {
  if (NEGATED.test(a) || NEGATED.test(b)) return undefined;
  const words = [...b.matchAll(/[\p{L}']+/gu)];
  for (const [i, m] of words.entries()) {
    const aux = m[0].toLowerCase();
    const next = words[i + 1]?.[0] ?? '';
    const previous = words[i - 1]?.[0].toLowerCase() ?? '';
    if (!BE.has(aux) && !HAVE.has(aux) && !MODAL.has(aux)) continue;
    // A relative clause ("who was", "which has") is not the main clause: no later auxiliary is either.
    if (/^(who|which|that|whose|if|when|while|because|although)$/.test(previous)) return undefined;
    const gap = b.slice(m.index + m[0].length, words[i + 1]?.index ?? 0);
    if (gap !== ' ' || !/^\p{Ll}+$/u.test(next) || NOT_VERBS.has(next) || next.endsWith('ly')) return undefined;
    if ((BE.has(aux) || HAVE.has(aux)) && !participle(next)) return undefined;
    return `${b.slice(0, m.index + m[0].length)} not${b.slice(m.index + m[0].length)}`;
  }
  return undefined;
};

// People: a surname both sentences name, taken as a person's where one of them writes it after a
// first name known from ECB+'s annotated people, a courtesy title or an office ("Judge Motz").
const TITLES = 'Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr President Gov. Sen. Rep. Judge General Gen. Secretary Minister Chairman Lt. Col. Sgt. Officer Detective Coach'.split(' ');
const SPEECH = '(said|says|told|added|asked|stated|explained|wrote)';

interface People {
  firstNames: Set<string>;
  surnames: string[];
}

/**
 * First names and surnames of the people ECB+ annotators marked ("Tara Reid", "Lindsay Lohan"),
 * less words the corpus also writes in lower case ("Executive", "Miss") or that open a place's or
 * an organisation's name ("New", "Betty Ford Center").
 */
function ecbPeople(): People {
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  const notNames = new Set<string>();
  for (const doc of jsonLines<{ sentences: string[]; mentions: { type: string; text: string }[] }>('ecbplus/documents.jsonl')) {
    for (const s of doc.sentences) for (const w of s.match(/(?<![\p{L}.])\p{Ll}+/gu) ?? []) notNames.add(w[0]!.toUpperCase() + w.slice(1));
    for (const m of doc.mentions) {
      const name = /^([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z]{3,})$/.exec(m.text);
      if (m.type !== 'HUMAN_PART_PER') notNames.add(m.text.split(' ')[0]!);
      else if (name) {
        firstNames.add(name[1]!);
        surnames.add(name[2]!);
      }
    }
  }
  const names = (words: Set<string>) => [...words].filter((w) => !notNames.has(w)).sort();
  return { firstNames: new Set(names(firstNames)), surnames: names(surnames) };
}

/** Surnames of the people named in `text`. */
function surnamesIn(text: string, people: People): string[] {
  const found = new Set<string>();
  // The surname ends the run of capitalised words: "Judge Gerald W. Heaney" is Heaney, and
  // "Jean-Jacques" is no surname.
  for (const m of text.matchAll(/(?<![\p{L}.-])([A-Z][a-z]+\.?) (?:[A-Z]\. )?([A-Z][a-z]+)(?![\p{L}-]| [A-Z])/gu)) {
    if (people.firstNames.has(m[1]!) || TITLES.includes(m[1]!)) found.add(m[2]!);
  }
  return [...found].filter((s) => !TITLES.includes(s) && (!people.firstNames.has(s) || people.surnames.includes(s)));
}

/** Does `surname` say something in `text` ("Albrecht said", "said HBO chairman Chris Albrecht")? */
const speaks = (text: string, surname: string) =>
  new RegExp(`${escape(surname)}(,[^,]{1,40},)? ${SPEECH}\\b|\\b${SPEECH} ([A-Z][\\w.]* ){0,5}${escape(surname)}\\b`).test(text);

const QUOTATION = /["“][^"”]*(\s[^"”\s]+){3,}[^"”]*["”]/;

/** Swaps a surname both sentences name, spoken or not as `speaker` asks, for one from ECB+. */
function swapPerson(people: People, speaker: boolean): Perturbation {
  return ({ a, b }, index) => {
    if (speaker && (!QUOTATION.test(a) || !QUOTATION.test(b))) return undefined;
    const surname = surnamesIn(`${a} ${b}`, people).find((s) => occurrences(a, s) && occurrences(b, s) && speaks(b, s) === speaker);
    if (!surname) return undefined;
    // A different surname for each case, never one of the sentences' own words.
    const pool = people.surnames.filter((s) => !occurrences(a, s) && !occurrences(b, s));
    return b.replace(wordPattern(surname), pool[(index * 37) % pool.length]!);
  };
}

/** A sentence as a one-sentence article of outlet `site`, as the CLI reads a text file. */
function articleOf(sentence: string, site: string): AnalyzedArticle {
  const article = { url: `eval:${site}`, pageUrl: `eval:${site}`, title: '', authors: [], siteName: site, paragraphs: [sentence], text: sentence };
  return { id: site, article, ...analyzeArticle(article) };
}

const hardConflicts = (a: string, b: string): Conflict[] =>
  compareArticle(articleOf(a, 'a'), [articleOf(b, 'b')]).conflicts.filter((c) => c.strength === 'hard');

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export default async function conflicts(): Promise<EvalReport> {
  const pairs = sourcePairs();
  const people = ecbPeople();
  const perturbations: [string, ConflictKind[], Perturbation][] = [
    ['number', ['number', 'quantity'], number],
    ['date', ['date'], date],
    ['time', ['time'], time],
    ['negation', ['negation'], negation],
    ['person', ['person'], swapPerson(people, false)],
    ['attribution', ['attribution'], swapPerson(people, true)],
  ];
  const cases: Case[] = perturbations.flatMap(([kind, expected, perturb]) =>
    pairs.flatMap((pair, i) => {
      const b = perturb(pair, i);
      return b && b !== pair.b ? [{ kind, expected, pair, b }] : [];
    }),
  );

  const lines: string[] = [`${pairs.length} source pairs (${pairs.filter((p) => p.source === 'msrp').length} MSRP paraphrases, ${pairs.filter((p) => p.source === 'ists').length} iSTS all-EQUI headlines)`];
  const figures: Record<string, number> = {};
  const misses: object[] = [];
  for (const [kind] of perturbations) {
    const built = cases.filter((c) => c.kind === kind);
    let [expectedFound, anyFound] = [0, 0];
    for (const c of built) {
      const found = hardConflicts(c.pair.a, c.b);
      if (found.some((x) => c.expected.includes(x.kind))) expectedFound++;
      if (found.length) anyFound++;
      else misses.push({ kind, a: c.pair.a, b: c.b, original: c.pair.b });
    }
    const recall = r3(expectedFound / (built.length || 1));
    const anyRecall = r3(anyFound / (built.length || 1));
    lines.push(`${kind}: ${built.length} cases, recall ${recall} (${expectedFound}) as ${kind}, ${anyRecall} (${anyFound}) as any hard conflict`);
    figures[`${kind}_cases`] = built.length;
    figures[`${kind}_recall`] = recall;
    figures[`${kind}_any_recall`] = anyRecall;
  }

  const falseAlarms = pairs.flatMap((p) => {
    const found = hardConflicts(p.a, p.b);
    return found.length ? [{ source: p.source, a: p.a, b: p.b, conflicts: found.map((c) => `${c.kind}: ${c.why}`) }] : [];
  });
  const perturbed = new Set(cases.map((c) => c.pair));
  const falseAlarmRate = r3(falseAlarms.length / pairs.length);
  const built = cases.length;
  const caught = built - misses.length;
  lines.push(`originals: ${pairs.length} pairs, false-alarm rate ${falseAlarmRate} (${falseAlarms.length} given a hard conflict); ${perturbed.size} of them perturbed`);
  lines.push(`all kinds: ${built} cases, ${r3(caught / built)} (${caught}) given a hard conflict`);
  figures.false_alarm_rate = falseAlarmRate;
  figures.any_recall = r3(caught / built);

  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'conflicts-cases.json'), JSON.stringify({ misses, falseAlarms }, null, 1));
  lines.push(`misses and false alarms in ${join(outputDir, 'conflicts-cases.json')}`);
  // A little under the figures reached; time (3 cases) is not floored. Person recall is low by
  // design: the rule reads only sentences that restate each other, and paraphrases rarely do.
  const floors: EvalReport['floors'] = {
    number_recall: { min: 0.57 },
    person_recall: { min: 0.12 },
    date_recall: { min: 0.62 },
    negation_recall: { min: 0.66 },
    attribution_recall: { min: 0.9 },
    false_alarm_rate: { max: 0.035 },
  };
  return { name: 'conflicts', lines, figures, floors };
}
