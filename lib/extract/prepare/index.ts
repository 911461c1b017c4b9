// The preparation steps, in the order they run on the page's clone before Readability. Adding a
// step means writing one module and listing it here.
import { hiddenElements } from './hidden-elements';
import { lazyImages } from './lazy-images';
import type { PrepareStep } from './types';

export const prepareSteps: PrepareStep[] = [hiddenElements, lazyImages];
