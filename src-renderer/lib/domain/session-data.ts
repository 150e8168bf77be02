// What a session's handouts, messages and hours are made from: the session with its offer, programme, people,
// attendance log and answers, as the repositories read it (lib/db/repositories/session-documents.ts) for the
// screens and the command-line tools alike. Pure.
import { decideCertificates, type CertificateDecision } from './certificates';
import type { Locale } from './dates';
import { sessionHours, type SessionHours } from './hours';
import type { AgendaItem, AttendanceEvent, FeedbackResponse, HostSettings, Offer, Participant, Question, Session } from './types';

/** The programme of a session and what its handout prints around it; the offer is null if it no longer exists. */
export interface ProgrammeSource {
  session: Session;
  offer: Offer | null;
  items: AgendaItem[];
  settings: HostSettings;
}

/** The same with the people registered, for the participant handouts (list, badges, catering). */
export interface ParticipantsSource extends ProgrammeSource {
  participants: Participant[];
}

/** The same with the session's whole attendance log (voids included): what hours are reckoned from. */
export interface AttendanceSource extends ParticipantsSource {
  events: AttendanceEvent[];
}

/** Everything about one session, for the attendance handouts (sheets, register, certificates, report) and messages. */
export interface SessionDocumentInput {
  settings: HostSettings;
  offer: Offer;
  session: Session;
  items: AgendaItem[];
  participants: Participant[];
  /** The session's whole attendance log, voids included. */
  events: AttendanceEvent[];
  /** The language of the documents made from it. */
  lang: Locale;
  /** The questionnaire of the session's offer and the guests' answers, for the report's section on them. */
  feedback?: { questions: Question[]; responses: FeedbackResponse[] };
}

/**
 * Hours attended by every participant not cancelled (and anyone else the log names), with the Settings' rule:
 * the one reckoning behind certificates, register, report, messages and the check-in's hours summary.
 */
export function hoursOf(input: Pick<AttendanceSource, 'settings' | 'session' | 'items' | 'participants' | 'events'>): SessionHours {
  const ids = new Set(input.participants.filter((p) => p.status !== 'annullato').map((p) => p.id));
  const known = new Set(input.participants.map((p) => p.id));
  for (const e of input.events) if (known.has(e.participantId)) ids.add(e.participantId);
  return sessionHours({
    sessionDays: input.session.days,
    items: input.items,
    events: input.events,
    participantIds: [...ids],
    threshold: input.settings.certificateThreshold,
    fallbackDayEnd: input.settings.dayEnd,
  });
}

export interface HoursSummary {
  hours: SessionHours;
  /** The people a certificate may be about, by surname, each with their hours and what the rule says. */
  decisions: CertificateDecision[];
  /** How many of them reach the threshold, and how many have hours worth a look. */
  qualifying: number;
  flagged: number;
}

/** The check-in's hours summary: the same people, hours and rule as the certificates, so the two never disagree. */
export function hoursSummary(input: Pick<AttendanceSource, 'settings' | 'session' | 'items' | 'participants' | 'events'>): HoursSummary {
  const hours = hoursOf(input);
  const decisions = decideCertificates(input.participants, hours);
  return { hours, decisions, qualifying: decisions.filter((d) => d.byRule).length, flagged: decisions.filter((d) => d.hours.flagged).length };
}
