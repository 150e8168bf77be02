// Recovery at start-up: gathers what the database, the journal and the automatic backups know, prepares the
// rebuilt data (shown to the coordinator before anything is written) and applies it all at once. A failure at
// any step changes nothing in the database and can be tried again. The decision itself is ./recovery-plan.ts.
import { autoBackups, writeBackupOf } from '../auto-backup.svelte';
import { createBackup, readAllData, readBackup, restoreBackup } from '../db/backup';
import { peekBackup, type BackupData } from '../db/backup-document';
import type { OspitaDatabase } from '../db/database';
import { host, type JournalPosition, type JournalState } from '../host';
import { parseChange } from './changes';
import { decideAtStartup, type BackupFacts, type DatabaseFacts, type JournalFacts, type RecoveryBase, type RecoveryWarning, type StartupDecision } from './recovery-plan';
import { countData, emptyData, replayChanges, type DataCounts, type ReplayEntry } from './replay';

/** The database's marker and whether it holds anything, read at one instant. */
export async function readDatabaseFacts(db: OspitaDatabase): Promise<DatabaseFacts> {
  const tables = [db.settings, db.offers, db.sessions, db.agendaItems, db.participantLists, db.attendanceDays];
  return db.transaction('r', [...tables, db.meta], async () => {
    const [marker, ...counts] = await Promise.all([db.meta.get('journal'), ...tables.map((t) => t.count())]);
    return { hasData: counts.some((n) => n > 0), marker: marker ? { id: marker.journalId, position: marker.position } : null };
  });
}

/** The journal's changes, each checked; those that cannot be read are counted as lost. */
export function readJournal(state: JournalState): { facts: JournalFacts; changes: ReplayEntry[] } {
  const changes: ReplayEntry[] = [];
  let unreadable = state.damagedLines.length;
  for (const entry of state.entries) {
    const change = parseChange(entry.change);
    if (change) changes.push({ seq: entry.seq, change });
    else unreadable++;
  }
  return { facts: { id: state.id, base: state.base, last: state.last, seqs: changes.map((c) => c.seq), unreadable, setAside: state.setAside }, changes };
}

/** The header of a backup file, read without parsing its data (the header comes first, see serialiseBackup). */
function headerOf(text: string): ReturnType<typeof peekBackup> {
  const end = text.indexOf(',\n"data":');
  return (end > 0 ? peekBackup(`${text.slice(0, end)}}`) : null) ?? peekBackup(text);
}

/** What each automatic backup holds and where it stands in the journal; unreadable ones are left out. */
export async function readBackupFacts(): Promise<BackupFacts[]> {
  const facts: BackupFacts[] = [];
  for (const entry of await host.listBackups()) {
    try {
      const header = headerOf(await host.readBackup(entry.name));
      if (!header) continue;
      const hasData = Object.values(header.counts).some((n) => (n ?? 0) > 0);
      facts.push({ name: entry.name, createdAt: entry.createdAt, reason: entry.reason, journal: header.journal, hasData });
    } catch {
      // A backup that cannot be read is no base for a recovery.
    }
  }
  return facts;
}

export interface StartupFacts {
  db: DatabaseFacts;
  journal: JournalFacts | null;
  changes: ReplayEntry[];
  backups: BackupFacts[] | null;
}

/** The decision, reading the backups only when the database alone does not settle it. */
export async function decide(facts: StartupFacts): Promise<{ decision: StartupDecision; facts: StartupFacts }> {
  if (facts.backups === null && (facts.db.marker || facts.db.hasData)) {
    const quick = decideAtStartup(facts.db, facts.journal, []);
    if (quick.kind === 'ok' || quick.kind === 'adopt' || quick.kind === 'ahead') return { decision: quick, facts };
  }
  const backups = facts.backups ?? (await readBackupFacts());
  return { decision: decideAtStartup(facts.db, facts.journal, backups), facts: { ...facts, backups } };
}

export interface RecoveryPreview {
  why: 'emptied' | 'behind';
  base: RecoveryBase;
  /** Changes from the journal applied on top of the base. */
  replayed: number;
  before: DataCounts;
  after: DataCounts;
  warnings: RecoveryWarning[];
  /** The rebuilt data, written only when the coordinator confirms. */
  data: BackupData;
  /** The journal position the rebuilt data stands at (null without a journal). */
  target: JournalPosition | null;
}

export type Prepared = { kind: 'preview'; preview: RecoveryPreview } | { kind: 'unrecoverable'; warnings: RecoveryWarning[]; before: DataCounts };

/**
 * Builds the recovered data for a 'recover' decision, without writing anything. A backup that turns out damaged
 * when read in full is left out and the decision taken again without it.
 */
export async function prepareRecovery(db: OspitaDatabase, facts: StartupFacts): Promise<Prepared> {
  const current = await readAllData(db);
  const before = countData(current);
  let backups = facts.backups ?? (await readBackupFacts());
  for (;;) {
    const decision = decideAtStartup(facts.db, facts.journal, backups);
    if (decision.kind === 'unrecoverable') return { kind: 'unrecoverable', warnings: decision.warnings, before };
    if (decision.kind !== 'recover') return { kind: 'unrecoverable', warnings: [], before };
    let base: BackupData;
    if (decision.base.kind === 'database') base = current;
    else if (decision.base.kind === 'empty') base = emptyData();
    else {
      const name = decision.base.name;
      const read = await host.readBackup(name).then(readBackup, () => null);
      if (!read?.ok) {
        backups = backups.filter((b) => b.name !== name);
        continue;
      }
      base = read.backup.data;
    }
    const pending = facts.changes.filter((c) => c.seq > decision.replayAfter);
    const { data, applied } = replayChanges(base, pending);
    const target = facts.journal ? { id: facts.journal.id, position: Math.max(facts.journal.last, facts.db.marker?.id === facts.journal.id ? facts.db.marker.position : 0) } : null;
    return { kind: 'preview', preview: { why: decision.why, base: decision.base, replayed: applied, before, after: countData(data), warnings: decision.warnings, data, target } };
  }
}

/**
 * Writes the recovered data: first a copy of what the database holds now (if anything), then the recovered data
 * as an automatic backup at the journal's position (so a kill in the next step is recovered from it), then the
 * database replaced in one transaction.
 */
export async function applyRecovery(db: OspitaDatabase, preview: RecoveryPreview): Promise<void> {
  if ((await readDatabaseFacts(db)).hasData) await autoBackups.writeDocument(await createBackup(db), 'manual');
  await writeBackupOf(preview.data, preview.target, 'recovery');
  await restoreBackup({ data: preview.data }, db, preview.target);
}

/** Marks the database as the journal's at its last change: for data from before the journal, or a start afresh. */
export async function markDatabase(db: OspitaDatabase, position: JournalPosition): Promise<void> {
  await db.meta.put({ id: 'journal', journalId: position.id, position: position.position });
}
