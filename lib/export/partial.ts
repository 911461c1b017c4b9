// A claim as a reader quotes it. A clause cut from the middle of a sentence gets an ellipsis where
// its sentence began, as quoting custom has it, so "and the barge lost part of its deck rail." reads
// as the part of a sentence it is. The claim's own text stays verbatim: highlights anchor on it.
export function withEllipsis(text: string): string {
  return /^\p{Ll}/u.test(text) ? `… ${text}` : text;
}
