import { describe, expect, it } from 'vitest';
import type { ClaimRef, Comparison, Conflict } from '../model';
import { comparisonToMarkdown, escapeMarkdown, storyToMarkdown, type ExportArticle } from './markdown';

function article(id: string, siteName: string, url: string, extra: Partial<ExportArticle> = {}): ExportArticle {
  return {
    id,
    url,
    pageUrl: url,
    title: `${siteName} report`,
    authors: [],
    siteName,
    paragraphs: [],
    text: '',
    ...extra,
  };
}

const northline = article('a', 'Northline Press Agency', 'https://www.northline.example/world/ferry', {
  title: 'Ferry and gravel barge collide in fog off Port Halloran',
  authors: ['Aino Laakso'],
  published: '2025-10-14T21:05:00Z',
});
const sentinel = article('b', 'The Sentinel Review', 'https://www.sentinelreview.example/uk-news/ferry', {
  published: '2025-10-15T06:00:00+01:00',
});
const courier = article('c', 'The Halloran Courier', 'https://www.hallorancourier.example/news/ferry');

const ref = (articleId: string, order: number, text: string): ClaimRef => ({ articleId, order, text, start: 0, end: text.length });

const injured: Conflict = {
  kind: 'number',
  strength: 'hard',
  this: ref('a', 1, 'In all, 14 passengers were taken to Halloran Infirmary with cuts and bruises, a coastguard spokesman said.'),
  other: ref('b', 2, 'Coastguard officers said 12 passengers were taken to Halloran Infirmary with minor injuries; none was thought to be seriously hurt.'),
  why: '14 passengers vs 12 passengers',
  thisParts: ['14'],
  otherParts: ['12'],
};

const hedge: Conflict = {
  kind: 'certainty',
  strength: 'soft',
  this: ref('a', 7, 'Greyhaven suspended all sailings to Inchmore while the ferry is inspected.'),
  other: ref('c', 8, 'Greyhaven Ferries may restart the Inchmore crossing on Monday.'),
  why: 'suspended vs may restart',
  thisParts: ['suspended'],
  otherParts: ['may restart'],
};

const comparison: Comparison = {
  articleId: 'a',
  against: ['b', 'c'],
  unique: [ref('a', 4, 'The barge, owned by Dunmore Aggregates, was carrying about 900 tonnes of gravel to a building site at Kellan Point.')],
  missing: [{ claim: ref('c', 7, 'Around 60 islanders spent the night in Halloran Community Hall.'), outlets: ['b'] }],
  corroborated: [
    {
      claim: ref('a', 8, 'The Coastal Safety Board said it had opened an investigation.'),
      outlets: ['b', 'c'],
      restatements: [ref('c', 9, 'An investigation has been opened by the Coastal Safety Board.')],
    },
  ],
  conflicts: [hedge, injured],
};

const base = { story: { label: 'Halloran ferry collision' }, target: northline, others: [sentinel, courier], comparison, capturedAt: '2025-10-16T09:30:00.000Z' };

/**
 * A strict reader for the front matter subset the exporter writes: `key: "json string"`,
 * and `key:` followed by a list of mappings. Anything else fails, so the test also pins the
 * output to the safe subset (every scalar quoted, JSON strings being valid YAML).
 */
function readFrontMatter(markdown: string): Record<string, unknown> {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('---');
  const end = lines.indexOf('---', 1);
  expect(end).toBeGreaterThan(0);
  const result: Record<string, unknown> = {};
  let list: Record<string, string>[] | undefined;
  for (const line of lines.slice(1, end)) {
    const top = line.match(/^([a-z_]+): ("(?:[^"\\]|\\.)*")$/);
    const opener = line.match(/^([a-z_]+):$/);
    const item = line.match(/^ {2}(- | {2})([a-z_]+): ("(?:[^"\\]|\\.)*")$/);
    if (top?.[1] && top[2]) {
      result[top[1]] = JSON.parse(top[2]);
      list = undefined;
    } else if (opener?.[1]) {
      list = [];
      result[opener[1]] = list;
    } else if (item?.[2] && item[3] && list) {
      if (item[1] === '- ') list.push({});
      const last = list.at(-1);
      if (!last) throw new Error(`front matter list item without a dash: ${line}`);
      last[item[2]] = JSON.parse(item[3]);
    } else {
      throw new Error(`front matter line outside the safe subset: ${line}`);
    }
  }
  return result;
}

