// The words reports use, in English and Italian, across the versions of each platform seen so far. Labels are
// compared folded (no accents, lower case, single spaces), so "Ora di uscita", "ORA DI USCITA" and "Ora  di
// uscità" are one. Exact names first; a few word roots catch the variants nobody has listed yet.
import { foldAccents } from '../../domain/fold';

/** "  Durata (Minuti): " → "durata (minuti)". */
export function fold(text: string): string {
  return foldAccents(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim();
}

export type ColumnRole =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'upn'
  | 'join'
  | 'leave'
  | 'firstJoin'
  | 'lastLeave'
  | 'duration'
  | 'role'
  | 'action'
  | 'timestamp'
  | 'waitingRoom'
  | 'meetingStart'
  | 'meetingTitle';

const EXACT: Record<ColumnRole, string[]> = {
  name: [
    'name', 'nome', 'full name', 'nome completo', 'display name', 'nome visualizzato', 'participant', 'partecipante', 'participant name',
    'nome partecipante', 'nome del partecipante', 'attendee', 'attendee name', 'nome utente', 'name (original name)', 'nome (nome originale)',
    'nominativo', 'nome e cognome', 'cognome e nome',
  ],
  firstName: ['first name', 'given name'],
  lastName: ['last name', 'surname', 'family name', 'cognome'],
  email: [
    'email', 'e-mail', 'email address', 'e-mail address', 'indirizzo email', 'indirizzo e-mail', 'posta elettronica', 'indirizzo di posta elettronica',
    'user email', 'e-mail utente', 'email utente', 'attendee email', 'participant email', 'email partecipante', 'e-mail partecipante', 'mail',
  ],
  upn: ['participant id (upn)', 'id partecipante (upn)', 'upn', 'user principal name', 'participantid'],
  join: [
    'join time', 'joined', 'time joined', 'join', 'joined at', 'joining time', 'first seen', 'ora di ingresso', 'ora ingresso', 'ingresso', 'entrata',
    'ora di entrata', 'ora di accesso', 'accesso', 'ora di partecipazione', 'partecipazione', 'ora di partecipazione alla riunione', 'join date',
  ],
  leave: [
    'leave time', 'left', 'time exited', 'time left', 'leave', 'left at', 'exit', 'exited', 'last seen', 'ora di uscita', 'ora uscita', 'uscita',
    'ora di abbandono', 'abbandono', 'ora in cui ha lasciato',
  ],
  firstJoin: ['first join', 'first joined', 'primo ingresso', 'primo accesso', 'prima partecipazione', 'primo accesso alla riunione'],
  lastLeave: ['last leave', 'last left', 'ultima uscita', 'ultimo abbandono', 'ultima disconnessione'],
  duration: [
    'duration', 'durata', 'in-meeting duration', 'durata nella riunione', 'durata in riunione', 'durata della partecipazione', 'duration (minutes)',
    'durata (minuti)', 'duration (mins)', 'attendance duration', 'attended duration', 'durata presenza', 'total duration', 'total duration (minutes)',
    'durata totale', 'durata totale (minuti)', 'time in call', 'tempo in chiamata', 'tempo nella chiamata', 'minutes', 'minuti',
  ],
  role: ['role', 'ruolo', 'participant type', 'tipo di partecipante', 'tipo partecipante', 'attendee type', 'attendee role', 'user type'],
  action: ['user action', 'azione utente', 'action', 'azione'],
  timestamp: ['timestamp', 'data e ora', 'ora evento', 'date and time'],
  waitingRoom: ['in waiting room', 'in sala d\'attesa', 'nella sala d\'attesa', 'sala d\'attesa', 'waiting room'],
  meetingStart: ['meeting start time', 'ora di inizio della riunione', 'ora inizio riunione', 'inizio riunione'],
  meetingTitle: ['meeting name', 'nome riunione', 'nome della riunione', 'meeting title', 'titolo riunione', 'titolo della riunione', 'topic', 'argomento'],
};

/** Word roots, tried when no exact label matches (order matters: "first join" before "join"). */
const ROOTS: [ColumnRole, RegExp][] = [
  ['upn', /\bupn\b/],
  ['email', /e-?mail|posta elettronica/],
  ['firstJoin', /\b(first|prim[oa])\b.*\b(join|ingress|accesso|partecipa)/],
  ['lastLeave', /\b(last|ultim[oa])\b.*\b(leave|left|uscit|abbandon)/],
  ['join', /\b(join|joined|ingress|entrat|accesso)/],
  ['leave', /\b(leave|left|exit|uscit|abbandon)/],
  ['duration', /\b(duration|durat)/],
  ['role', /\b(role|ruolo)\b/],
];

const exactIndex = new Map<string, ColumnRole>();
for (const [role, labels] of Object.entries(EXACT) as [ColumnRole, string[]][]) for (const label of labels) exactIndex.set(label, role);

export function columnRole(header: string): ColumnRole | null {
  const label = fold(header);
  if (!label) return null;
  return exactIndex.get(label) ?? ROOTS.find(([, re]) => re.test(label))?.[0] ?? null;
}

/** Keys of a report's summary block (a label and its value on one row), by what they give. */
export type SummaryKey = 'title' | 'start' | 'end';

const SUMMARY: Record<SummaryKey, string[]> = {
  title: ['meeting title', 'titolo riunione', 'titolo della riunione', 'title', 'titolo', 'topic', 'argomento', 'meeting name', 'nome riunione', 'nome della riunione', 'webinar title', 'titolo del webinar', 'event title', 'titolo evento'],
  start: ['start time', 'meeting start time', 'ora di inizio', 'ora inizio', 'inizio', 'ora di inizio della riunione', 'data e ora di inizio', 'meeting start', 'start date', 'data di inizio', 'started'],
  end: ['end time', 'meeting end time', 'ora di fine', 'ora fine', 'fine', 'ora di fine della riunione', 'data e ora di fine', 'meeting end', 'ended'],
};

const summaryIndex = new Map<string, SummaryKey>();
for (const [key, labels] of Object.entries(SUMMARY) as [SummaryKey, string[]][]) for (const label of labels) summaryIndex.set(label, key);

export function summaryKey(label: string): SummaryKey | null {
  return summaryIndex.get(fold(label)) ?? null;
}

/** Normalised role of a person in the call: the organisers and presenters are left out of the import by default. */
export type ReportRole = 'organizer' | 'presenter' | 'attendee' | '';

const ROLE_WORDS: [ReportRole, RegExp][] = [
  ['organizer', /\b(co-?organi[sz]er|organi[sz]er|co-?organizzat|organizzat|host|co-?host|alternative host|host alternativo|conduttore|moderator|moderatore)/],
  ['presenter', /\b(presenter|presentatore|presentatrice|relatore|relatrice|panelist|panelista|speaker)/],
  ['attendee', /\b(attendee|participant|partecipante|guest|ospite|viewer|spettatore|invitato|registrant|iscritto)/],
];

export function normaliseRole(text: string): ReportRole {
  const label = fold(text);
  if (!label) return '';
  return ROLE_WORDS.find(([, re]) => re.test(label))?.[0] ?? '';
}

/** How much a role weighs when one person appears with several (an attendee later promoted to presenter). */
export const ROLE_RANK: Record<ReportRole, number> = { organizer: 3, presenter: 2, attendee: 1, '': 0 };

/** "Joined", "Joined before", "Partecipato", "Uscito": the user actions of the oldest Teams attendance lists. */
export function actionKind(text: string): 'join' | 'leave' | null {
  const label = fold(text);
  if (/\b(left|leave|uscit|abbandon|disconness)/.test(label)) return 'leave';
  if (/\b(joined|join|entrat|partecipat|unit|accesso|ingress)/.test(label)) return 'join';
  return null;
}

/** Yes in a yes/no column, in English or Italian. */
export function isYes(text: string): boolean {
  return /^(yes|si|sì|true|y|s|1|vero)$/i.test(text.trim());
}
