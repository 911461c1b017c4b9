// Text-quote anchoring for highlights: describe a claim as quote + context, find it again in a page.
export { anchorQuote, describeQuote, CONTEXT_LENGTH, type Anchor, type AnchorMethod, type TextQuote } from './quote';
export { approximateMatch } from './approximate';
export { foldText } from './fold';
export { indexTextNodes, type TextIndex } from './dom-text';
