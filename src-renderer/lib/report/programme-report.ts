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
import { decideCertificates } from '../domain/certificates';
import { isIsoDate } from '../domain/dates';
import { distributionAverage, emptyDistribution, isScaleValue, STANDARD_SCALES, type StandardScale } from '../domain/feedback';
import { sessionHours } from '../domain/hours';
import type { AgendaItem, AttendanceEvent, FeedbackResponse, HostSettings, IsoDate, Offer, Participant, Session } from '../domain/types';

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface ReportInput {
  settings: Pick<HostSettings, 'certificateThreshold' | 'dayEnd'>;
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

/** The key organisations are grouped by: case, spaces and accents aside. */
function organisationKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`]/g, "'").replace(/\s+/g, ' ').trim();
}

const MUNICIPALITY = /^(comune|municipio|municipality|city of|citta di)\b/;

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

interface SessionFigures {
  registered: number;
  present: number;
  minutes: number;
  certificates: number;
  /** Per organisation (display name as written): present people and minutes. */
  organisations: Map<string, { name: string; present: number; minutes: number }>;
}

function figuresOf(session: Session, participants: readonly Participant[], events: readonly AttendanceEvent[], items: readonly AgendaItem[], settings: ReportInput['settings'], noOrganisation: string): SessionFigures {
  const organisations = new Map<string, { name: string; present: number; minutes: number }>();
  const addOrganisation = (rawName: string, present: number, minutes: number) => {
    const name = rawName.trim().replace(/\s+/g, ' ') || noOrganisation;
    const key = organisationKey(name);
    const o = organisations.get(key) ?? { name, present: 0, minutes: 0 };
    o.present += present;
    o.minutes += minutes;
    organisations.set(key, o);
  };
  if (session.statistics) {
    const s = session.statistics;
    for (const o of s.byOrganisation) addOrganisation(o.organisation, o.participants, o.minutes);
    return { registered: s.participants, present: s.attended, minutes: s.minutes, certificates: 0, organisations };
  }
  const known = new Map(participants.map((p) => [p.id, p]));
  // Everyone registered, cancelled ones included: someone with an entry not voided has a presence interval.
  const h = sessionHours({ sessionDays: session.days, items: [...items], events: [...events], participantIds: [...known.keys()], threshold: settings.certificateThreshold, fallbackDayEnd: settings.dayEnd });
  const entered = new Set<string>();
  for (const [id, p] of h.participants) if (p.days.some((d) => d.intervals.length > 0)) entered.add(id);
  let minutes = 0;
  for (const id of entered) {
    const m = h.participants.get(id)?.attendedMinutes ?? 0;
    minutes += m;
    addOrganisation(known.get(id)!.organisation, 1, m);
  }
  const expected = new Set([...participants.filter((p) => p.status === 'confermato').map((p) => p.id), ...entered]);
  const certificates = decideCertificates(participants, h).filter((d) => d.receives).length;
  return { registered: expected.size, present: entered.size, minutes, certificates, organisations };
}

function scaleSummaries(responses: readonly FeedbackResponse[]): ScaleSummary[] {
  return STANDARD_SCALES.map((id) => {
    const distribution = emptyDistribution();
    for (const r of responses) {
      const v = r.answers[id];
      if (isScaleValue(v)) distribution[v - 1] = distribution[v - 1]! + 1;
    }
    return { id, answered: distribution.reduce((a, b) => a + b, 0), average: distributionAverage(distribution), distribution };
  });
}

function overallAverage(responses: readonly FeedbackResponse[]): number | null {
  return scaleSummaries(responses)[0]!.average;
}

/**
 * The report of a period. `noOrganisation` names people who gave no organisation ("Ente non indicato").
 * The period must be valid (see periodProblem).
 */
export function programmeReport(input: ReportInput, period: ReportPeriod, noOrganisation = 'Ente non indicato'): ProgrammeReport {
  const inPeriod = input.sessions.filter((s) => s.firstDay && s.firstDay >= period.from && s.firstDay <= period.to);
  const active = inPeriod.filter((s) => s.status !== 'annullata');
  const activeIds = new Set(active.map((s) => s.id));
  const participantsBy = groupBy(input.participants.filter((p) => activeIds.has(p.sessionId)), (p) => p.sessionId);
  const eventsBy = groupBy(input.attendance.filter((e) => activeIds.has(e.sessionId)), (e) => e.sessionId);
  const itemsBy = groupBy(input.agendaItems.filter((i) => activeIds.has(i.sessionId)), (i) => i.sessionId);
  const feedbackBy = groupBy(input.feedback.filter((r) => activeIds.has(r.sessionId)), (r) => r.sessionId);
  const titles = new Map(input.offers.map((o) => [o.id, o.title.trim()]));

  const months = new Map(monthsOf(period).map((month) => [month, { month, sessions: 0, sessionsHeld: 0, participantsPresent: 0, minutes: 0, certificates: 0, responses: [] as FeedbackResponse[] }]));
  const offers = new Map<string, { offerId: string; title: string; sessions: number; sessionsHeld: number; registered: number; present: number; minutes: number; certificates: number; responses: FeedbackResponse[] }>();
  const organisations = new Map<string, { name: string; spellings: Map<string, number>; participants: number; sessions: number; minutes: number }>();
  const notMarked: ProgrammeReport['sessionsNotMarkedHeld'] = [];
  let registered = 0;
  let present = 0;
  let minutes = 0;
  let certificates = 0;

  for (const session of [...active].sort((a, b) => a.firstDay.localeCompare(b.firstDay))) {
    const f = figuresOf(session, participantsBy.get(session.id) ?? [], eventsBy.get(session.id) ?? [], itemsBy.get(session.id) ?? [], input.settings, noOrganisation);
    const responses = feedbackBy.get(session.id) ?? [];
    const held = session.status === 'svolta';
    registered += f.registered;
    present += f.present;
    minutes += f.minutes;
    certificates += f.certificates;
    if (!held && f.present > 0) notMarked.push({ sessionId: session.id, title: titles.get(session.offerId) ?? '', firstDay: session.firstDay });

    const month = months.get(session.firstDay.slice(0, 7));
    if (month) {
      month.sessions++;
      if (held) month.sessionsHeld++;
      month.participantsPresent += f.present;
      month.minutes += f.minutes;
      month.certificates += f.certificates;
      month.responses.push(...responses);
    }
    const offer = offers.get(session.offerId) ?? { offerId: session.offerId, title: titles.get(session.offerId) ?? '', sessions: 0, sessionsHeld: 0, registered: 0, present: 0, minutes: 0, certificates: 0, responses: [] };
    offer.sessions++;
    if (held) offer.sessionsHeld++;
    offer.registered += f.registered;
    offer.present += f.present;
    offer.minutes += f.minutes;
    offer.certificates += f.certificates;
    offer.responses.push(...responses);
    offers.set(session.offerId, offer);
    for (const [key, o] of f.organisations) {
      if (o.present === 0) continue;
      const total = organisations.get(key) ?? { name: o.name, spellings: new Map<string, number>(), participants: 0, sessions: 0, minutes: 0 };
      total.spellings.set(o.name, (total.spellings.get(o.name) ?? 0) + o.present);
      total.participants += o.present;
      total.sessions++;
      total.minutes += o.minutes;
      organisations.set(key, total);
    }
  }

  const allResponses = active.flatMap((s) => feedbackBy.get(s.id) ?? []);
  const organisationList: OrganisationFigures[] = [...organisations.values()]
    .map((o) => {
      // The spelling most people used names the organisation.
      const name = [...o.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'it'))[0]![0];
      return { name, municipality: MUNICIPALITY.test(organisationKey(name)), participants: o.participants, sessions: o.sessions, personHours: hours(o.minutes) };
    })
    .sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'it'));

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
    responses: allResponses.length,
    satisfaction: scaleSummaries(allResponses),
    months: [...months.values()].map((m) => ({
      month: m.month,
      sessions: m.sessions,
      sessionsHeld: m.sessionsHeld,
      participantsPresent: m.participantsPresent,
      personHours: hours(m.minutes),
      certificates: m.certificates,
      responses: m.responses.length,
      satisfaction: overallAverage(m.responses),
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
        responses: o.responses.length,
        satisfaction: overallAverage(o.responses),
      }))
      .sort((a, b) => b.participantsPresent - a.participantsPresent || a.title.localeCompare(b.title, 'it')),
    purgedSessions: active.filter((s) => s.statistics).length,
  };
}
