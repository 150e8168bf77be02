// Valibot schemas of every stored entity, used to validate a backup before anything is written.
// Fields added by later schema versions are optional with the default their upgrade gives, so older backups
// still restore. Objects are "loose": a field this code does not know yet is kept, never silently dropped.
// The type checks at the bottom fail the build when an entity type gains a field or an enum a value that
// these schemas do not know: keep them in step with lib/domain/types.ts.
// Dates, times and instants are checked as real calendar values, not only by their shape: a session day
// "2026-13-45" with a valid checksum used to pass here and then break the review that formats it.
import * as v from 'valibot';
import { isIsoDate, isIsoInstant } from '../domain/dates';
import { isHhMm } from '../domain/times';
import type {
  AgendaItem,
  AgendaKind,
  AttendanceEvent,
  AttendanceKind,
  AttendanceSource,
  DateMode,
  DocumentTemplate,
  FeedbackResponse,
  FeedbackSource,
  HostSettings,
  MessageKind,
  MessageLang,
  Offer,
  OfferFormat,
  OnlinePlatform,
  Participant,
  ReportPlatform,
  ParticipantStatus,
  Questionnaire,
  QuestionKind,
  Session,
  SessionFormat,
  SessionStatus,
  TemplateKind,
} from '../domain/types';
import type { DataTable } from './database';
import type { ErasureRecord, PurgeRecord } from '../domain/privacy-ledger';
import { MESSAGE_KINDS, MESSAGE_LANGS } from '../messages/kinds';

const str = v.string();
const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'non è una data del calendario (aaaa-mm-gg)'));
const isoDateOrEmpty = v.pipe(v.string(), v.check((s) => s === '' || isIsoDate(s), 'non è una data del calendario (aaaa-mm-gg)'));
const instant = v.pipe(v.string(), v.check(isIsoInstant, 'non è una data e ora valida'));
const hhMm = v.pipe(v.string(), v.check(isHhMm, 'non è un orario valido (hh:mm)'));
const hhMmOrEmpty = v.pipe(v.string(), v.check((s) => s === '' || isHhMm(s), 'non è un orario valido (hh:mm)'));
const id = v.pipe(v.string(), v.minLength(1, 'identificativo mancante'), v.maxLength(200));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const stored = { id, createdAt: instant, updatedAt: instant };

export const DATE_MODES = ['single', 'alternatives', 'multiple'] as const satisfies readonly DateMode[];
export const OFFER_FORMATS = ['presenza', 'workshop', 'webinar'] as const satisfies readonly OfferFormat[];
export const SESSION_STATUSES = ['proposta', 'confermata', 'svolta', 'annullata'] as const satisfies readonly SessionStatus[];
export const AGENDA_KINDS = ['intervento', 'laboratorio', 'visita', 'pausa', 'pranzo', 'trasferimento'] as const satisfies readonly AgendaKind[];
export const PARTICIPANT_STATUSES = ['confermato', 'in_attesa', 'annullato'] as const satisfies readonly ParticipantStatus[];
export const ATTENDANCE_KINDS = ['in', 'out', 'void'] as const satisfies readonly AttendanceKind[];
export const ATTENDANCE_SOURCES = ['desk', 'scanner', 'bulk', 'transcription', 'correction', 'online'] as const satisfies readonly AttendanceSource[];
export const SESSION_FORMATS = ['presenza', 'online', 'ibrida'] as const satisfies readonly SessionFormat[];
export const REPORT_PLATFORMS = ['teams', 'zoom', 'meet', 'webex'] as const satisfies readonly ReportPlatform[];
export const ONLINE_PLATFORMS = [...REPORT_PLATFORMS, 'altro'] as const satisfies readonly OnlinePlatform[];
export const QUESTION_KINDS = ['scale', 'text'] as const satisfies readonly QuestionKind[];
export const FEEDBACK_SOURCES = ['paper', 'import'] as const satisfies readonly FeedbackSource[];
export { MESSAGE_KINDS, MESSAGE_LANGS };

const messageTemplate = v.looseObject({ subject: v.pipe(v.string(), v.maxLength(500)), body: v.pipe(v.string(), v.maxLength(20_000)) });
const messageTemplates = v.looseObject(
  Object.fromEntries(MESSAGE_KINDS.map((kind) => [kind, v.optional(v.looseObject(Object.fromEntries(MESSAGE_LANGS.map((lang) => [lang, v.optional(messageTemplate)]))))])),
);

const candidate = v.looseObject({ days: v.array(isoDate) });

const image = v.looseObject({
  dataUrl: v.pipe(v.string(), v.startsWith('data:image/')),
  mime: v.picklist(['image/png', 'image/jpeg']),
  name: str,
  width: v.number(),
  height: v.number(),
});

/** A Word template of at most 10 MB, base64 (a letterhead with a few images is well under 1 MB). */
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
export const TEMPLATE_KINDS = ['certificate', 'programme'] as const satisfies readonly TemplateKind[];

