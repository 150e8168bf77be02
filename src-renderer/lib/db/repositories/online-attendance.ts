// Presence followed online, from a platform's attendance report confirmed on the review screen: the walk-ins the
// coordinator added and every participant's entries and exits of the day, written in one transaction (or, if
// anything is wrong, not at all). The planning is ../../domain/online-attendance.ts's business.
import { emptyParticipantInput } from '../../domain/participants';
import { joinSpans, onlineSummaryOfDay, planOnlineImport, spansOnDay, type ReportDecision, type ReportedPerson, type Span } from '../../domain/online-attendance';
import type { AttendanceEvent, IsoDate, ReportPlatform } from '../../domain/types';
import { readDay, appendToDay } from '../attendance-days';
import { getDb } from '../index';
import { newId, orderedInstants } from '../ids';
import { journaledWrite } from '../journaled';
import { getSettings } from './settings';
import { registerWalkInsWithin } from './participants';

export class OnlineImportError extends Error {
  constructor(readonly code: 'sessionNotFound' | 'notSessionDay' | 'unknownParticipant') {
    super(code);
  }
}

export interface ConfirmedReport {
  sessionId: string;
  day: IsoDate;
  platform: ReportPlatform;
  people: readonly ReportedPerson[];
  /** One decision per person of the report, in the same order. */
  decisions: readonly ReportDecision[];
  mode: 'replace' | 'add';
  /** Stored on the events (which report, from which file). */
  reason: string;
}

export interface OnlineImportOutcome {
  /** Participants whose online presence of the day was written. */
  written: number;
  replaced: number;
  removed: number;
  unchanged: number;
  walkIns: number;
}

/** What the day already holds from earlier reports (shown before importing another one). */
export async function onlineSummary(sessionId: string, day: IsoDate) {
  return onlineSummaryOfDay(await readDay(getDb(), sessionId, day), day);
}

/**
 * Writes a confirmed report: walk-ins first, then the day's online entries and exits, all in one transaction,
 * journaled like the desk's check-ins.
 */
export async function importOnlineAttendance(report: ConfirmedReport): Promise<OnlineImportOutcome> {
  const db = getDb();
  return journaledWrite([db.sessions, db.participantLists, db.attendanceDays, db.settings], async (change) => {
    const session = await db.sessions.get(report.sessionId);
    if (!session) throw new OnlineImportError('sessionNotFound');
    if (!session.days.includes(report.day)) throw new OnlineImportError('notSessionDay');
    const list = (await db.participantLists.get(report.sessionId))?.participants ?? [];
    const known = new Set(list.filter((p) => p.status !== 'annullato').map((p) => p.id));

    const walkInIndexes: number[] = [];
    const walkInInputs = report.decisions.flatMap((d, i) => {
      if (d.action !== 'walkIn') return [];
      walkInIndexes.push(i);
      return [{ ...emptyParticipantInput(), surname: d.surname, name: d.name, organisation: d.organisation, email: report.people[i]!.email, notes: '' }];
    });
    const walkIns = await registerWalkInsWithin(report.sessionId, walkInInputs);
    change.put('participants', walkIns);
    const walkInOf = new Map(walkInIndexes.map((index, k) => [index, walkIns[k]!.id]));

    const presence = new Map<string, Span[]>();
    report.decisions.forEach((d, i) => {
      const participantId = d.action === 'assign' ? d.participantId : d.action === 'walkIn' ? walkInOf.get(i)! : null;
      if (!participantId) return;
      if (d.action === 'assign' && !known.has(participantId)) throw new OnlineImportError('unknownParticipant');
      presence.set(participantId, joinSpans([...(presence.get(participantId) ?? []), ...spansOnDay(report.people[i]!.intervals, report.day)]));
    });

    const log = await readDay(db, report.sessionId, report.day);
    const plan = planOnlineImport(log, { sessionId: report.sessionId, day: report.day, platform: report.platform, presence, mode: report.mode, reason: report.reason });
    if (plan.drafts.length) {
      const [recordedAt] = orderedInstants() as [string];
      const settings = await getSettings();
      const events: AttendanceEvent[] = plan.drafts.map((d) => ({ ...d, id: newId(), recordedAt, station: settings.stationName, stationId: settings.stationId! }));
      change.events(events);
      await appendToDay(db, report.sessionId, report.day, log, events);
    }
    return { written: plan.written.length, replaced: plan.replaced.length, removed: plan.removed.length, unchanged: plan.unchanged.length, walkIns: walkIns.length };
  });
}
