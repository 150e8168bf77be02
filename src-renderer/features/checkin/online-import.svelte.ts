// The import of a platform's attendance report: the file read, its people matched to the session's
// participants, the coordinator's decisions, then everything written at once. Nothing is written before
// `confirm()`; a file that cannot be used leaves the screen with an Italian message and the data untouched.
import { importOnlineAttendance, OnlineImportError, onlineSummary, type OnlineImportOutcome } from '../../lib/db/repositories/online-attendance';
import { listParticipants } from '../../lib/db/repositories/participants';
import { defaultDecision, matchReport, type MatchResult, type ReportDecision } from '../../lib/domain/online-attendance';
import type { IsoDate, Participant, Session } from '../../lib/domain/types';
import { AttendanceImportError, readAttendanceReport, type AttendanceReport, type DateOrder } from '../../lib/import/attendance';

export type ImportProblem =
  | { kind: 'file'; error: AttendanceImportError }
  | { kind: 'otherDay'; date: IsoDate }
  | { kind: 'unexpected' };

export class OnlineImport {
  fileName = $state('');
  reading = $state(false);
  saving = $state(false);
  problem = $state.raw<ImportProblem | null>(null);
  report = $state.raw<AttendanceReport | null>(null);
  /** Set when the order of day and month was switched because only the other reading is a session day. */
  switchedOrder = $state(false);
  participants = $state.raw<Participant[]>([]);
  match = $state.raw<MatchResult | null>(null);
  decisions = $state<ReportDecision[]>([]);
  mode = $state<'replace' | 'add'>('replace');
  /** What the day already holds from earlier reports. */
  earlier = $state.raw<{ people: number; reasons: string[] } | null>(null);
  outcome = $state.raw<OnlineImportOutcome | null>(null);

  #bytes: Uint8Array | null = null;
  #session: Session;
  #day: () => IsoDate;

  /** `day` is the day chosen on the screen: the one a report without a date is about. */
  constructor(session: Session, day: () => IsoDate) {
    this.#session = session;
    this.#day = day;
  }

  get day(): IsoDate {
    return this.report?.meeting.date ?? this.#day();
  }

  reset(): void {
    this.#bytes = null;
    this.report = null;
    this.match = null;
    this.decisions = [];
    this.problem = null;
    this.switchedOrder = false;
    this.fileName = '';
  }

  async choose(file: File): Promise<void> {
    this.reset();
    this.outcome = null;
    this.fileName = file.name;
    this.reading = true;
    try {
      this.#bytes = new Uint8Array(await file.arrayBuffer());
      await this.#read();
    } finally {
      this.reading = false;
    }
  }

  /** Reads the file again with the other order of day and month (the coordinator knows better). */
  async reread(order: DateOrder): Promise<void> {
    if (!this.#bytes) return;
    this.reading = true;
    try {
      await this.#read(order);
    } finally {
      this.reading = false;
    }
  }

  async #read(order?: DateOrder): Promise<void> {
    this.problem = null;
    this.report = null;
    this.switchedOrder = false;
    const days = this.#session.days;
    try {
      let report = await readAttendanceReport(this.#bytes!, { day: this.#day(), dateOrder: order });
      // Day and month could not be told apart, and only the other reading is a day of this session: take it.
      if (!order && !days.includes(report.meeting.date) && (report.dateOrder.decided === 'assumed' || report.dateOrder.decided === 'locale')) {
        const other = await readAttendanceReport(this.#bytes!, { day: this.#day(), dateOrder: report.dateOrder.order === 'dmy' ? 'mdy' : 'dmy' });
        if (days.includes(other.meeting.date)) {
          report = other;
          this.switchedOrder = true;
        }
      }
      if (!days.includes(report.meeting.date)) {
        this.problem = { kind: 'otherDay', date: report.meeting.date };
        this.report = report;
        return;
      }
      const participants = await listParticipants(this.#session.id);
      const match = matchReport(report.people, participants);
      const earlier = await onlineSummary(this.#session.id, report.meeting.date);
      this.participants = participants;
      this.match = match;
      this.decisions = match.matches.map((m) => defaultDecision(report.people[m.index]!, m));
      this.earlier = earlier.people ? earlier : null;
      this.mode = 'replace';
      this.report = report;
    } catch (error) {
      this.problem = error instanceof AttendanceImportError ? { kind: 'file', error } : { kind: 'unexpected' };
      if (!(error instanceof AttendanceImportError)) console.error(error);
    }
  }

  /** Writes the report as decided, in one transaction. */
  async confirm(reason: string): Promise<boolean> {
    const report = this.report;
    if (!report || this.problem) return false;
    this.saving = true;
    try {
      this.outcome = await importOnlineAttendance({
        sessionId: this.#session.id,
        day: report.meeting.date,
        platform: report.platform,
        people: report.people,
        decisions: $state.snapshot(this.decisions) as ReportDecision[],
        mode: this.mode,
        reason,
      });
      this.reset();
      return true;
    } catch (error) {
      this.problem = error instanceof OnlineImportError && error.code === 'notSessionDay' ? { kind: 'otherDay', date: report.meeting.date } : { kind: 'unexpected' };
      if (!(error instanceof OnlineImportError)) console.error(error);
      return false;
    } finally {
      this.saving = false;
    }
  }
}