const settingsEntries = {
  id: v.literal('host'),
  municipality: str,
  office: str,
  address: str,
  city: str,
  phone: str,
  email: str,
  website: str,
  logo: v.nullable(image),
  signatoryName: str,
  signatoryRole: str,
  // Added in schema v8.
  signature: v.optional(v.nullable(image), null),
  certificateThreshold: v.number(),
  dayStart: hhMm,
  dayEnd: hhMm,
  lunchStart: hhMm,
  lunchEnd: hhMm,
  retentionMonths: v.number(),
  stationName: str,
  // Added with station ids: never restored (a restore keeps this laptop's own), but checked like the rest.
  stationId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  // Added in schema v10.
  messageTemplates: v.optional(messageTemplates, {}),
  updatedAt: instant,
};

const offerEntries = {
  ...stored,
  hostMunicipality: str,
  hostOffice: str,
  title: str,
  description: str,
  transferMethod: str,
  capacityMin: v.nullable(v.number()),
  capacityMax: v.number(),
  targetProfiles: str,
  durationDays: v.picklist([1, 2]),
  dateMode: v.picklist(DATE_MODES),
  candidateSessions: v.array(candidate),
  notes: str,
  format: v.picklist(OFFER_FORMATS),
  agendaDraft: v.array(v.looseObject({ title: str, detail: str })),
  source: v.nullable(v.looseObject({ fileName: str, importedAt: instant })),
};

const organisationStatistics = v.looseObject({ organisation: str, participants: count, minutes: count, grouped: v.optional(count) });

const sessionEntries = {
  ...stored,
  offerId: id,
  days: v.array(isoDate),
  candidates: v.array(candidate),
  venue: str,
  // Added in schema v7. A backup written before has neither: the format then follows the offer's, as the
  // upgrade does (see completeSessions in backup-document.ts).
  format: v.optional(v.picklist(SESSION_FORMATS)),
  online: v.optional(v.looseObject({ platform: v.nullable(v.picklist(ONLINE_PLATFORMS)), link: str })),
  // Added in schema v12: a backup written before has neither, and the session gets empty values (as the upgrade).
  venueAddress: v.optional(str, ''),
  contact: v.optional(v.looseObject({ name: str, phone: str, email: str }), () => ({ name: '', phone: '', email: '' })),
  status: v.picklist(SESSION_STATUSES),
  capacityMin: v.nullable(v.number()),
  capacityMax: v.number(),
  notes: str,
  firstDay: isoDateOrEmpty,
  statistics: v.optional(
    v.nullable(
      v.looseObject({
        purgedAt: instant,
        participants: count,
        attended: count,
        minutes: count,
        byOrganisation: v.array(organisationStatistics),
      }),
    ),
  ),
  // Added in schema v10.
  feedbackUrl: v.optional(str, ''),
};

const agendaEntries = {
  ...stored,
  sessionId: id,
  dayIndex: count,
  start: hhMm,
  end: hhMm,
  title: str,
  description: str,
  kind: v.picklist(AGENDA_KINDS),
  place: str,
  speakers: str,
  countsTowardHours: v.boolean(),
};

const participantEntries = {
  ...stored,
  sessionId: id,
  surname: str,
  name: str,
  organisation: str,
  role: str,
  email: str,
  phone: str,
  notes: str,
  // Added in schema v12.
  dietary: v.optional(str, ''),
  status: v.picklist(PARTICIPANT_STATUSES),
  checkinCode: str,
  consent: v.looseObject({ given: v.boolean(), date: v.nullable(isoDate) }),
  // Added in schema v2.
  overCapacityReason: v.optional(v.nullable(str), null),
  walkIn: v.optional(v.boolean(), false),
  // Added in schema v3.
  certificateOverride: v.optional(v.nullable(v.looseObject({ include: v.boolean(), reason: str, decidedAt: instant }))),
  // Added in schema v10.
  messages: v.optional(v.array(v.looseObject({ kind: v.picklist(MESSAGE_KINDS), preparedAt: instant, station: str })), []),
};

const attendanceEntries = {
  id,
  sessionId: id,
  participantId: id,
  day: isoDate,
  kind: v.picklist(ATTENDANCE_KINDS),
  // '' only on a void event; an entry or exit has its time (checked on the whole record below).
  time: hhMmOrEmpty,
  recordedAt: instant,
  station: str,
  // Added with station ids; absent on events recorded before.
  stationId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  source: v.picklist(ATTENDANCE_SOURCES),
  voidsEventId: v.nullable(id),
  reason: str,
  // Added in schema v7: presence followed online on this platform (absent or null: at the door).
  platform: v.optional(v.nullable(v.picklist(REPORT_PLATFORMS))),
};

