// Bundled by scripts/bench/backup.ts and run in Chromium, on the browser's own IndexedDB.
import { measureBackup } from './backup-core';

(window as unknown as { ospitaBenchBackup: typeof run }).ospitaBenchBackup = run;

function run(participants?: number, attendance?: number) {
  return measureBackup({ indexedDB, IDBKeyRange }, participants, attendance);
}
