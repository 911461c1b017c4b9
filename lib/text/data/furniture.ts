// Page furniture that survives extraction: lines that are never claims. Every pattern names the
// page it was seen on. A line matching one is dropped before sentences are made.

export const FURNITURE_LINES: RegExp[] = [
  /^(admin|editor|staff|share|print|email|advertisement|sponsored|source link|read more|related)\b[^.!?]{0,80}$/i, // blog 003: "Admin", "Source link"
  /^(updated|posted|published)( on| by)?\b[^.!?]{0,80}$/i, // blog 003: "Updated on:"; p03: "Posted by TrendPulse Staff | October 15, 2025"
  /^(read more|sponsored|advertisement|tags?|see also|watch|listen)\s*:/i, // p03: "Read more: ...", "Sponsored: ...", "Tags: ..."
  /^breaking( news)?\s*:/i, // 003 and p03 repeat the headline as "Breaking News: ..."
  /^\*\*.*\*\*$/, // 000-002: the headline repeated in bold markup
];

/** Words of advertising copy: a line with one of them and no final punctuation is an ad (003: "email hosting office 365 subscription - starting at"). */
export const AD_WORDS = /\b(subscription|subscribe|starting at|free delivery|buy now|shop|discount|offer ends|hosting|sign up|newsletter|deal)\b/i;

/** Calls to the reader ("Do you have photos... Email the newsroom", p02). */
export const READER_CALLS = /^(do you have|have you got|got a story|contact us|follow us|email (us|the)|click here|sign up)\b/i;
