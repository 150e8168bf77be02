// The domain of DESIGN §1 as plain data. Dates are `yyyy-MM-dd`, times `HH:mm`, instants ISO strings;
// they are formatted only at the edge (lib/domain/dates.ts).

export type IsoDate = string;
export type HhMm = string;
export type IsoInstant = string;

/** Every stored record carries an id (a UUID, so two stations never collide) and its last change. */
export interface Stored {
  id: string;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

export interface LogoImage {
  /** data: URL of the image, ready for HTML and decodable for .docx */
  dataUrl: string;
  mime: 'image/png' | 'image/jpeg';
  name: string;
  width: number;
  height: number;
}

export interface HostSettings {
  id: 'host';
  municipality: string;
  office: string;
  address: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  logo: LogoImage | null;
  signatoryName: string;
  signatoryRole: string;
  /** A scanned signature (PNG or JPEG) printed above the signatory's name on certificates; null for none. */
  signature: LogoImage | null;
  /** Share of the programme's counted hours a participant must attend for a certificate, 0..1. */
  certificateThreshold: number;
  dayStart: HhMm;
  dayEnd: HhMm;
  lunchStart: HhMm;
  lunchEnd: HhMm;
  /** Months after a session's last day before its personal data should be purged (GDPR). */
  retentionMonths: number;
  /** Name of this laptop in attendance logs, so merged logs say who recorded what ('' until one is given). */
  stationName: string;
  /**
   * This laptop's own id (lib/station.ts), kept here as a second copy. Never taken from a backup: a restore
   * keeps the laptop's own. Absent in settings saved before station ids existed.
   */
  stationId?: string;
  /**
   * The texts of the e-mails to guests changed by the office (schema v10): only those changed are kept, the others
   * are the defaults (lib/messages/templates.ts). Absent in data written before.
   */
  messageTemplates?: MessageTemplates;
  updatedAt: IsoInstant;
}

/** The steps of a guest's path that each have an e-mail (lib/messages). */
export type MessageKind = 'conferma' | 'attesa' | 'promozione' | 'promemoria' | 'attestato' | 'ringraziamento';
export type MessageLang = 'it' | 'en';

/** One message's text, with {placeholders}. */
export interface MessageTemplate {
  subject: string;
  body: string;
}

export type MessageTemplates = Partial<Record<MessageKind, Partial<Record<MessageLang, MessageTemplate>>>>;

/** A message prepared for a participant (a draft written, or the mail program opened with it): who was told what. */
export interface PreparedMessage {
  kind: MessageKind;
  preparedAt: IsoInstant;
  /** The station that prepared it, so two coordinators see each other's after a merge. */
  station: string;
}

export type DateMode = 'single' | 'alternatives' | 'multiple';
export type OfferFormat = 'presenza' | 'workshop' | 'webinar';

/** One candidate run of an offer: one day, or two consecutive days. */
export interface CandidateSession {
  days: IsoDate[];
}

export interface AgendaDraftItem {
  title: string;
  detail: string;
}

export interface Offer extends Stored {
  hostMunicipality: string;
  hostOffice: string;
  title: string;
  description: string;
  transferMethod: string;
  capacityMin: number | null;
  capacityMax: number;
  targetProfiles: string;
  durationDays: 1 | 2;
  dateMode: DateMode;
  candidateSessions: CandidateSession[];
  notes: string;
  format: OfferFormat;
  agendaDraft: AgendaDraftItem[];
  /** Where the offer came from when imported from a form. */
  source: { fileName: string; importedAt: IsoInstant } | null;
}

export type SessionStatus = 'proposta' | 'confermata' | 'svolta' | 'annullata';

/** How a session is held: at the venue, online (a video call), or both at once (hybrid). */
export type SessionFormat = 'presenza' | 'online' | 'ibrida';
/** The platforms whose attendance reports Ospita reads. */
export type ReportPlatform = 'teams' | 'zoom' | 'meet' | 'webex';
/** The platform of a session's video call ('altro': one whose reports Ospita does not read). */
export type OnlinePlatform = ReportPlatform | 'altro';

/** The video call of an online or hybrid session. */
export interface OnlineMeeting {
  /** null while not chosen. */
  platform: OnlinePlatform | null;
  /** The address participants open to join ('' when not known yet). */
  link: string;
}

/** Whom guests call about a session (the coordinator on the day, not the certificate's signatory). */
export interface SessionContact {
  name: string;
  phone: string;
  email: string;
}

export interface Session extends Stored {
  offerId: string;
  /** The days held (one or two, consecutive); empty while an "alternatives" session awaits its choice. */
  days: IsoDate[];
  /** For an "alternatives" offer: the dates proposed until one is confirmed. */
  candidates: CandidateSession[];
  // Where and how the session is held. Keep further details of the place here (schema v7 added format and online, v12 the address and contact person).
  venue: string;
  /** In presence, online or hybrid; from the offer's format when the session is created. */
  format: SessionFormat;
  /** The video call (used when the format is online or hybrid; kept, unused, when it goes back to presence). */
  online: OnlineMeeting;
  /** The venue's street address, for guests finding their way ('' when it is the office's own, from Settings). Schema v12. */
  venueAddress: string;
  /** The person guests contact about this session (schema v12; empty fields when not given). */
  contact: SessionContact;
  status: SessionStatus;
  capacityMin: number | null;
  capacityMax: number;
  notes: string;
  /** First day held or proposed, for sorting and indexing ('' when unknown). */
  firstDay: IsoDate;
  /** Set once the session's personal data is purged (GDPR): what remains is anonymous. Absent or null before. */
  statistics?: SessionStatistics | null;
  /**
   * Where guests answer the feedback questionnaire (a web address), mentioned in the thank-you message; '' when
   * there is none (schema v10; absent in data written before).
   */
  feedbackUrl?: string;
}

/** Anonymous attendance of one organisation at a purged session. */
export interface OrganisationStatistics {
  organisation: string;
  /** Registered participants (not cancelled). */
  participants: number;
  /** Training minutes attended, summed over its participants. */
  minutes: number;
  /**
   * Set on the one row «altri enti» that groups the organisations with fewer than three participants (its
   * `organisation` is ''): how many organisations it stands for. Absent on every other row.
   */
  grouped?: number;
}

/** What a session keeps of its participants once their personal data is purged. */
export interface SessionStatistics {
  purgedAt: IsoInstant;
  /** Registered participants (not cancelled). */
  participants: number;
  /** Participants with at least one check-in. */
  attended: number;
  minutes: number;
  byOrganisation: OrganisationStatistics[];
}

export type AgendaKind = 'intervento' | 'laboratorio' | 'visita' | 'pausa' | 'pranzo' | 'trasferimento';

export interface AgendaItem extends Stored {
  sessionId: string;
  /** 0 for the first day of the session, 1 for the second: survives a change of dates. */
  dayIndex: number;
  start: HhMm;
  end: HhMm;
  title: string;
  description: string;
  kind: AgendaKind;
  place: string;
  speakers: string;
  countsTowardHours: boolean;
}

export type ParticipantStatus = 'confermato' | 'in_attesa' | 'annullato';

export interface Consent {
  given: boolean;
  date: IsoDate | null;
}

export interface Participant extends Stored {
  sessionId: string;
  surname: string;
  name: string;
  organisation: string;
  role: string;
  email: string;
  phone: string;
  notes: string;
  /** Dietary needs, allergies and intolerances for the caterer ('' when none). Schema v12. */
  dietary: string;
  status: ParticipantStatus;
  /** Short code of unambiguous characters, printed as QR code and barcode. */
  checkinCode: string;
  consent: Consent;
  /** Kept when the user registered beyond the maximum on purpose. */
  overCapacityReason: string | null;
  /** Registered at the door on the day. */
  walkIn: boolean;
  /**
   * A decision taken by hand on the certificate of attendance, over the hours rule (schema v3; absent or null
   * when the rule decides).
   */
  certificateOverride?: CertificateOverride | null;
  /** The messages prepared for this person, oldest first (schema v10; absent in data written before). */
  messages?: PreparedMessage[];
}

/** Include or exclude a participant from the certificates by hand, with the reason, kept on the participant. */
export interface CertificateOverride {
  include: boolean;
  reason: string;
  decidedAt: IsoInstant;
}

export type AttendanceKind = 'in' | 'out' | 'void';
export type AttendanceSource = 'desk' | 'scanner' | 'bulk' | 'transcription' | 'correction' | 'online';

/**
 * Append-only attendance log. A correction is a new 'void' event naming the voided event and a reason;
 * nothing is overwritten, so logs from two stations merge by union of ids.
 */
export interface AttendanceEvent {
  id: string;
  sessionId: string;
  participantId: string;
  day: IsoDate;
  kind: AttendanceKind;
  /** Wall-clock time of the entry or exit on that day ('' for a void event). */
  time: HhMm;
  /** When the event was recorded. */
  recordedAt: IsoInstant;
  /** The name of the station that recorded it, as it was then. */
  station: string;
  /** The id of the station that recorded it; "undo the last action" acts only on its own. Absent on older events. */
  stationId?: string;
  source: AttendanceSource;
  voidsEventId: string | null;
  reason: string;
  /**
   * Presence followed online, on this platform (from its attendance report, or a correction of such an event);
   * absent or null for presence at the door. Entries and exits pair up within each of the two.
   */
  platform?: ReportPlatform | null;
}

/** Documents an office may issue on its own Word template instead of the built-in layout. */
export type TemplateKind = 'certificate' | 'programme';

/** The office's own Word template for a document, with placeholders in braces ({nome}, {ente}…). */
export interface DocumentTemplate {
  /** One template per kind of document. */
  id: TemplateKind;
  fileName: string;
  /** The .docx file, base64. */
  data: string;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

export type QuestionKind = 'scale' | 'text';

/** One question of a feedback questionnaire: a 1–5 scale, or a free answer. */
export interface Question {
  /**
   * Stable id the answers refer to. The default questions keep fixed ids ('overall', 'usefulness'...), so the
   * programme report can average the same question across every offer.
   */
  id: string;
  kind: QuestionKind;
  text: string;
}

/** The feedback questionnaire of an offer (schema v9). Its id is derived from the offer's, one per offer. */
export interface Questionnaire extends Stored {
  offerId: string;
  questions: Question[];
}

export type FeedbackSource = 'paper' | 'import';

/** One guest's answers to a session's questionnaire (schema v9). */
export interface FeedbackResponse extends Stored {
  sessionId: string;
  /** '' when anonymous: a name is kept only when the guest chose to give it. */
  respondentName: string;
  /** By question id: 1..5 for a scale, text for a free answer; a question left blank is absent. */
  answers: Record<string, number | string>;
  source: FeedbackSource;
  /** For imported answers: what identifies the row in the form's export, so importing it again adds nothing. */
  externalKey: string | null;
}
