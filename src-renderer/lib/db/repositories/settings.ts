import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { HostSettings } from '../../domain/types';
import { getDb } from '../index';
import { nowInstant } from '../ids';

/** The host's settings, with defaults for anything never saved. */
export async function getSettings(): Promise<HostSettings> {
  const stored = await getDb().settings.get('host');
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(settings: HostSettings): Promise<HostSettings> {
  const saved = { ...settings, id: 'host' as const, updatedAt: nowInstant() };
  await getDb().settings.put(saved);
  return saved;
}
