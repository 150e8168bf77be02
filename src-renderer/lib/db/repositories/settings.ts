import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { HostSettings } from '../../domain/types';
import { getDb } from '../index';
import { nowInstant } from '../ids';
import { journaledWrite } from '../journaled';

/** The host's settings, with defaults for anything never saved. */
export async function getSettings(): Promise<HostSettings> {
  const stored = await getDb().settings.get('host');
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(settings: HostSettings): Promise<HostSettings> {
  const saved: HostSettings = { ...settings, id: 'host', updatedAt: nowInstant() };
  const db = getDb();
  await journaledWrite([db.settings], async (change) => {
    change.put('settings', [saved]);
    await db.settings.put(saved);
  });
  return saved;
}
