// The programme's report over a period (Riepilogo): exchanges offered and sessions held, who came from which
// organisation, hours of training delivered, certificates, attendance rate, what guests thought; by month and by
// offer. One pure module for the screen, the Word and Excel exports and `npm run report`.
//
// The rules, as the report states them:
// - a session belongs to the period by its first day; a cancelled session (annullata) counts only as cancelled;
// - "held" is a session whose status is svolta;
// - "present" is anyone registered to a session (confirmed, waiting list, walk-in) with at least one entry not voided;
//   people, hours and certificates come from every session of the period that was not cancelled, so a session
//   whose status was not yet set to svolta still counts what it delivered (and is listed as a warning);
// - person-hours are the minutes each present person attended of the programme's counted items, as the
//   certificates reckon them; certificates are those due by the hours rule or decided by hand;
// - the attendance rate is present people out of those expected: the confirmed, plus anyone else who came;
// - a session whose personal data was purged contributes its anonymous statistics (present, minutes, and the
//   registered per organisation); its certificates can no longer be counted.
import { groupBy } from '../domain/collections';
import { isIsoDate } from '../domain/dates';
import { distributionAverage, emptyDistribution, STANDARD_SCALES, type StandardScale } from '../domain/feedback';
import type { AgendaItem, AttendanceEvent, FeedbackResponse, IsoDate, Offer, Participant, Session } from '../domain/types';
import { organisationKey, sessionFigures, type FiguresSettings, type SessionFigures } from './session-figures';

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface ReportInput {
  settings: FiguresSettings;
  offers: readonly Offer[];
  sessions: readonly Session[];
  agendaItems: readonly AgendaItem[];
  participants: readonly Participant[];
  attendance: readonly AttendanceEvent[];
  feedback: readonly FeedbackResponse[];
}

export interface ScaleSummary {
  id: StandardScale;
  answered: number;
  average: number | null;
  /** How many gave 1..5 (index 0 is 1). */
  distribution: number[];
}

export interface OrganisationFigures {
  name: string;
  /** Looks like a municipality ("Comune di …"). */
  municipality: boolean;
  /** People present (per session: someone at two sessions counts twice). */
  participants: number;
  sessions: number;
  personHours: number;
}

export interface MonthFigures {
  /** `yyyy-MM` */
  month: string;
  sessions: number;
  sessionsHeld: number;
  participantsPresent: number;
  personHours: number;
  certificates: number;
  responses: number;
  /** Average of the overall satisfaction, null with no answers. */
  satisfaction: number | null;
}

export interface OfferFigures {
  offerId: string;
  title: string;
  sessions: number;
  sessionsHeld: number;
  participantsRegistered: number;
  participantsPresent: number;
  personHours: number;
  certificates: number;
  responses: number;
  satisfaction: number | null;
}

export interface ProgrammeReport {
  period: ReportPeriod;
  /** Offers with at least one session of the period that was not cancelled. */
  offersOffered: number;
  /** Sessions of the period, cancelled ones left out. */
  sessions: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  /** Sessions with people present whose status is not svolta: worth setting. */
  sessionsNotMarkedHeld: { sessionId: string; title: string; firstDay: IsoDate }[];
  participantsRegistered: number;
  participantsPresent: number;
  /** Present out of expected, 0..1; null when nobody was expected. */
  attendanceRate: number | null;
  personHours: number;
  certificates: number;
  organisations: OrganisationFigures[];
  municipalities: number;
  responses: number;
  satisfaction: ScaleSummary[];
  months: MonthFigures[];
  offers: OfferFigures[];
  /** Sessions whose personal data was purged: counted from their anonymous statistics. */
  purgedSessions: number;
}

export type PeriodProblem = 'report.period.error.invalid' | 'report.period.error.order' | 'report.period.error.tooLong';

/** The whole calendar year of a day: the report's default period. */
export function yearPeriod(today: IsoDate): ReportPeriod {
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function periodProblem(period: ReportPeriod): PeriodProblem | null {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) return 'report.period.error.invalid';
  if (period.from > period.to) return 'report.period.error.order';
  if (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) > 50) return 'report.period.error.tooLong';
  return null;
}

