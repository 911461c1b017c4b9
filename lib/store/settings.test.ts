import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSetting, getSettings, setSetting } from './settings';
import type { StoryOrder } from './story-order';
import { openTestDB } from './test-support';

describe('settings', () => {
  it('reads the defaults until the reader changes something', async () => {
    const db = openTestDB();
    expect(await getSettings(db)).toEqual({ sensitivity: 0.5, showSoftConflicts: false, storyOrder: 'newest' });
    await setSetting(db, 'sensitivity', 0.8);
    await setSetting(db, 'showSoftConflicts', true);
    await setSetting(db, 'storyOrder', 'outlets');
    expect(await getSetting(db, 'sensitivity')).toBe(0.8);
    expect(await getSettings(db)).toEqual({ sensitivity: 0.8, showSoftConflicts: true, storyOrder: 'outlets' });
  });

  it('rejects a value the setting cannot take', async () => {
    const db = openTestDB();
    await expect(setSetting(db, 'sensitivity', 1.5)).rejects.toBeInstanceOf(RangeError);
    await expect(setSetting(db, 'storyOrder', 'loudest' as StoryOrder)).rejects.toBeInstanceOf(RangeError);
    expect(await db.settings.count()).toBe(0);
  });

  it('reads a damaged stored value as the default', async () => {
    const db = openTestDB();
    await db.settings.bulkPut([
      { key: 'sensitivity', value: 'high' },
      { key: 'showSoftConflicts', value: 1 },
      { key: 'storyOrder', value: 'toString' },
      { key: 'retired', value: true },
    ]);
    expect(await getSetting(db, 'sensitivity')).toBe(DEFAULT_SETTINGS.sensitivity);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
