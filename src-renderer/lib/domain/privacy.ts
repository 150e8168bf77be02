// Personal data and the GDPR (pure): how long a session's personal data is kept, which sessions are past it,
// what remains after a purge (anonymous statistics: participants and hours per organisation), whether a
// participant's consent is missing, and everything held about one participant for an access request.
import { addMonthsIso, isIsoDate } from './dates';
import { foldAccents } from './fold';
import { sessionHours } from './hours';
import type { ErasedCount } from './privacy-ledger';
import type { AgendaItem, AttendanceEvent, FeedbackResponse, HhMm, IsoDate, Offer, OrganisationStatistics, Participant, Session, SessionStatistics } from './types';

/** The last day a session was (or is to be) held; null when it has no date at all. */
export function lastDay(session: Pick<Session, 'days' | 'candidates'>): IsoDate | null {
  const days = session.days.length ? session.days : session.candidates.flatMap((c) => c.days);
  const valid = days.filter(isIsoDate).sort();
  return valid[valid.length - 1] ?? null;
}

/** The first day on which the session's personal data is past its retention period. */
export function retentionEnd(session: Pick<Session, 'days' | 'candidates'>, retentionMonths: number): IsoDate | null {
  const last = lastDay(session);
  return last ? addMonthsIso(last, retentionMonths) : null;
}

export interface RetentionDue {
  session: Session;
  /** Last day + retention period. */
  due: IsoDate;
}

/** Sessions still holding personal data after their retention period, the longest overdue first. */
export function sessionsPastRetention(sessions: Session[], retentionMonths: number, today: IsoDate): RetentionDue[] {
  const due: RetentionDue[] = [];
  for (const session of sessions) {
    if (session.statistics) continue;
    const end = retentionEnd(session, retentionMonths);
    if (end && end <= today) due.push({ session, due: end });
  }
  return due.sort((a, b) => a.due.localeCompare(b.due));
}

/** True when nobody recorded the participant's consent to the processing of personal data. */
export function consentMissing(participant: Pick<Participant, 'consent'>): boolean {
  return !participant.consent?.given;
}

/**
 * An organisation that sent fewer people than this is not named in the anonymous statistics: one or two
 * officials of a small Comune are easy to tell apart from the name of their body. They are counted together
 * as «altri enti».
 */
export const MIN_NAMED_ORGANISATION = 3;

const byParticipantsThenName = (a: OrganisationStatistics, b: OrganisationStatistics) =>
  b.participants - a.participants || a.organisation.localeCompare(b.organisation, 'it');

/**
 * The organisations with at least three participants, largest first, then one row «altri enti» with the rest
 * (none when there is no rest). Applying it again changes nothing, so statistics stored before the rule existed
 * can be passed through it too.
 */
export function groupSmallOrganisations(rows: readonly OrganisationStatistics[]): OrganisationStatistics[] {
  const named = rows.filter((r) => !r.grouped && r.participants >= MIN_NAMED_ORGANISATION).sort(byParticipantsThenName);
  const small = rows.filter((r) => r.grouped || r.participants < MIN_NAMED_ORGANISATION);
  if (small.length === 0) return named;
  const others: OrganisationStatistics = { organisation: '', participants: 0, minutes: 0, grouped: 0 };
  for (const r of small) {
    others.participants += r.participants;
    others.minutes += r.minutes;
    others.grouped! += r.grouped ?? 1;
  }
  return [...named, others];
}

export interface StatisticsInput {
  session: Session;
  participants: Participant[];
  events: AttendanceEvent[];
  items: AgendaItem[];
  fallbackDayEnd: HhMm;
  purgedAt: string;
  /** People erased on request before the purge: they still count, anonymously. */
  erased?: readonly (ErasedCount | null)[];
}

/**
 * What a session keeps once names, contacts, notes and codes are gone: how many took part from each
 * organisation and the training minutes they attended (cancelled registrations are not counted); organisations
 * with fewer than three participants only as «altri enti».
 */
