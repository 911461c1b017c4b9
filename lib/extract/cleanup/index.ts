// The clean-up steps, in the order they run on the chosen article's blocks. Related stories go
// first, while their label is still there to find them; then the line filters, so furniture never
// counts as the "first" copy of a repeated paragraph. Adding a step means
// writing one module (with its example and tests) and listing it here.
import { adLines } from './ad-lines';
import { figureCaptions } from './figure-captions';
import { furnitureLines } from './furniture-lines';
import { linkLists } from './link-lists';
import { nearDuplicates } from './near-duplicates';
import { relatedStories } from './related-stories';
import { repeatedHeadline } from './repeated-headline';
import { tagLines } from './tag-lines';
import type { CleanupStep } from './types';

export const cleanupSteps: CleanupStep[] = [
  relatedStories,
  figureCaptions,
  furnitureLines,
  adLines,
  tagLines,
  linkLists,
  repeatedHeadline,
  nearDuplicates,
];
