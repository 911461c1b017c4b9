// What every evaluation module shares: where ../shared is, and the report each one returns.
import { resolve } from 'node:path';

/** The shared material beside the project checkout (gold corpus, data sets, scorers). */
export const sharedDir = resolve(import.meta.dirname, '../../../shared');

export interface EvalReport {
  name: string;
  /** Human-readable lines, printed as they are. */
  lines: string[];
  /** Every figure measured, by name: what `--json` prints. */
  figures: Record<string, number>;
  /** Floors (and ceilings) enforced by CI: a little under the figures reached. */
  floors: Record<string, { min?: number; max?: number }>;
}
