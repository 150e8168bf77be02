// What the Riepilogo is computed from, read in one transaction; the figures themselves are
// lib/report/programme-report.ts. Only the sessions of the period are read with their people, presences and
// answers (through the index of first days): ten years of data weigh on a year's report only by their sessions.
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { HostSettings, Session } from '../../domain/types';
import type { ReportInput, ReportPeriod } from '../../report/programme-report';
import { flattenDays } from '../attendance-days';
import { flattenFeedbackLists } from '../feedback-lists';
import { flattenLists } from '../participant-lists';
import { getDb } from '../index';

export interface ReportData extends ReportInput {
  settings: HostSettings;
  /** The years that have sessions, for the choice of period. */
  years: string[];
}

export async function loadReportInput(period: ReportPeriod): Promise<ReportData> {
  const db = getDb();
  return db.transaction('r', [db.settings, db.offers, db.sessions, db.agendaItems, db.participantLists, db.attendanceDays, db.feedbackLists], async () => {
    const [stored, offers, firstDays, sessions] = await Promise.all([
      db.settings.get('host'),
      db.offers.toArray(),
      db.sessions.orderBy('firstDay').uniqueKeys(),
      db.sessions.where('firstDay').between(period.from, period.to, true, true).toArray(),
    ]);
    const ids = sessions.map((s: Session) => s.id);
    const [agendaItems, lists, days, feedback] = await Promise.all([
      ids.length ? db.agendaItems.where('sessionId').anyOf(ids).toArray() : [],
      db.participantLists.bulkGet(ids),
      Promise.all(ids.map((id) => db.attendanceDays.where('[sessionId+day]').between([id, ''], [id, '\uffff']).toArray())),
      db.feedbackLists.bulkGet(ids),
    ]);
    const years = [...new Set((firstDays as string[]).filter(Boolean).map((d) => d.slice(0, 4)))];
    return {
      settings: { ...DEFAULT_SETTINGS, ...stored },
      offers,
      sessions,
      agendaItems,
      participants: flattenLists(lists.filter((l) => l !== undefined)),
      attendance: flattenDays(days.flat()),
      feedback: flattenFeedbackLists(feedback.filter((l) => l !== undefined)),
      years,
    };
  });
}
