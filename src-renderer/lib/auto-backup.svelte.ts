// Answers the main process's requests for a backup (daily, and on quit) with a copy of the whole database.
// Wired once at startup (main.ts). An empty database is not written over a backup that holds data: after a
// loss, thirty empty copies would otherwise push the last good backups out of the rotation. On a first run
// (no backup yet, or only empty ones) the empty copy is written, so quitting never waits for nothing.
import { createBackupJson } from './db/backup';
import { peekBackup } from './db/backup-document';
import { getDb } from './db';
import { host, type BackupEntry, type BackupReason } from './host';

class AutoBackups {
  /** Bumped after every backup written, so the list in Settings follows. */
  written = $state(0);
  lastError = $state<string | null>(null);

  async write(reason: BackupReason): Promise<BackupEntry | null> {
    try {
      if (!(await hasData()) && (await newestBackupHoldsData())) return null;
      const entry = await host.writeBackup({ json: await createBackupJson(), reason });
      this.lastError = null;
      this.written++;
      return entry;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      return null;
    }
  }
}

/** True when the database holds anything worth a backup (more than the settings). */
export async function hasData(): Promise<boolean> {
  const db = getDb();
  const counts = await Promise.all([db.offers.count(), db.sessions.count(), db.participantLists.count(), db.attendanceDays.count()]);
  return counts.some((n) => n > 0);
}

/** True when the most recent backup holds offers, sessions, participants or attendance. */
async function newestBackupHoldsData(): Promise<boolean> {
  const [newest] = await host.listBackups();
  if (!newest) return false;
  const peek = peekBackup(await host.readBackup(newest.name));
  if (!peek) return false;
  const { offers = 0, sessions = 0, participants = 0, attendance = 0 } = peek.counts;
  return offers + sessions + participants + attendance > 0;
}

export const autoBackups = new AutoBackups();

/** Starts answering backup requests; returns a function that stops. */
export function startAutoBackups(): () => void {
  return host.onBackupRequested((reason) => void autoBackups.write(reason));
}
