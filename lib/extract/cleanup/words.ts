// Small text helpers the clean-up steps share: word lists and a comparable form of a line.

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Lower case, words only: "Breaking News: U.S. Talks" and "breaking news u s talks" compare equal. */
export function comparable(text: string): string {
  return words(text).join(' ');
}
