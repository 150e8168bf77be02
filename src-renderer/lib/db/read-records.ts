// Every stored record the way backups carry them, table by table (participants, attendance and answers unpacked
// from their grouped lists): what a backup copies and what a merge compares with the incoming file. The caller
// opens the read transaction that makes the copy consistent.
import type { BackupData } from './backup-document';
import { readAllEvents } from './attendance-days';
import type { OspitaDatabase } from './database';
import { readAllFeedback } from './feedback-lists';
import { readAllParticipants } from './participant-lists';

export type StoredRecords = Omit<BackupData, 'settings'>;

export async function readRecords(db: OspitaDatabase): Promise<StoredRecords> {
  const [offers, sessions, agendaItems, participants, attendance, documentTemplates, questionnaires, feedback, privacyLedger] = await Promise.all([
    db.offers.toArray(),
    db.sessions.toArray(),
    db.agendaItems.toArray(),
    readAllParticipants(db),
    readAllEvents(db),
    db.documentTemplates.toArray(),
    db.questionnaires.toArray(),
    readAllFeedback(db),
    db.privacyLedger.toArray(),
  ]);
  return { offers, sessions, agendaItems, participants, attendance, documentTemplates, questionnaires, feedback, privacyLedger };
}