/** Every month the period touches, `yyyy-MM`, in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const out: string[] = [];
  let y = Number(period.from.slice(0, 4));
  let m = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

const MUNICIPALITY = /^(comune|municipio|municipality|city of|citta di)\b/;

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** The sessions a period's report counts: by first day, cancelled ones apart. */
export function sessionsOfPeriod(sessions: readonly Session[], period: ReportPeriod): { inPeriod: Session[]; active: Session[] } {
  const inPeriod = sessions.filter((s) => s.firstDay && s.firstDay >= period.from && s.firstDay <= period.to);
  return { inPeriod, active: inPeriod.filter((s) => s.status !== 'annullata') };
}

/** The figures of every session of the period that was not cancelled, from the records of `input`. */
export function figuresOfPeriod(input: ReportInput, period: ReportPeriod): Map<string, SessionFigures> {
  const { active } = sessionsOfPeriod(input.sessions, period);
  const activeIds = new Set(active.map((s) => s.id));
  const participantsBy = groupBy(input.participants.filter((p) => activeIds.has(p.sessionId)), (p) => p.sessionId);
  const eventsBy = groupBy(input.attendance.filter((e) => activeIds.has(e.sessionId)), (e) => e.sessionId);
  const itemsBy = groupBy(input.agendaItems.filter((i) => activeIds.has(i.sessionId)), (i) => i.sessionId);
  const feedbackBy = groupBy(input.feedback.filter((r) => activeIds.has(r.sessionId)), (r) => r.sessionId);
  return new Map(
    active.map((s) => [s.id, sessionFigures(s, participantsBy.get(s.id) ?? [], eventsBy.get(s.id) ?? [], itemsBy.get(s.id) ?? [], feedbackBy.get(s.id) ?? [], input.settings)]),
  );
}

function addInto(total: number[][], scales: readonly (readonly number[])[]): void {
  scales.forEach((distribution, i) => distribution.forEach((count, v) => (total[i]![v]! += count)));
}

const noScales = (): number[][] => STANDARD_SCALES.map(() => emptyDistribution());

function scaleSummaries(scales: readonly (readonly number[])[]): ScaleSummary[] {
  return STANDARD_SCALES.map((id, i) => {
    const distribution = [...scales[i]!];
    return { id, answered: distribution.reduce((a, b) => a + b, 0), average: distributionAverage(distribution), distribution };
  });
}

/**
 * The report of a period. `noOrganisation` names people who gave no organisation ("Ente non indicato").
 * The period must be valid (see periodProblem).
 */
export function programmeReport(input: ReportInput, period: ReportPeriod, noOrganisation = 'Ente non indicato'): ProgrammeReport {
  return reportFromFigures(input, figuresOfPeriod(input, period), period, noOrganisation);
}

/**
 * The report of a period from each session's figures (`figures` must hold every session of the period that was
 * not cancelled: see figuresOfPeriod, or the figures kept in the database).
 */