export function anonymousStatistics(input: StatisticsInput): SessionStatistics {
  const registered = input.participants.filter((p) => p.status !== 'annullato');
  const hours = sessionHours({
    sessionDays: input.session.days,
    items: input.items,
    events: input.events,
    participantIds: registered.map((p) => p.id),
    threshold: 1,
    fallbackDayEnd: input.fallbackDayEnd,
  });
  const checkedIn = new Set(input.events.filter((e) => e.kind === 'in').map((e) => e.participantId));
  const byOrganisation = new Map<string, OrganisationStatistics>();
  let minutes = 0;
  let attended = 0;
  for (const p of registered) {
    const organisation = p.organisation.trim().replace(/\s+/g, ' ');
    const row = byOrganisation.get(organisation.toLocaleLowerCase('it')) ?? { organisation, participants: 0, minutes: 0 };
    const m = hours.participants.get(p.id)?.attendedMinutes ?? 0;
    row.participants++;
    row.minutes += m;
    minutes += m;
    if (checkedIn.has(p.id)) attended++;
    byOrganisation.set(organisation.toLocaleLowerCase('it'), row);
  }
  let participants = registered.length;
  for (const e of input.erased ?? []) {
    if (!e) continue;
    const organisation = e.organisation.trim().replace(/\s+/g, ' ');
    const row = byOrganisation.get(organisation.toLocaleLowerCase('it')) ?? { organisation, participants: 0, minutes: 0 };
    row.participants++;
    row.minutes += e.minutes;
    minutes += e.minutes;
    participants++;
    if (e.attended) attended++;
    byOrganisation.set(organisation.toLocaleLowerCase('it'), row);
  }
  return {
    purgedAt: input.purgedAt,
    participants,
    attended,
    minutes,
    byOrganisation: groupSmallOrganisations([...byOrganisation.values()]),
  };
}

/**
 * What one person erased on request still counts for in the session's anonymous statistics: their organisation,
 * the training minutes they attended and whether they came; null for a cancelled registration (never counted).
 */
export function erasedCount(input: Omit<StatisticsInput, 'participants' | 'purgedAt' | 'erased'> & { participant: Participant }): ErasedCount | null {
  const { participant } = input;
  if (participant.status === 'annullato') return null;
  const events = input.events.filter((e) => e.participantId === participant.id);
  const hours = sessionHours({
    sessionDays: input.session.days,
    items: input.items,
    events,
    participantIds: [participant.id],
    threshold: 1,
    fallbackDayEnd: input.fallbackDayEnd,
  });
  return {
    organisation: participant.organisation.trim().replace(/\s+/g, ' '),
    minutes: hours.participants.get(participant.id)?.attendedMinutes ?? 0,
    attended: events.some((e) => e.kind === 'in'),
  };
}

/** The words of a name, without accents, case or punctuation, sorted: «ROSSI, Giulia» and «Giulia Rossi» match. */
function nameWords(text: string): string {
  return foldAccents(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/**
 * True when a questionnaire answer was signed with this participant's name (name and surname in any order, any
 * case, with or without accents): erasing the person takes the name off those answers.
 */
export function signedBy(respondentName: string, participant: Pick<Participant, 'name' | 'surname'>): boolean {
  const signed = nameWords(respondentName);
  return signed !== '' && signed === nameWords(`${participant.name} ${participant.surname}`);
}

export const PARTICIPANT_EXPORT_FORMAT = 'ospita-dati-partecipante';

/** The file name of a participant's data: «dati-rossi-giulia.json», letters and digits only. */
export function dossierFileName(participant: Pick<Participant, 'surname' | 'name'>): string {
  const slug = `${participant.surname}-${participant.name}`.normalize('NFD').replace(/[^\w-]+/g, '').toLowerCase() || 'partecipante';
  return `dati-${slug}.json`;
}

/** Everything Ospita holds about one participant, as a data-subject access request asks for it. */
export function participantDossier(
  participant: Participant,
  session: Session | undefined,
  offer: Offer | undefined,
  events: AttendanceEvent[],
  exportedAt: string,
  /** Questionnaire answers of the session signed with their name (see signedBy). */
  answers: readonly FeedbackResponse[] = [],
) {
  return {
    format: PARTICIPANT_EXPORT_FORMAT,
    exportedAt,
    participant,
    session: session
      ? { id: session.id, offer: offer?.title ?? '', hostMunicipality: offer?.hostMunicipality ?? '', days: session.days, venue: session.venue, status: session.status }
      : null,
    attendance: [...events].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
    questionnaireAnswers: answers.map((r) => ({ signedAs: r.respondentName, answers: r.answers, enteredAt: r.createdAt })),
  };
}
