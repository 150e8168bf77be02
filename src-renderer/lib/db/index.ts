// The app's database instance, opened lazily so tests and scripts can use their own.
import { OspitaDatabase } from './database';

let instance: OspitaDatabase | null = null;

export function getDb(): OspitaDatabase {
  instance ??= new OspitaDatabase();
  return instance;
}

/** Tests and the command-line tools point the app's repositories at a database of their own. */
export function useDb(database: OspitaDatabase): void {
  instance = database;
}

/** Ask the browser to keep our data even under storage pressure (IndexedDB is otherwise "best effort"). */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

export { OspitaDatabase, DATA_TABLES, STORED_TABLES, type DataTable } from './database';
