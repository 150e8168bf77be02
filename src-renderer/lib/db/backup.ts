// Backup and restore of the whole database. The file format and its validation live in ./backup-document.ts;
// here the database is read at one instant and replaced all at once or not at all.
import pkg from '../../../package.json';
import { applyLedger, keptOut, NO_EFFECT, unionLedger, type KeptOut, type LedgerEffect, type LedgerRecord } from '../domain/privacy-ledger';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { stationLabel } from '../domain/station';
import type { HostSettings } from '../domain/types';
import { stationIdFor, thisStationId } from '../station';
import {
  buildBackupDocument,
  participantsToRestore,
  readBackupFile,
  serialiseBackup,
  summariseBackup,
  type BackupData,
  type BackupDocument,
  type BackupEnvironment,
  type ReadBackupResult,
} from './backup-document';
import { groupIntoDays } from './attendance-days';
import { groupIntoLists } from './participant-lists';
import { groupIntoFeedbackLists } from './feedback-lists';
import { STORED_TABLES, type JournalMarker, type OspitaDatabase } from './database';
import type { JournalPosition } from '../../../src-main/preload/api';
import { getDb } from './index';
import { nowInstant } from './ids';
import { readRecords } from './read-records';
import { CURRENT_SCHEMA_VERSION } from './versions';

export const APP_VERSION: string = pkg.version;
export const BACKUP_ENVIRONMENT: BackupEnvironment = { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION };

const storedTables = (db: OspitaDatabase) => STORED_TABLES.map((t) => db.table(t));

/** Every table, read in one read-only transaction so the copy is consistent. */
export async function readAllData(db: OspitaDatabase = getDb()): Promise<BackupData> {
  return (await readSnapshot(db)).data;
}

/** Every table and the journal position they hold, read at one instant. */
export async function readSnapshot(db: OspitaDatabase = getDb()): Promise<{ data: BackupData; journal: JournalPosition | null }> {
  return db.transaction('r', [...storedTables(db), db.meta], async () => {
    const [settings, records, marker] = await Promise.all([db.settings.toArray(), readRecords(db), db.meta.get('journal')]);
    return { data: { settings, ...records }, journal: marker ? { id: marker.journalId, position: marker.position } : null };
  });
}

/** The database's journal marker, if any. */
export async function readMarker(db: OspitaDatabase = getDb()): Promise<JournalPosition | null> {
  const marker = await db.meta.get('journal');
  return marker ? { id: marker.journalId, position: marker.position } : null;
}

/** A backup document of the given data. */
export function backupOf(data: BackupData, journal: JournalPosition | null, now: Date = new Date()): Promise<BackupDocument> {
  const host = data.settings.find((s) => s.id === 'host');
  const station = stationLabel(host?.stationName, host?.stationId ?? thisStationId());
  return buildBackupDocument(data, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: nowInstant(now), station, ...(journal ? { journal } : {}) });
}

/** A backup of the whole database, with the journal position it holds. */
export async function createBackup(db: OspitaDatabase = getDb(), now: Date = new Date()): Promise<BackupDocument> {
  const { data, journal } = await readSnapshot(db);
  return backupOf(data, journal, now);
}

/** The backup as the text of a file. */
export async function createBackupJson(db: OspitaDatabase = getDb(), now: Date = new Date()): Promise<string> {
  return serialiseBackup(await createBackup(db, now));
}

