// Automatic backups: on request of the main process (daily, and on quit) and, on a day with check-ins, every few
// minutes while they happen (./desk-backups.ts). Each carries the journal position it holds, so the journal is
// trimmed once it is written. Wired once at startup (main.ts); nothing is written until the start-up check has
// let writes go ahead (a database waiting to be recovered is never copied over the good backups).
// An empty database is not written over a backup that holds data: after a loss, thirty empty copies would
// otherwise push the last good backups out of the rotation. On a first run (no backup yet, or only empty ones)
// the empty copy is written, so quitting never waits for nothing.
import { backupOf, createBackup } from './db/backup';
import { peekBackup, serialiseBackup, type BackupDocument } from './db/backup-document';
import { getDb } from './db';
import { DeskBackups } from './desk-backups';
import { host, type BackupEntry, type BackupReason } from './host';
import { journal } from './journal/journal.svelte';

class AutoBackups {
  /** Bumped after every backup written, so the list in Settings follows. */
  written = $state(0);
  lastError = $state<string | null>(null);

  async write(reason: BackupReason): Promise<BackupEntry | null> {
    await journal.ready();
    try {
      if (!(await hasData()) && (await newestBackupHoldsData())) return null;
      const entry = await writeBackupDocument(await createBackup(), reason);
      this.lastError = null;
      return entry;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      return null;
    }
  }

  /** Writes a document as an automatic backup (the journal is trimmed up to its position). */
  async writeDocument(doc: BackupDocument, reason: BackupReason): Promise<BackupEntry> {
    const entry = await host.writeBackup({ json: serialiseBackup(doc), reason, journal: doc.journal ?? null });
    this.written++;
    return entry;
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

function writeBackupDocument(doc: BackupDocument, reason: BackupReason): Promise<BackupEntry> {
  return autoBackups.writeDocument(doc, reason);
}

/** A backup of data that is not (yet) the database's: a restore's or a recovery's content, at a journal position. */
export async function writeBackupOf(data: BackupDocument['data'], position: BackupDocument['journal'], reason: BackupReason): Promise<BackupEntry> {
  return writeBackupDocument(await backupOf(data, position ?? null), reason);
}

/** Starts answering backup requests, and writing the desk's backups while check-ins happen; returns a stop. */
export function startAutoBackups(): () => void {
  const desk = new DeskBackups(() => autoBackups.write('checkin'));
  const stopDesk = journal.onCommitted((change) => {
    if (change.hasEvents) desk.noteCheckIn();
  });
  const stopRequests = host.onBackupRequested((reason) => void autoBackups.write(reason));
  // With the journal unavailable, every change is copied out of IndexedDB at once, before the desk confirms it.
  journal.setFallback(() => autoBackups.write('checkin'));
  return () => {
    journal.setFallback(null);
    stopDesk();
    stopRequests();
    desk.stop();
  };
}
