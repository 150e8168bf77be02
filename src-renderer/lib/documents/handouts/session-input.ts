// What the attendance handouts (sheets, register, certificates, report) are built from: one session with its
// offer, programme, participants and attendance log, as the repositories or a backup give them. Pure.
import { sessionHours, type SessionHours } from '../../domain/hours';
import { compareBySurname } from '../../domain/participants';
import type { AgendaItem, AttendanceEvent, FeedbackResponse, HostSettings, Offer, Participant, Question, Session } from '../../domain/types';
import type { DocLang } from './common';

export interface SessionDocumentInput {
  settings: HostSettings;
  offer: Offer;
  session: Session;
  items: AgendaItem[];
  participants: Participant[];
  /** The session's whole attendance log, voids included. */
  events: AttendanceEvent[];
  lang: DocLang;
  /** The questionnaire of the session's offer and the guests' answers, for the report's section on them. */
  feedback?: { questions: Question[]; responses: FeedbackResponse[] };
}

/** Hours attended by every participant not cancelled (and anyone else the log names), with the Settings' rule. */
export function hoursOf(input: SessionDocumentInput): SessionHours {
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

/** Confirmed participants in surname order (Italian collation): the rows printed on a sign-in sheet. */
export function confirmedBySurname(participants: Participant[]): Participant[] {
  return participants.filter((p) => p.status === 'confermato').sort(compareBySurname);
}

/** "Rossi Maria": surname first, as registers list people. */
export function surnameFirst(p: Pick<Participant, 'surname' | 'name'>): string {
  return [p.surname, p.name].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** "Maria Rossi", as a certificate names a person. */
export function nameFirst(p: Pick<Participant, 'surname' | 'name'>): string {
  return [p.name, p.surname].map((s) => s.trim()).filter(Boolean).join(' ');
}

/**
 * Where documents are signed: "Monza" from "Comune di Monza", else the city without postcode and province
 * ("20900 Monza (MB)" gives "Monza").
 */
export function placeOfIssue(settings: HostSettings): string {
  const fromMunicipality = /^\s*(?:comune|città|citta)\s+(?:di|de)\s+(.+?)\s*$/i.exec(settings.municipality)?.[1];
  if (fromMunicipality) return fromMunicipality;
  const city = settings.city.replace(/^\s*\d{5}\s*/, '').replace(/\s*\([A-Za-z]{2}\)\s*$/, '').trim();
  return city || settings.municipality.trim();
}

/** The session's title: the offer's good practice. */
export function sessionTitle(input: Pick<SessionDocumentInput, 'offer'>): string {
  return input.offer.title.trim();
}