export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ospita-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.json`;
}

/** Validates a file for this app; never throws for bad content. */
export function readBackup(input: Uint8Array | string): Promise<ReadBackupResult> {
  return readBackupFile(input, BACKUP_ENVIRONMENT);
}

/**
 * Replaces every table with the backup's content in one transaction: a failure leaves the old data intact.
 * `marker`: the journal position the new content stands at (see features/settings/backup-flow and recovery).
 * Two people of one session with the same check-in code get told apart as the review showed (summariseBackup).
 * The purges and erasures this database knows are applied to the content first (see withLedger); the returned
 * effect says what they took out.
 */
export async function restoreBackup(doc: Pick<BackupDocument, 'data'>, db: OspitaDatabase = getDb(), marker: JournalPosition | null = null): Promise<LedgerEffect> {
  let effect: LedgerEffect = NO_EFFECT;
  await db.transaction('rw', [...storedTables(db), db.meta], async () => {
    const applied = await restoreData(doc, db);
    effect = applied.effect;
    await replaceAllData(applied.data, db, marker);
  });
  return effect;
}

/**
 * A backup's data with this database's ledger joined to the file's and every purge and erasure in it applied
 * again, so a file made before them never brings that personal data back. Pure.
 */
export function withLedger(incoming: BackupData, localLedger: readonly LedgerRecord[]): { data: BackupData; effect: LedgerEffect } {
  const privacyLedger = unionLedger(localLedger, incoming.privacyLedger ?? []);
  const { data, effect } = applyLedger(incoming, privacyLedger);
  return { data: { ...data, privacyLedger }, effect };
}

/** What a restore writes (see dataToRestore) with the privacy ledger applied, and what the ledger took out. */
export async function restoreData(doc: Pick<BackupDocument, 'data'>, db: OspitaDatabase = getDb()): Promise<{ data: BackupData; effect: LedgerEffect }> {
  return withLedger(await dataToRestore(doc, db), await db.privacyLedger.toArray());
}

/**
 * What a restore of this backup would keep out (purged or erased after it was made, by this database's ledger or
 * the file's own), said in the review before the coordinator confirms.
 */
export async function previewRestore(doc: Pick<BackupDocument, 'data'>, db: OspitaDatabase = getDb()): Promise<KeptOut> {
  return keptOut(doc.data, unionLedger(await db.privacyLedger.toArray(), doc.data.privacyLedger ?? []));
}

/**
 * What a restore writes: the backup's data with check-in codes made unique per session, and this computer's
 * station id and name kept (a restore never makes this laptop another station).
 */
export async function dataToRestore(doc: Pick<BackupDocument, 'data'>, db: OspitaDatabase = getDb()): Promise<BackupData> {
  const settings = keepThisStation(doc.data.settings, await db.settings.get('host'));
  return { ...doc.data, settings, participants: participantsToRestore(doc).participants };
}

/** Every table's content replaced by `data` at once (joins the caller's read-write transaction, if any). */
export async function replaceAllData(data: BackupData, db: OspitaDatabase = getDb(), marker: JournalPosition | null = null): Promise<void> {
  const { settings, offers, sessions, agendaItems, participants, attendance, documentTemplates, questionnaires, feedback, privacyLedger } = data;
  await db.transaction('rw', [...storedTables(db), db.meta], async () => {
    await Promise.all(storedTables(db).map((table) => table.clear()));
    // Without a journal position the new content belongs to no journal yet: the next start marks it (adopt).
    if (marker) await db.meta.put({ id: 'journal', journalId: marker.id, position: marker.position } satisfies JournalMarker);
    else await db.meta.clear();
    await Promise.all([
      db.settings.bulkAdd(settings),
      db.offers.bulkAdd(offers),
      db.sessions.bulkAdd(sessions),
      db.agendaItems.bulkAdd(agendaItems),
      db.participantLists.bulkAdd(groupIntoLists(participants)),
      db.attendanceDays.bulkAdd(groupIntoDays(attendance)),
      db.documentTemplates.bulkAdd(documentTemplates),
      db.questionnaires.bulkAdd(questionnaires),
      db.feedbackLists.bulkAdd(groupIntoFeedbackLists(feedback)),
      db.privacyLedger.bulkAdd(privacyLedger ?? []),
    ]);
  });
}

/**
 * The backup's settings with this laptop's station id and name instead of the backup's: they belong to the
 * laptop, not to the data (restoring another station's backup must not make two stations one). A database
 * emptied by a loss and restored from this laptop's own backup gets its name back from it.
 */
function keepThisStation(incoming: HostSettings[], current: HostSettings | undefined): HostSettings[] {
  const stationId = stationIdFor(current?.stationId);
  const host = incoming.find((s) => s.id === 'host');
  const stationName = current ? current.stationName : host?.stationId === stationId ? host.stationName : '';
  if (!host) return stationName ? [...incoming, { ...DEFAULT_SETTINGS, stationId, stationName, updatedAt: nowInstant() }] : incoming;
  return incoming.map((s) => (s.id === 'host' ? { ...s, stationId, stationName } : s));
}

export { summariseBackup };
export type { BackupDocument, BackupSummary, BackupProblem } from './backup-document';
