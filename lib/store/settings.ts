// The reader's settings, typed, with their defaults. A stored value that is missing or invalid
// (an old or hand-edited import) reads as the default, so callers always get a usable value.
import type { TriangulateDB } from './db';
import { toStorageError } from './errors';
import { isStoryOrder, type StoryOrder } from './story-order';

export interface Settings {
  /** 0..1, passed to the comparison: higher finds more matches. */
  sensitivity: number;
  /** Hedging and stance differences: mostly noise, so hidden unless the reader asks. */
  showSoftConflicts: boolean;
  /** How the library lists its stories. */
  storyOrder: StoryOrder;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { sensitivity: 0.5, showSoftConflicts: false, storyOrder: 'newest' };

const VALID: { [K in keyof Settings]: (value: unknown) => boolean } = {
  sensitivity: (value) => typeof value === 'number' && value >= 0 && value <= 1,
  showSoftConflicts: (value) => typeof value === 'boolean',
  storyOrder: isStoryOrder,
};

export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(VALID, key);
}

export function isValidSetting(key: string, value: unknown): boolean {
  return isSettingKey(key) && VALID[key](value);
}

export async function getSetting<K extends keyof Settings>(db: TriangulateDB, key: K): Promise<Settings[K]> {
  const stored = (await db.settings.get(key))?.value;
  return VALID[key](stored) ? (stored as Settings[K]) : DEFAULT_SETTINGS[key];
}

export async function getSettings(db: TriangulateDB): Promise<Settings> {
  const stored = await db.settings.toArray();
  const settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of stored) if (isValidSetting(key, value)) Object.assign(settings, { [key]: value });
  return settings;
}

/** Throws a RangeError for a value the setting cannot take (a bug in the caller, not the reader's doing). */
export async function setSetting<K extends keyof Settings>(db: TriangulateDB, key: K, value: Settings[K]): Promise<void> {
  if (!VALID[key](value)) throw new RangeError(`Invalid value for setting ${key}: ${JSON.stringify(value)}`);
  try {
    await db.settings.put({ key, value });
  } catch (error) {
    throw toStorageError(error, 'Saving the setting');
  }
}
