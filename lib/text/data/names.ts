// Name folding for entity keys. Outlets name the same country, city or office differently:
// "American", "U.S.", "US" and "Washington" all mean the United States (seeds 000-004); the key
// on the right is what similarity and story matching see.

export const PLACE_KEYS: Record<string, string> = {
  american: 'us', americans: 'us', 'u.s': 'us', us: 'us', usa: 'us', 'u.s.a': 'us', 'united states': 'us', washington: 'us',
  russian: 'russia', russians: 'russia', russia: 'russia', kremlin: 'russia',
  ukrainian: 'ukraine', ukrainians: 'ukraine', ukraine: 'ukraine', kyiv: 'ukraine', kiev: 'ukraine',
  belarusian: 'belarus', belarus: 'belarus', minsk: 'belarus',
  british: 'uk', britain: 'uk', 'u.k': 'uk', uk: 'uk', 'united kingdom': 'uk', london: 'uk',
  chinese: 'china', china: 'china', beijing: 'china',
  french: 'france', france: 'france', paris: 'france',
  german: 'germany', germany: 'germany', berlin: 'germany',
  israeli: 'israel', israelis: 'israel', israel: 'israel',
  palestinian: 'palestine', palestinians: 'palestine',
  iranian: 'iran', iran: 'iran', tehran: 'iran',
  european: 'eu', 'e.u': 'eu', eu: 'eu', 'european union': 'eu', brussels: 'eu',
  'u.n': 'un', un: 'un', 'united nations': 'un',
  canadian: 'canada', canada: 'canada', mexican: 'mexico', mexico: 'mexico',
  indian: 'india', india: 'india', japanese: 'japan', japan: 'japan',
  indonesian: 'indonesia', indonesia: 'indonesia', pakistani: 'pakistan', pakistan: 'pakistan',
  syrian: 'syria', syria: 'syria', iraqi: 'iraq', iraq: 'iraq', afghan: 'afghanistan', afghanistan: 'afghanistan',
  turkish: 'turkey', turkey: 'turkey', egyptian: 'egypt', egypt: 'egypt', italian: 'italy', italy: 'italy',
  spanish: 'spain', spain: 'spain', greek: 'greece', greece: 'greece', irish: 'ireland', ireland: 'ireland',
  australian: 'australia', australia: 'australia', korean: 'korea', korea: 'korea',
  republican: 'gop', republicans: 'gop', gop: 'gop', democrat: 'democrats', democrats: 'democrats', democratic: 'democrats',
};

/** Capitalised words that are not names: sentence furniture, months and weekdays (dates are features of their own), titles. */
export const NOT_NAMES = new Set(
  ('the a an he she it they we i you his her its their our this that these those in on at by for from with as ' +
    'but and or if when while after before during since until then there here what who how why where meanwhile ' +
    'however yet also both some many most more one two three four five six seven eight nine ten ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'january february march april may june july august september october november december ' +
    'mr mrs ms dr breaking news update updated read more sponsored tags posted' ).split(' '),
);

/** Last words that make a name an organisation or a place, keyed whole ("Quebec City", "Valdai Discussion Club"), not by its last word. */
export const ORG_HEADS = new Set(
  ('authority agency service services ministry department club council group centre center university college ' +
    'party street road lane terrace avenue square hotel hospital school city county state states east west north ' +
    'south union nations house office court bank company corporation corp inc ltd association committee commission ' +
    'forces force army navy rescue police station airport port bay river island islands administration').split(' '),
);

/**
 * Nouns for where something happened, in two levels: a site, and a part of a site. Only places of
 * one level can contradict: "started in a solvent storage warehouse" (p00) vs "in the resin
 * production hall" (p02) do; "a warehouse" and "a chemical plant" (the warehouse is in the plant) do not.
 */
export const SITES = new Set(
  ('plant site factory works refinery mine farm camp base barracks prison school hospital church mosque station airport ' +
    'harbour harbor port hotel stadium arena campus university market mall park').split(' '),
);
export const PARTS_OF_SITES = new Set(
  ('warehouse hall building room basement kitchen office store shop depot yard garage wing floor block laboratory lab ' +
    'tower tunnel bridge theatre theater restaurant bar').split(' '),
);
