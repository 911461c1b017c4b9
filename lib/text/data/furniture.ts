// Page furniture that survives extraction: lines that are never claims. Every pattern names the
// page it was seen on. A line matching one is dropped before sentences are made.

export const FURNITURE_LINES: RegExp[] = [
  /^(admin|editor|staff|share|print|email|advertisement|sponsored|source link|read more|related)\b[^.!?]{0,80}$/i, // blog 003: "Admin", "Source link"
  /^(updated|posted|published)( on| by)?\b[^.!?]{0,80}$/i, // blog 003: "Updated on:"; p03: "Posted by TrendPulse Staff | October 15, 2025"
  /^(read more|sponsored|advertisement|tags?|see also|watch|listen)\s*:/i, // p03: "Read more: ...", "Sponsored: ...", "Tags: ..."
  /^breaking( news)?\s*:/i, // 003 and p03 repeat the headline as "Breaking News: ..."
  /^\*\*.*\*\*$/, // 000-002: the headline repeated in bold markup
  // sample s00: "October 14, 2025 9:05 PM UTC · Updated 2 hours ago" (a bare date line stays: it dates the story)
  /^(?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+ \d{4})\b[^.!?]{0,40}\b(?:updated|utc|gmt|[ap]m)\b[^.!?]{0,40}$/iu,
  /^(picture|photo|photograph|image|credit)s?\s*:/i, // sample s02 caption credit: "Picture: Courier Photo Desk"
  /^\(?(compiled|reporting|writing|editing|edited|additional reporting)\s+by\b[^!?]{0,120}$/i, // p00 wire credit: "Compiled by the Northline Wire newsdesk; editing by the duty editor."
];

/** Words of advertising copy: a line with one of them and no final punctuation is an ad (003: "email hosting office 365 subscription - starting at"). */
export const AD_WORDS = /\b(subscription|subscribe|starting at|free delivery|buy now|shop|discount|offer ends|hosting|sign up|newsletter|deal)\b/i;

/** Calls to the reader ("Do you have photos... Email the newsroom", p02). */
export const READER_CALLS = /^(do you have|have you got|got a story|contact us|follow us|email (us|the)|click here|sign up)\b/i;
