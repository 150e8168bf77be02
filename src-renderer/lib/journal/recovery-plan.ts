// The start-up decision: is the database what the app last knew, or did something (Chromium deleting a database
// it found damaged after a kill, a disk restored from an old copy) leave it empty or behind? The database keeps a
// marker, written in the same transaction as every change: the journal it belongs to and the sequence number of
// its last change. A database that lost its data lost its marker with it (or kept an older one), while the
// journal and the automatic backups, kept outside IndexedDB, still know how far things went. Pure.
import type { BackupReason, JournalPosition } from '../../../src-main/preload/api';

export interface DatabaseFacts {
  /** Any record at all (settings included). */
  hasData: boolean;
  /** The journal and the last change the database holds; null for a new, wiped or pre-journal database. */
  marker: JournalPosition | null;
}

export interface JournalFacts {
  id: string;
  base: number;
  last: number;
  /** Sequence numbers of the changes in the journal. */
  seqs: number[];
  /** Changes that could not be read (damaged lines, or changes that failed their check). */
  unreadable: number;
  /** A journal that could not be read at all was set aside (where). */
  setAside: string | null;
}

export interface BackupFacts {
  name: string;
  createdAt: string;
  reason: BackupReason;
  journal: JournalPosition | null;
  hasData: boolean;
}

export type RecoveryBase =
  | { kind: 'database'; position: number }
  | { kind: 'backup'; name: string; createdAt: string; position: number | null }
  | { kind: 'empty' };

export type RecoveryWarning =
  /** The journal could not be opened: changes after the backup cannot be recovered. */
  | { kind: 'journalUnavailable' }
  /** A journal that could not be read was set aside; what it held is not in the recovery. */
  | { kind: 'journalSetAside'; location: string }
  /** Some changes in the journal could not be read. */
  | { kind: 'unreadableChanges'; count: number }
  /** The base is older than the oldest change the journal still holds: the changes in between are missing. */
  | { kind: 'notCovered' };

export type StartupDecision =
  /** Nothing known anywhere: a first start. */
  | { kind: 'fresh' }
  | { kind: 'ok' }
  /**
   * The database holds changes the journal never got: a kill between the database's commit and the journal's
   * write (the desk had not confirmed them yet, but it will say «già presente» for them now). Only the database
   * has them: they must be copied out of it (a backup) before anything else happens.
   */
  | { kind: 'ahead' }
  /** Data the journal does not know yet (a database from before the journal, or from another journal): mark it. */
  | { kind: 'adopt' }
  | { kind: 'recover'; why: 'emptied' | 'behind'; base: RecoveryBase; replayAfter: number; warnings: RecoveryWarning[] }
  /** The database lost its data and nothing is left to rebuild it from. */
  | { kind: 'unrecoverable'; warnings: RecoveryWarning[] };

type Candidate = { base: RecoveryBase; position: number | null; createdAt: string; rank: number };

/** Highest position first; at the same position the database, then the newest backup. */
function better(a: Candidate, b: Candidate): number {
  const pa = a.position ?? -1;
  const pb = b.position ?? -1;
  return pb - pa || a.rank - b.rank || b.createdAt.localeCompare(a.createdAt);
}

/**
 * What to do at start-up. `journal` is null when it could not be opened; `backups` are the readable automatic
 * backups (a recovery that finds one damaged asks again without it).
 */
export function decideAtStartup(db: DatabaseFacts, journal: JournalFacts | null, backups: readonly BackupFacts[]): StartupDecision {
  const withData = backups.filter((b) => b.hasData);
  if (!journal) {
    if (db.hasData || db.marker) return { kind: 'ok' };
    const newest = [...withData].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!newest) return { kind: 'fresh' };
    return { kind: 'recover', why: 'emptied', base: { kind: 'backup', name: newest.name, createdAt: newest.createdAt, position: null }, replayAfter: 0, warnings: [{ kind: 'journalUnavailable' }] };
  }

  let why: 'emptied' | 'behind';
  if (db.marker && db.marker.id === journal.id) {
    if (db.marker.position > journal.last) return { kind: 'ahead' };
    if (db.marker.position === journal.last) return { kind: 'ok' };
    why = db.hasData ? 'behind' : 'emptied';
  } else if (db.marker || db.hasData) {
    return { kind: 'adopt' };
  } else {
    const evidence = journal.seqs.length > 0 || journal.unreadable > 0 || journal.setAside !== null || withData.length > 0;
    if (!evidence) return { kind: 'fresh' };
    why = 'emptied';
  }

  const warnings: RecoveryWarning[] = [];
  if (journal.setAside) warnings.push({ kind: 'journalSetAside', location: journal.setAside });
  if (journal.unreadable > 0) warnings.push({ kind: 'unreadableChanges', count: journal.unreadable });

  const candidates: Candidate[] = [];
  if (why === 'behind' && db.marker) candidates.push({ base: { kind: 'database', position: db.marker.position }, position: db.marker.position, createdAt: '', rank: 0 });
  for (const b of backups) {
    const position = b.journal && b.journal.id === journal.id ? b.journal.position : null;
    candidates.push({ base: { kind: 'backup', name: b.name, createdAt: b.createdAt, position }, position, createdAt: b.createdAt, rank: 1 });
  }
  const covering = candidates.filter((c) => c.position !== null && c.position >= journal.base).sort(better);
  // A backup from before this journal (or of another one) that holds data beats starting from nothing.
  const older = candidates.filter((c) => c.position === null && withData.some((b) => c.base.kind === 'backup' && b.name === c.base.name)).sort(better);
  let chosen = covering[0];
  // A journal never trimmed holds every change since the first: an empty database plus all of it is complete.
  if (!chosen && journal.base === 0 && !older.length) chosen = { base: { kind: 'empty' }, position: 0, createdAt: '', rank: 2 };
  if (!chosen) {
    // Nothing reaches the journal's oldest change: take the most recent thing there is, and say what is missing.
    chosen = [...candidates.filter((c) => c.position !== null), ...older].sort(better)[0];
    if (!chosen) return { kind: 'unrecoverable', warnings };
    warnings.push({ kind: 'notCovered' });
  }
  if (chosen.base.kind === 'empty' && journal.seqs.length === 0) return { kind: 'unrecoverable', warnings };
  return { kind: 'recover', why, base: chosen.base, replayAfter: chosen.position ?? 0, warnings };
}
