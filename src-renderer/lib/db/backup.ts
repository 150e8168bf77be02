// Backup and restore of the whole database. The file format and its validation live in ./backup-document.ts;
// here the database is read at one instant and replaced all at once or not at all.
import pkg from '../../../package.json';
import { DEFAULT_SETTINGS } from '../domain/settings';
import {
  buildBackupDocument,
  readBackupFile,
  serialiseBackup,
  summariseBackup,
  type BackupData,
  type BackupDocument,
  type BackupEnvironment,
  type ReadBackupResult,
} from './backup-document';
import { groupIntoDays, readAllEvents } from './attendance-days';
import { groupIntoLists, readAllParticipants } from './participant-lists';
import { STORED_TABLES, type OspitaDatabase } from './database';
import { getDb } from './index';
import { nowInstant } from './ids';
import { CURRENT_SCHEMA_VERSION } from './versions';

export const APP_VERSION: string = pkg.version;
export const BACKUP_ENVIRONMENT: BackupEnvironment = { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION };

const storedTables = (db: OspitaDatabase) => STORED_TABLES.map((t) => db.table(t));

/** Every table, read in one read-only transaction so the copy is consistent. */
export async function readAllData(db: OspitaDatabase = getDb()): Promise<BackupData> {
  return db.transaction('r', storedTables(db), async () => {
    const [settings, offers, sessions, agendaItems, participants, attendance] = await Promise.all([
      db.settings.toArray(),
      db.offers.toArray(),
      db.sessions.toArray(),
      db.agendaItems.toArray(),
      readAllParticipants(db),
      readAllEvents(db),
    ]);
    return { settings, offers, sessions, agendaItems, participants, attendance };
  });
}

export async function createBackup(db: OspitaDatabase = getDb(), now: Date = new Date()): Promise<BackupDocument> {
  const data = await readAllData(db);
  const station = data.settings.find((s) => s.id === 'host')?.stationName ?? DEFAULT_SETTINGS.stationName;
  return buildBackupDocument(data, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: nowInstant(now), station });
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

/** Replaces every table with the backup's content in one transaction: a failure leaves the old data intact. */
export async function restoreBackup(doc: BackupDocument, db: OspitaDatabase = getDb()): Promise<void> {
  await replaceAllData(doc.data, db);
}

/** Every table's content replaced by `data` at once (joins the caller's read-write transaction, if any). */
export async function replaceAllData(data: BackupData, db: OspitaDatabase = getDb()): Promise<void> {
  const { settings, offers, sessions, agendaItems, participants, attendance } = data;
  await db.transaction('rw', storedTables(db), async () => {
    await Promise.all(storedTables(db).map((table) => table.clear()));
    await Promise.all([
      db.settings.bulkAdd(settings),
      db.offers.bulkAdd(offers),
      db.sessions.bulkAdd(sessions),
      db.agendaItems.bulkAdd(agendaItems),
      db.participantLists.bulkAdd(groupIntoLists(participants)),
      db.attendanceDays.bulkAdd(groupIntoDays(attendance)),
    ]);
  });
}

export { summariseBackup };
export type { BackupDocument, BackupSummary, BackupProblem } from './backup-document';