/** Undo Markdown backslash escapes, as a renderer would, to check the words survived intact. */
const rendered = (escaped: string) => escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('comparisonToMarkdown', () => {
  it('writes every section with the verbatim quotes, outlets and links', () => {
    const md = comparisonToMarkdown(base);
    for (const heading of ['## Only here', '## Conflicts', '## Missing here', '## Corroborated']) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('# Ferry and gravel barge collide in fog off Port Halloran');
    expect(md).toContain('- The barge, owned by Dunmore Aggregates, was carrying about 900 tonnes of gravel to a building site at Kellan Point.');
    expect(md).toContain('### 1. Number (hard)');
    expect(md).toContain(`> ${injured.this.text}`);
    expect(md).toContain(`> ${injured.other.text}`);
    expect(md).toContain('**Northline Press Agency** ([source](https://www.northline.example/world/ferry#:~:text=');
    expect(md).toContain('**The Sentinel Review** ([source](https://www.sentinelreview.example/uk-news/ferry#:~:text=');
    expect(md).toContain('Why: 14 passengers vs 12 passengers');
    expect(md).toContain(
      '- Around 60 islanders spent the night in Halloran Community Hall.\n' +
        '  ([The Halloran Courier](https://www.hallorancourier.example/news/ferry) and [The Sentinel Review](https://www.sentinelreview.example/uk-news/ferry))',
    );
    expect(md).toMatch(/- The Coastal Safety Board said it had opened an investigation\.\n {2}\(2 other outlets: \[The Sentinel Review\]/);
    expect(md).toContain('\n  - [The Halloran Courier](https://www.hallorancourier.example/news/ferry): “An investigation has been opened by the Coastal Safety Board.”');
  });

  it('writes front matter a YAML reader can parse, with story, date, outlets and capture time', () => {
    const meta = readFrontMatter(comparisonToMarkdown(base));
    expect(meta.story).toBe('Halloran ferry collision');
    expect(meta.date).toBe('2025-10-14');
    expect(meta.captured_at).toBe('2025-10-16T09:30:00.000Z');
    expect(meta.outlets).toEqual([
      { name: 'Northline Press Agency', title: northline.title, url: northline.url, published: northline.published, role: 'this article' },
      { name: 'The Sentinel Review', title: sentinel.title, url: sentinel.url, published: sentinel.published, role: 'compared' },
      { name: 'The Halloran Courier', title: courier.title, url: courier.url, role: 'compared' },
    ]);
  });

  it('keeps hostile page text inside its quoted YAML values', () => {
    const hostile = 'Ferry "crash"\n---\nevil: true\u2028# \\ end';
    const md = comparisonToMarkdown({ ...base, story: { label: hostile }, target: { ...northline, title: hostile, siteName: 'A: B' } });
    const meta = readFrontMatter(md);
    expect(meta.story).toBe(hostile);
    expect((meta.outlets as Record<string, string>[])[0]).toMatchObject({ name: 'A: B', title: hostile });
    expect(meta).not.toHaveProperty('evil');
  });

  it('makes links, images, HTML and autolinks in page text inert', () => {
    const evil = 'Read [click](http://evil) and ![x](http://evil/pixel.png) <script>alert(1)</script> at www.evil.example | a | b *now*';
    const md = comparisonToMarkdown({ ...base, comparison: { ...comparison, unique: [ref('a', 4, evil)] } });
    const line = md.split('\n').find((l) => l.startsWith('- Read'))!;
    expect(line).not.toMatch(/(^|[^\\])[[\]<>|*]/);
    expect(line).not.toContain('http://');
    expect(line).not.toContain('www.');
    expect(md).not.toContain('<script>');
    expect(rendered(line.slice(2))).toBe(evil);
  });

  it('stops quotes from opening headings, lists or a front matter break', () => {
    const texts = ['# Breaking', '- not a list', '+ nor this', '1. nor this', '---', '= underline'];
    const unique = texts.map((text, order) => ref('a', order, text));
    const md = comparisonToMarkdown({ ...base, comparison: { ...comparison, unique } });
    expect(md).toContain('- \\# Breaking\n- \\- not a list\n- \\+ nor this\n- 1\\. nor this\n- \\---\n- \\= underline\n');
    expect(escapeMarkdown('line one\n\n## line two')).toBe('line one \\#\\# line two');
  });

  it('never links to a non-web address a page claims as its URL', () => {
    const md = comparisonToMarkdown({ ...base, others: [{ ...sentinel, url: 'javascript:alert(1)' }, courier] });
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('**The Sentinel Review**:');
  });

  it('hides soft conflicts by default and says how many', () => {
    const md = comparisonToMarkdown(base);
    expect(md).not.toContain(hedge.other.text);
    expect(md).toContain('1 soft conflict (hedging or stance) is hidden.');
    const withSoft = comparisonToMarkdown({ ...base, showSoft: true });
    expect(withSoft).toContain('### 2. Certainty (soft)');
    expect(withSoft).toContain(`> ${hedge.other.text}`);
    expect(withSoft.indexOf('Number (hard)')).toBeLessThan(withSoft.indexOf('Certainty (soft)'));
  });

  it('says plainly when a section is empty or nothing else is saved', () => {
    const empty: Comparison = { articleId: 'a', against: [], unique: [], missing: [], corroborated: [], conflicts: [] };
    const md = comparisonToMarkdown({ ...base, others: [], comparison: empty });
    expect(md).toContain('No other saved coverage of this story yet');
    expect(md).toContain('## Only here\n\nNothing:');
    expect(md).toContain('## Conflicts\n\nNone found');
    expect(md).toContain('## Missing here\n\nNothing:');
    expect(md).toContain('## Corroborated\n\nNothing:');
  });
});

describe('storyToMarkdown', () => {
  it('writes one front matter and every article with its own comparison', () => {
    const forSentinel: Comparison = { articleId: 'b', against: ['a', 'c'], unique: [], missing: [], corroborated: [], conflicts: [{ ...injured, this: injured.other, other: injured.this }] };
    const md = storyToMarkdown({ story: { label: 'Halloran ferry collision' }, articles: [northline, sentinel, courier], comparisons: [comparison, forSentinel], capturedAt: base.capturedAt });
    const meta = readFrontMatter(md);
    expect(meta).toMatchObject({ story: 'Halloran ferry collision', date: '2025-10-14', date_end: '2025-10-15' });
    expect((meta.outlets as unknown[]).length).toBe(3);
    expect(md.match(/^---$/gm)).toHaveLength(2);
    expect(md).toContain('## Northline Press Agency: Ferry and gravel barge collide in fog off Port Halloran');
    expect(md).toContain('## The Sentinel Review: The Sentinel Review report');
    expect(md).toContain('### Only here');
    expect(md).toContain('#### 1. Number (hard)');
    expect(md).toContain('## The Halloran Courier: The Halloran Courier report\n\n[The Halloran Courier](https://www.hallorancourier.example/news/ferry).\n\nNot compared yet.');
  });
});
