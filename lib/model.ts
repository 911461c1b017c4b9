// The shapes that flow through the pipeline: page -> extract -> analyse -> store -> compare ->
// render / highlight / export. Every layer imports its inputs and outputs from here, so the
// extension, the CLI, the tests and the benchmarks all speak the same language.

/** An article as extracted from a page, before any analysis. */
export interface ExtractedArticle {
  /** Canonical URL: tracking parameters, AMP and mobile variants folded. */
  url: string;
  /** The URL the reader actually had open. */
  pageUrl: string;
  title: string;
  /** Every author, in page order, without "By" prefixes. */
  authors: string[];
  /** The outlet's name ("Meridian Global"), never empty: falls back to the host name. */
  siteName: string;
  /** ISO 8601, when the page says. */
  published?: string;
  modified?: string;
  /** BCP 47 language tag from the page ("en", "en-GB"), when the page says. */
  lang?: string;
  excerpt?: string;
  /** Clean body paragraphs in reading order: no furniture, no repeats. */
  paragraphs: string[];
  /** `paragraphs.join('\n\n')`: the text claims are cut from, offsets index into it. */
  text: string;
}

export type ExtractFailure = 'not-article' | 'empty' | 'too-large' | 'unreadable';

export type ExtractOutcome =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: ExtractFailure; message: string };

/**
 * A claim: a verbatim span of the article text (a sentence, or a clause of a sentence that
 * carries several facts). `text === article.text.slice(start, end)` always holds.
 */
export interface Claim {
  order: number;
  text: string;
  start: number;
  end: number;
  /** Whatever the engine needs to compare this claim, computed once at save time. */
  features: ClaimFeatures;
}

/** Features of one claim. Plain JSON so it can be stored in IndexedDB and exported. */
export interface ClaimFeatures {
  /** Stemmed content words, with thesaurus synonyms folded to one key. */
  terms: string[];
  /** Entity keys: people by surname, places and organisations with variants folded. */
  entities: string[];
  /** Any further engine-specific data (numbers, dates, negation, speaker, hedges...). */
  [key: string]: unknown;
}

/** What story matching needs of an article: computed at save time and stored. */
export interface StoryProfile {
  /** Top weighted terms and entity keys, most characteristic first. */
  keys: string[];
  /** Publication time (ms since epoch) when known, else the time it was saved. */
  time: number;
  [key: string]: unknown;
}

export interface Analysis {
  claims: Claim[];
  profile: StoryProfile;
}

/** An analysed article with an identity: what the comparison engine takes. */
export interface AnalyzedArticle extends Analysis {
  id: string;
  article: ExtractedArticle;
}

/** A claim pointed at in a comparison result. */
export interface ClaimRef {
  articleId: string;
  order: number;
  text: string;
  start: number;
  end: number;
}

export type ConflictKind =
  | 'number'
  | 'quantity'
  | 'date'
  | 'time'
  | 'person'
  | 'role'
  | 'place'
  | 'negation'
  | 'attribution'
  | 'certainty'
  | 'stance';

/** How each kind of conflict is named to the reader, in the popup, the library and exports. */
export const CONFLICT_KIND_LABELS: Record<ConflictKind, string> = {
  number: 'Number',
  quantity: 'Quantity',
  date: 'Date',
  time: 'Time',
  person: 'Person',
  role: 'Role',
  place: 'Place',
  negation: 'Negation',
  attribution: 'Who said it',
  certainty: 'Certainty',
  stance: 'Stance',
};

export interface Conflict {
  kind: ConflictKind;
  /** hard: the two cannot both be true; soft: hedging or stance, hidden by default. */
  strength: 'hard' | 'soft';
  this: ClaimRef;
  other: ClaimRef;
  /** One line naming the differing parts: "14 injured vs 12 injured". */
  why: string;
  /** The differing substrings of each side, verbatim, for marking them in the UI. */
  thisParts: string[];
  otherParts: string[];
}

export interface SharedClaim {
  claim: ClaimRef;
  /** Ids of the other articles that state it. */
  outlets: string[];
  /**
   * Corroborated claims only: the other outlets' sentences that restate it on their own (same
   * claim, other words), at most one per outlet, in the order of `outlets`. An outlet that states
   * it across several sentences, or inside a longer one, has none here.
   */
  restatements?: ClaimRef[];
}

/** One article compared against the other articles of its story. */
export interface Comparison {
  articleId: string;
  against: string[];
  unique: ClaimRef[];
  /** Claims at least two other outlets make that this one does not (one claim per fact). */
  missing: SharedClaim[];
  /** This article's claims that others make too. */
  corroborated: SharedClaim[];
  conflicts: Conflict[];
}

export interface CompareOptions {
  /** 0..1, higher finds more matches (more corroborated, fewer unique). Default 0.5. */
  sensitivity?: number;
}