// Added in schema v8: a backup written before has none.
const templateEntries = {
  id: v.picklist(TEMPLATE_KINDS),
  fileName: v.pipe(v.string(), v.maxLength(260)),
  data: v.pipe(v.string(), v.maxLength(Math.ceil(MAX_TEMPLATE_BYTES / 3) * 4), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'non è un file in base64')),
  createdAt: instant,
  updatedAt: instant,
};

const ledgerStored = { id, at: instant, sessionId: id };

/** The privacy ledger (schema v11): purges with the statistics they kept, erasures with anonymous counts only. */
const purgeEntries = {
  ...ledgerStored,
  kind: v.literal('purge'),
  statistics: v.looseObject({ purgedAt: instant, participants: count, attended: count, minutes: count, byOrganisation: v.array(organisationStatistics) }),
};
const erasureEntries = {
  ...ledgerStored,
  kind: v.literal('erase'),
  participantId: id,
  counted: v.nullable(v.looseObject({ organisation: str, minutes: count, attended: v.boolean() })),
  feedback: v.optional(v.array(id), []),
};

// Added in schema v9: the questionnaire of an offer and the guests' answers.
const questionnaireEntries = {
  ...stored,
  offerId: id,
  questions: v.array(v.looseObject({ id, kind: v.picklist(QUESTION_KINDS), text: str })),
};

const feedbackEntries = {
  ...stored,
  sessionId: id,
  respondentName: str,
  answers: v.record(v.string(), v.union([v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)), v.string()])),
  source: v.picklist(FEEDBACK_SOURCES),
  externalKey: v.nullable(str),
};

export const ENTITY_SCHEMAS = {
  settings: v.looseObject(settingsEntries),
  offers: v.looseObject(offerEntries),
  sessions: v.looseObject(sessionEntries),
  agendaItems: v.looseObject(agendaEntries),
  participants: v.looseObject(participantEntries),
  attendance: v.pipe(
    v.looseObject(attendanceEntries),
    v.forward(
      v.check((e) => e.kind === 'void' || e.time !== '', 'un ingresso o un’uscita ha sempre il suo orario'),
      ['time'],
    ),
  ),
  documentTemplates: v.looseObject(templateEntries),
  privacyLedger: v.variant('kind', [v.looseObject(purgeEntries), v.looseObject(erasureEntries)]),
  questionnaires: v.looseObject(questionnaireEntries),
  feedback: v.looseObject(feedbackEntries),
} satisfies Record<DataTable, v.GenericSchema>;

/** The Italian name of each table, as the messages about a damaged file name them. */
export const TABLE_LABELS: Record<DataTable, string> = {
  settings: 'impostazioni',
  offers: 'offerte',
  sessions: 'sessioni',
  agendaItems: 'voci di programma',
  participants: 'partecipanti',
  attendance: 'presenze',
  documentTemplates: 'modelli di documento',
  privacyLedger: 'registro delle cancellazioni',
  questionnaires: 'questionari',
  feedback: 'risposte ai questionari',
};

// Compile-time checks: the schemas name exactly the fields of each entity, and each enum has every value.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Keys<E> = keyof E & string;
const checks: [
  Same<Keys<typeof settingsEntries>, Keys<HostSettings>>,
  Same<Keys<typeof offerEntries>, Keys<Offer>>,
  Same<Keys<typeof sessionEntries>, Keys<Session>>,
  Same<Keys<typeof agendaEntries>, Keys<AgendaItem>>,
  Same<Keys<typeof participantEntries>, Keys<Participant>>,
  Same<Keys<typeof attendanceEntries>, Keys<AttendanceEvent>>,
  Same<Keys<typeof templateEntries>, Keys<DocumentTemplate>>,
  Same<Keys<typeof purgeEntries>, Keys<PurgeRecord>>,
  Same<Keys<typeof erasureEntries>, Keys<ErasureRecord>>,
  Same<Keys<typeof questionnaireEntries>, Keys<Questionnaire>>,
  Same<Keys<typeof feedbackEntries>, Keys<FeedbackResponse>>,
  Same<(typeof QUESTION_KINDS)[number], QuestionKind>,
  Same<(typeof FEEDBACK_SOURCES)[number], FeedbackSource>,
  Same<(typeof DATE_MODES)[number], DateMode>,
  Same<(typeof OFFER_FORMATS)[number], OfferFormat>,
  Same<(typeof SESSION_STATUSES)[number], SessionStatus>,
  Same<(typeof AGENDA_KINDS)[number], AgendaKind>,
  Same<(typeof PARTICIPANT_STATUSES)[number], ParticipantStatus>,
  Same<(typeof ATTENDANCE_KINDS)[number], AttendanceKind>,
  Same<(typeof ATTENDANCE_SOURCES)[number], AttendanceSource>,
  Same<(typeof SESSION_FORMATS)[number], SessionFormat>,
  Same<(typeof ONLINE_PLATFORMS)[number], OnlinePlatform>,
  Same<(typeof MESSAGE_KINDS)[number], MessageKind>,
  Same<(typeof MESSAGE_LANGS)[number], MessageLang>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void checks;
