// The Porter stemmer (1980), so "injured", "injuries" and "injury" meet on one term. Small and
// deterministic; stems are only ever compared with each other, never shown.

const vowelAt = (w: string, i: number): boolean =>
  'aeiou'.includes(w[i]!) || (w[i] === 'y' && i > 0 && !vowelAt(w, i - 1));

/** Porter's m: the number of vowel-consonant sequences in the stem. */
function measure(stem: string): number {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const v = vowelAt(stem, i);
    if (prevVowel && !v) m++;
    prevVowel = v;
  }
  return m;
}

const hasVowel = (stem: string): boolean => [...stem].some((_, i) => vowelAt(stem, i));
const doubleConsonant = (w: string): boolean =>
  w.length > 1 && w[w.length - 1] === w[w.length - 2] && !vowelAt(w, w.length - 1);
/** Consonant-vowel-consonant ending, last not w, x or y ("hop" -> "hope"). */
const cvc = (w: string): boolean => {
  const n = w.length;
  return n >= 3 && !vowelAt(w, n - 1) && vowelAt(w, n - 2) && !vowelAt(w, n - 3) && !'wxy'.includes(w[n - 1]!);
};

const STEP2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

function replaceSuffix(w: string, table: [string, string][], minMeasure: number): string {
  for (const [suffix, replacement] of table) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      return measure(stem) > minMeasure ? stem + replacement : w;
    }
  }
  return w;
}

export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length < 3) return w;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // Step 1b: -ed, -ing.
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else {
    const suffix = w.endsWith('ed') ? 'ed' : w.endsWith('ing') ? 'ing' : '';
    const stemmed = suffix ? w.slice(0, -suffix.length) : '';
    if (suffix && hasVowel(stemmed)) {
      w = stemmed;
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (doubleConsonant(w) && !'lsz'.includes(w[w.length - 1]!)) w = w.slice(0, -1);
      else if (measure(w) === 1 && cvc(w)) w += 'e';
    }
  }
  // Step 1c: y -> i.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  // Step 4: strip a final suffix when the stem is long enough.
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue;
    const stemmed = w.slice(0, -suffix.length);
    const ok = suffix === 'ion' ? /[st]$/.test(stemmed) : true;
    if (ok && measure(stemmed) > 1) w = stemmed;
    break;
  }
  // Step 5: final e and double l.
  if (w.endsWith('e')) {
    const stemmed = w.slice(0, -1);
    const m = measure(stemmed);
    if (m > 1 || (m === 1 && !cvc(stemmed))) w = stemmed;
  }
  if (measure(w) > 1 && w.endsWith('ll')) w = w.slice(0, -1);
  // Not Porter: "injuries"/"injury" end on -i while "injured" does not; drop it so they meet.
  if (w.length > 4 && w.endsWith('i')) w = w.slice(0, -1);
  return w;
}
