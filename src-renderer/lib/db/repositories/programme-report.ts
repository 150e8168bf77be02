// Everything the Riepilogo is computed from, read in one transaction; the figures themselves are
// lib/report/programme-report.ts.
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { HostSettings } from '../../domain/types';
import type { ReportInput } from '../../report/programme-report';
import { readAllEvents } from '../attendance-days';
import { readAllFeedback } from '../feedback-lists';
import { readAllParticipants } from '../participant-lists';
import { getDb } from '../index';

export async function loadReportInput(): Promise<ReportInput & { settings: HostSettings }> {
  const db = getDb();
  return db.transaction('r', [db.settings, db.offers, db.sessions, db.agendaItems, db.participantLists, db.attendanceDays, db.feedbackLists], async () => {
    const [stored, offers, sessions, agendaItems, participants, attendance, feedback] = await Promise.all([
      db.settings.get('host'),
      db.offers.toArray(),
      db.sessions.toArray(),
      db.agendaItems.toArray(),
      readAllParticipants(db),
      readAllEvents(db),
      readAllFeedback(db),
    ]);
    return { settings: { ...DEFAULT_SETTINGS, ...stored }, offers, sessions, agendaItems, participants, attendance, feedback };
  });
}
