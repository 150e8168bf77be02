// This installation's station id: made on first use and kept in two places that a restore never touches and
// that rarely vanish together. localStorage (Chromium keeps it apart from IndexedDB, so a database Chromium
// deletes after a crash leaves it), and a field of the stored settings (so clearing the site's local storage
// alone does not change it). A restore writes this id over the backup's (lib/db/backup.ts).
import { newId } from './db/ids';

const STORAGE_KEY = 'ospita.stationId';
let current: string | null = null;

function readStorage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) || null;
  } catch {
    return null; // storage disabled: the id lives in the settings and in memory
  }
}

function writeStorage(id: string): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, id);
  } catch {
    // as above
  }
}

/**
 * The station id, given the copy stored in the settings (if any): the one already in use, else the one in
 * localStorage, else the stored copy (localStorage was cleared), else a new one. Remembered from then on.
 */
export function stationIdFor(storedCopy: string | undefined): string {
  if (current) return current;
  const id = readStorage() ?? (storedCopy || newId());
  writeStorage(id);
  current = id;
  return id;
}

/** The station id where the stored settings are not at hand (read them and use stationIdFor when they are). */
export function thisStationId(): string {
  return stationIdFor(undefined);
}
