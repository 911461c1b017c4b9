// Abbreviations after which Intl.Segmenter wrongly ends a sentence. The one list the sentence
// splitter consults: "Vladimir V. Putin" (a single initial is handled by rule, not listed here),
// "Gen. Mark Milley", "U.S. officials".

/** Titles and short forms that are always followed by more of the same sentence. */
export const ALWAYS_CONTINUES = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'cpl', 'adm', 'gov', 'sen',
  'rep', 'rev', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'inc',
  'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'e.g', 'i.e', 'a.m', 'p.m',
];

/** Abbreviations that may also end a sentence: joined only when the next part starts lower case or with a digit. */
export const MAY_END = ['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a'];
