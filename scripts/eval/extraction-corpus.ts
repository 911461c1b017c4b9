// The nine gold-labelled pages of ../shared/corpus/pages: each seed or story-P text inside a page
// full of furniture. Checks with the gold sentences (gold/seeds.json, gold/p.json) that every body
// sentence is in the extracted text exactly once, that no sentence labelled boilerplate is, and
// that the headline is not repeated in the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../lib/extract';
import { parseHtml } from '../../lib/extract/parse-html';
import { sharedDir } from './common';

interface GoldSentence {
  outlet: string;
  text: string;
  label?: 'neutral' | 'boilerplate';
}

const flat = (s: string) => ' ' + (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ') + ' ';

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

export function checkCorpus() {
  const corpus = join(sharedDir, 'corpus');
  const sentences: GoldSentence[] = ['seeds.json', 'p.json'].flatMap(
    (file) => JSON.parse(readFileSync(join(corpus, 'gold', file), 'utf8')).sentences,
  );
  const result = { bodyPresent: 0, bodyTotal: 0, boilerplateLeaked: 0, boilerplateTotal: 0, repeated: 0, titleInText: 0, problems: [] as string[] };
  for (const file of readdirSync(join(corpus, 'pages')).sort()) {
    const outlet = file.slice(0, 3);
    const html = readFileSync(join(corpus, 'pages', file), 'utf8');
    const outcome = extractArticle(parseHtml(html, `https://${outlet}.example/story`), `https://${outlet}.example/story`);
    if (!outcome.ok) {
      result.problems.push(`${file}: refused (${outcome.reason})`);
      continue;
    }
    const { text, title, paragraphs } = outcome.article;
    const flatText = flat(text);
    const titleKey = flat(title);
    if (paragraphs.some((p) => flat(p) === titleKey)) {
      result.titleInText++;
      result.problems.push(`${file}: headline repeated in the text`);
    }
    const seen = new Set<string>();
    for (const s of sentences.filter((x) => x.outlet === outlet)) {
      const key = flat(s.text);
      if (s.label === 'boilerplate') {
        result.boilerplateTotal++;
        if (flatText.includes(key)) {
          result.boilerplateLeaked++;
          result.problems.push(`${file}: boilerplate kept: ${s.text.slice(0, 70)}`);
        }
        continue;
      }
      if (key === titleKey || seen.has(key)) continue;
      seen.add(key);
      result.bodyTotal++;
      const count = occurrences(flatText, key);
      if (count) result.bodyPresent++;
      else result.problems.push(`${file}: missing: ${s.text.slice(0, 70)}`);
      if (count > 1) {
        result.repeated++;
        result.problems.push(`${file}: ${count} times: ${s.text.slice(0, 70)}`);
      }
    }
  }
  return result;
}
