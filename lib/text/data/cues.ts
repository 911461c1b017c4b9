// Word lists for negation, hedging and reported speech: one table each, read by the feature
// extractor and the conflict rules.

/** Words that negate what follows: "The sprinkler system did not activate" (p02). */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'none', 'neither', 'nor', 'nothing', 'without', 'cannot']);

/** Verbs that negate their complement: "refused to reveal" = did not reveal. */
export const NEGATING_VERBS = new Set(['refused', 'refuses', 'declined', 'declines', 'denied', 'denies', 'failed', 'fails']);

/**
 * Negating verbs that do so only before "to": "declined to discuss" is a denial, while "population
 * declines will be Vermillion" and "failed banks" are not.
 */
export const NEGATING_BEFORE_TO = new Set(['refused', 'refuses', 'declined', 'declines', 'failed', 'fails']);

/**
 * Words that leave a statement unaffirmed when they come shortly before its word, beyond the
 * negations above: "the jury was unable to reach a verdict", "decided against pursuing", "refuse to
 * discuss", and contractions written without their apostrophe ("dont know").
 */
export const UNAFFIRMING = new Set([
  'unable', 'fail', 'failing', 'failure', 'refuse', 'refusing', 'decline', 'declining', 'against', 'unwilling',
  'dont', 'doesnt', 'didnt', 'wont', 'cant', 'couldnt', 'wouldnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt',
]);

/** Auxiliaries and fillers skipped when looking for the word a negation applies to. */
export const AUXILIARIES = new Set(
  ('do does did is are was were be been being has have had will would can could shall should may might must ' +
    'to yet also even ever so as at all quite really fully immediately').split(' '),
);

/** Hedges: the claim is only possible or reported ("Residents may be allowed home", p03; "is thought to have been caused", p00). */
export const HEDGES = new Set(
  ('may might could possibly perhaps probably likely unlikely reportedly allegedly apparently seems seem seemed ' +
    'appears appear appeared suggest suggests suggested thought believed expected hinted speculation rumoured rumored ' +
    'potential potentially hopes hope').split(' '),
);

/** Verbs of reported speech: the frame "X said that" around a claim, and quote attribution. */
export const SPEECH_VERBS = new Set(
  ('said says say told tells stated states added adds declared declares announced announces confirmed confirms ' +
    'insisted insists explained explains wrote writes claimed claims argued argues noted notes warned warns ' +
    'emphasized emphasised stressed underscored revealed reported reports asserted asserts remarked tweeted ' +
    'posted elaborated hinted suggested acknowledged admitted').split(' '),
);

/** Pronouns that stand for the last named speaker ("she said", p01). */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they']);