export function reportFromFigures(input: Pick<ReportInput, 'offers' | 'sessions'>, figures: ReadonlyMap<string, SessionFigures>, period: ReportPeriod, noOrganisation = 'Ente non indicato'): ProgrammeReport {
  const { inPeriod, active } = sessionsOfPeriod(input.sessions, period);
  const titles = new Map(input.offers.map((o) => [o.id, o.title.trim()]));
  const unnamed = { key: organisationKey(noOrganisation), name: noOrganisation };

  const months = new Map(monthsOf(period).map((month) => [month, { month, sessions: 0, sessionsHeld: 0, participantsPresent: 0, minutes: 0, certificates: 0, responses: 0, scales: noScales() }]));
  const offers = new Map<string, { offerId: string; title: string; sessions: number; sessionsHeld: number; registered: number; present: number; minutes: number; certificates: number; responses: number; scales: number[][] }>();
  const organisations = new Map<string, { name: string; spellings: Map<string, number>; participants: number; sessions: number; minutes: number }>();
  const notMarked: ProgrammeReport['sessionsNotMarkedHeld'] = [];
  const allScales = noScales();
  let registered = 0;
  let present = 0;
  let minutes = 0;
  let certificates = 0;
  let responses = 0;

  for (const session of [...active].sort((a, b) => a.firstDay.localeCompare(b.firstDay))) {
    const f = figures.get(session.id);
    if (!f) throw new Error(`Figures missing for session ${session.id}`);
    const held = session.status === 'svolta';
    registered += f.registered;
    present += f.present;
    minutes += f.minutes;
    certificates += f.certificates;
    responses += f.responses;
    addInto(allScales, f.scales);
    if (!held && f.present > 0) notMarked.push({ sessionId: session.id, title: titles.get(session.offerId) ?? '', firstDay: session.firstDay });

    const month = months.get(session.firstDay.slice(0, 7));
    if (month) {
      month.sessions++;
      if (held) month.sessionsHeld++;
      month.participantsPresent += f.present;
      month.minutes += f.minutes;
      month.certificates += f.certificates;
      month.responses += f.responses;
      addInto(month.scales, f.scales);
    }
    const offer = offers.get(session.offerId) ?? { offerId: session.offerId, title: titles.get(session.offerId) ?? '', sessions: 0, sessionsHeld: 0, registered: 0, present: 0, minutes: 0, certificates: 0, responses: 0, scales: noScales() };
    offer.sessions++;
    if (held) offer.sessionsHeld++;
    offer.registered += f.registered;
    offer.present += f.present;
    offer.minutes += f.minutes;
    offer.certificates += f.certificates;
    offer.responses += f.responses;
    addInto(offer.scales, f.scales);
    offers.set(session.offerId, offer);

    // People who gave no organisation are grouped under `noOrganisation`, with anyone who wrote those very words.
    const shares = new Map<string, { name: string; present: number; minutes: number }>();
    for (const o of f.organisations) {
      const { key, name } = o.key ? o : unnamed;
      const share = shares.get(key) ?? { name, present: 0, minutes: 0 };
      share.present += o.present;
      share.minutes += o.minutes;
      shares.set(key, share);
    }
    for (const [key, o] of shares) {
      if (o.present === 0) continue;
      const total = organisations.get(key) ?? { name: o.name, spellings: new Map<string, number>(), participants: 0, sessions: 0, minutes: 0 };
      total.spellings.set(o.name, (total.spellings.get(o.name) ?? 0) + o.present);
      total.participants += o.present;
      total.sessions++;
      total.minutes += o.minutes;
      organisations.set(key, total);
    }
  }

  const organisationList: OrganisationFigures[] = [...organisations.values()]
    .map((o) => {
      // The spelling most people used names the organisation.
      const name = [...o.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'it'))[0]![0];
      return { name, municipality: MUNICIPALITY.test(organisationKey(name)), participants: o.participants, sessions: o.sessions, personHours: hours(o.minutes) };
    })
    .sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'it'));
  const overall = (scales: number[][]) => distributionAverage(scales[0]!);

  return {
    period: { ...period },
    offersOffered: offers.size,
    sessions: active.length,
    sessionsHeld: active.filter((s) => s.status === 'svolta').length,
    sessionsCancelled: inPeriod.length - active.length,
    sessionsNotMarkedHeld: notMarked,
    participantsRegistered: registered,
    participantsPresent: present,
    attendanceRate: registered > 0 ? present / registered : null,
    personHours: hours(minutes),
    certificates,
    organisations: organisationList,
    municipalities: organisationList.filter((o) => o.municipality).length,
    responses,
    satisfaction: scaleSummaries(allScales),
    months: [...months.values()].map((m) => ({
      month: m.month,
      sessions: m.sessions,
      sessionsHeld: m.sessionsHeld,
      participantsPresent: m.participantsPresent,
      personHours: hours(m.minutes),
      certificates: m.certificates,
      responses: m.responses,
      satisfaction: overall(m.scales),
    })),
    offers: [...offers.values()]
      .map((o) => ({
        offerId: o.offerId,
        title: o.title,
        sessions: o.sessions,
        sessionsHeld: o.sessionsHeld,
        participantsRegistered: o.registered,
        participantsPresent: o.present,
        personHours: hours(o.minutes),
        certificates: o.certificates,
        responses: o.responses,
        satisfaction: overall(o.scales),
      }))
      .sort((a, b) => b.participantsPresent - a.participantsPresent || a.title.localeCompare(b.title, 'it')),
    purgedSessions: active.filter((s) => s.statistics).length,
  };
}
