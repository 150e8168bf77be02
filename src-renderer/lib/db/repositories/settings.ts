import { DEFAULT_SETTINGS } from '../../domain/settings';
import { stationLabel } from '../../domain/station';
import type { HostSettings } from '../../domain/types';
import { stationIdFor } from '../../station';
import { getDb } from '../index';
import { nowInstant } from '../ids';
import { journaledWrite } from '../journaled';

/** The host's settings, with defaults for anything never saved, and this station's own id and name. */
export async function getSettings(): Promise<HostSettings> {
  const stored = await getDb().settings.get('host');
  const stationId = stationIdFor(stored?.stationId);
  return { ...DEFAULT_SETTINGS, ...stored, stationId, stationName: stationLabel(stored?.stationName, stationId) };
}

/** Saves the settings; the station id saved is always this station's (a second copy, see lib/station.ts). */
export async function saveSettings(settings: HostSettings): Promise<HostSettings> {
  const db = getDb();
  let saved!: HostSettings;
  await journaledWrite([db.settings], async (change) => {
    const stored = await db.settings.get('host');
    saved = { ...settings, id: 'host' as const, stationId: stationIdFor(stored?.stationId), updatedAt: nowInstant() };
    change.put('settings', [saved]);
    await db.settings.put(saved);
  });
  return saved;
}

/**
 * At start-up: the stored settings carry this station's id as their second copy (settings saved before station
 * ids existed, or a database whose settings came from elsewhere). Nothing is written when nothing was saved yet.
 */
export async function keepStationIdStored(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get('host');
    if (!stored) return;
    const stationId = stationIdFor(stored.stationId);
    if (stored.stationId !== stationId) await db.settings.put({ ...stored, stationId });
  });
}
