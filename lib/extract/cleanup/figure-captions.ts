// Figure captions: the line under a photo ("Kristi Noem, governor of South Dakota, pictured at the
// White House turkey pardon in 2018", nj.com; "1of4Grass Valley's Dionicio Torres looks at the gas
// can selection...", timesunion.com) describes the picture, not the story; readers of the text
// never miss it and as a "claim" it would only repeat or distract. Readability keeps <figcaption>;
// on the benchmark's 181 pages 74 of its 83 caption blocks were outside the article text (the nine
// kept were product names of a gift guide, which the body names again). Table captions are not
// figure captions: blocks.ts reads <caption> as a heading.
import type { CleanupStep } from './types';

export const figureCaptions: CleanupStep = {
  name: 'figure-captions',
  run: (blocks) => blocks.filter((b) => b.kind !== 'caption'),
};
