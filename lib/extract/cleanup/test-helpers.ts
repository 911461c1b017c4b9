// Builds blocks for the clean-up steps' tests: plain paragraphs unless a kind or link is given.
import type { Block, BlockKind } from '../blocks';

export const block = (text: string, kind: BlockKind = 'paragraph', linked = false): Block => ({ text, kind, linked });
export const texts = (blocks: Block[]) => blocks.map((b) => b.text);
export const noContext = { titles: [], authors: [], urls: [] };
