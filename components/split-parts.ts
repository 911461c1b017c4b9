// Splits a text into runs, marking every occurrence of the given parts (longest first, so "14
// injured" wins over "14"); parts that do not occur are ignored.

export interface TextRun {
  text: string;
  marked: boolean;
}

export function splitByParts(text: string, parts: string[]): TextRun[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const part of [...new Set(parts)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) {
      marked.fill(true, at, at + part.length);
    }
  }
  const runs: TextRun[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.marked === marked[i]) last.text += text[i];
    else runs.push({ text: text[i]!, marked: marked[i]! });
  }
  return runs;
}
