import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../blocks';
import { parseHtml } from '../parse-html';
import { figureCaptions } from './figure-captions';
import { noContext, texts } from './test-helpers';

describe('figure captions', () => {
  it("drops a photo's caption, keeps a table's caption", () => {
    const doc = parseHtml(
      `<html><body><article><p>The council approved the plan.</p>
       <figure><img src="/a.jpg"><figcaption>Kristi Noem at the White House in 2018.</figcaption></figure>
       <table><caption>Votes by ward</caption><tr><td>North</td><td>12</td></tr></table></article></body></html>`,
      'https://x.example/a',
    );
    const blocks = collectBlocks(doc.getElementsByTagName('article')[0]!);
    expect(texts(figureCaptions.run(blocks, noContext))).toEqual(['The council approved the plan.', 'Votes by ward', 'North', '12']);
  });
});
