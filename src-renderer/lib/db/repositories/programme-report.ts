// What the Riepilogo is computed from, read in one transaction: the period's sessions and, for each of them, its
// figures (lib/report/session-figures.ts). Figures kept from an earlier report are used while the session has not
// changed since (./../report-figures.ts); only the other sessions are read with their people, presences, programme
// and answers, and their figures are kept for next time. So ten years of data weigh on a report by what changed.
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { HostSettings, Offer, Session } from '../../domain/types';
import { figuresOfPeriod, sessionsOfPeriod, type ReportPeriod } from '../../report/programme-report';
import type { SessionFigures } from '../../report/session-figures';
import { flattenDays } from '../attendance-days';
import { flattenFeedbackLists } from '../feedback-lists';
import { flattenLists } from '../participant-lists';
import { FIGURES_TABLE, keepFigures, readKeptFigures } from '../report-figures';
import { getDb } from '../index';

export interface ReportData {
  settings: HostSettings;
  offers: Offer[];
  sessions: Session[];
  /** The figures of every session of the period that was not cancelled. */
  figures: Map<string, SessionFigures>;
  /** The years that have sessions, for the choice of period. */
  years: string[];
}

export async function loadReportData(period: ReportPeriod): Promise<ReportData> {
  const db = getDb();
  const read = await db.transaction('r', [db.settings, db.offers, db.sessions, db.agendaItems, db.participantLists, db.attendanceDays, db.feedbackLists, db.table(FIGURES_TABLE)], async () => {
    const [stored, offers, firstDays, sessions] = await Promise.all([
      db.settings.get('host'),
      db.offers.toArray(),
      db.sessions.orderBy('firstDay').uniqueKeys(),
      db.sessions.where('firstDay').between(period.from, period.to, true, true).toArray(),
    ]);
    const settings: HostSettings = { ...DEFAULT_SETTINGS, ...stored };
    const kept = await readKeptFigures(db, sessionsOfPeriod(sessions, period).active.map((s) => s.id), settings);
    const ids = [...kept.stale.keys()];
    const [agendaItems, lists, days, feedback] = await Promise.all([
      ids.length ? db.agendaItems.where('sessionId').anyOf(ids).toArray() : [],
      db.participantLists.bulkGet(ids),
      Promise.all(ids.map((id) => db.attendanceDays.where('[sessionId+day]').between([id, ''], [id, '\uffff']).toArray())),
      db.feedbackLists.bulkGet(ids),
    ]);
    const records = {
      settings,
      offers,
      sessions: sessions.filter((s) => kept.stale.has(s.id)),
      agendaItems,
      participants: flattenLists(lists.filter((l) => l !== undefined)),
      attendance: flattenDays(days.flat()),
      feedback: flattenFeedbackLists(feedback.filter((l) => l !== undefined)),
    };
    const years = [...new Set((firstDays as string[]).filter(Boolean).map((d) => d.slice(0, 4)))];
    return { settings, offers, sessions, kept, records, years };
  });
  const computed = figuresOfPeriod(read.records, period);
  await keepFigures(db, read.kept, computed, read.settings);
  return { settings: read.settings, offers: read.offers, sessions: read.sessions, figures: new Map([...read.kept.current, ...computed]), years: read.years };
}
