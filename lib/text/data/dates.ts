// Calendar words. "Thursday" and "October 14" are facts to compare; "in the coming days" is a
// vague future that contradicts a named day for the same event (seeds 004 vs 000/001).
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_SHORT: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
/** Phrases that put an event at an unnamed later time. */
export const VAGUE_FUTURE = /\b(in the coming days|in the days ahead|in the next few days|later this week|next week|in the coming weeks|soon)\b/i;
/** Words of time itself, which say nothing about which event a date belongs to ("early", "shortly"). */
export const TIME_WORDS = (
  'early late morning afternoon evening night hours day week month year shortly just soon time today tonight ' +
  'coming next last'
).split(' ');
