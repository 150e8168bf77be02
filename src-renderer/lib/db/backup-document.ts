// The backup file: one versioned JSON document holding every table, with a SHA-256 checksum, and the
// validation that decides whether a file may be restored or merged. Pure: no Dexie, no Svelte, no Electron,
// so the command-line tools and the tests use it as the app does.
import * as v from 'valibot';
import type { JournalPosition } from '../../../src-main/preload/api';
import { resolveCodeClashes } from '../domain/code-clashes';
import type { AgendaItem, AttendanceEvent, DocumentTemplate, FeedbackResponse, HostSettings, Offer, Participant, Questionnaire, Session } from '../domain/types';
import type { LedgerRecord } from '../domain/privacy-ledger';
import type { MessageKey } from '../i18n/catalogue';
import { brokenReference } from './backup-references';
import { defaultSessionFormat, noMeeting } from '../domain/session-format';
import { ENTITY_SCHEMAS, TABLE_LABELS } from './backup-schemas';
import { DATA_TABLES, LATER_DATA_TABLES, type DataTable } from './database';

export const BACKUP_FORMAT = 'ospita-backup';
/** Version of the envelope (the fields around `data`); the data itself follows the database schema version. */
export const BACKUP_FORMAT_VERSION = 1;
/** Larger than any real office's data by far; anything bigger is not one of our backups. */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

export interface TableRecords {
  settings: HostSettings;
  offers: Offer;
  sessions: Session;
  agendaItems: AgendaItem;
  participants: Participant;
  attendance: AttendanceEvent;
  documentTemplates: DocumentTemplate;
  questionnaires: Questionnaire;
  feedback: FeedbackResponse;
  privacyLedger: LedgerRecord;
}
export type BackupData = { [T in DataTable]: TableRecords[T][] };

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  station: string;
  /** The journal position the data holds (automatic backups since the journal; absent in older files). */
  journal?: JournalPosition | null;
  counts: Record<DataTable, number>;
  checksum: { algorithm: 'SHA-256'; value: string };
  data: BackupData;
}

export interface BackupMeta {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  station: string;
  journal?: JournalPosition | null;
}

/** What this running app understands. */
export interface BackupEnvironment {
  appVersion: string;
  schemaVersion: number;
}

export interface BackupProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type ReadBackupResult = { ok: true; backup: BackupDocument } | { ok: false; problem: BackupProblem };

// ---------------------------------------------------------------------------------------------------------
// Writing

export async function buildBackupDocument(data: BackupData, meta: BackupMeta): Promise<BackupDocument> {
  const counts = Object.fromEntries(DATA_TABLES.map((t) => [t, data[t].length])) as Record<DataTable, number>;
  const body = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...meta, counts, data } as const;
  return { ...body, checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) } };
}

/** The document as it is written to disk: the header first, so a person opening the file sees it at once. */
export function serialiseBackup(doc: BackupDocument): string {
  const { data, ...header } = doc;
  const tables = DATA_TABLES.map((t) => `${JSON.stringify(t)}:${JSON.stringify(data[t])}`).join(',\n');
  return `${JSON.stringify(header, null, 1).slice(0, -2)},\n"data":{\n${tables}\n}}\n`;
}

/**
 * The text the checksum covers: the compact JSON of the document without its checksum, keys in the document's
 * order. JSON.parse keeps that order and JSON.stringify writes values one way only, so a file read back gives
 * the same text as when it was written, and any changed value, added or removed record changes it.
 * (Sorting every key instead would cost four times as long on 25,000 records and guard only against a tool
 * reordering keys, which a backup has no reason to go through.)
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------------------------------------------------
// Reading and validating

const Envelope = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+/)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  station: v.string(),
  journal: v.optional(v.nullable(v.object({ id: v.pipe(v.string(), v.minLength(1)), position: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) }))),
  counts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  checksum: v.object({ algorithm: v.literal('SHA-256'), value: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) }),
  // Tables added later are missing from older backups: none of their records.
  data: v.object(
    Object.fromEntries(DATA_TABLES.map((t) => [t, LATER_DATA_TABLES.includes(t) ? v.optional(v.array(v.unknown()), []) : v.array(v.unknown())])) as Record<DataTable, v.ArraySchema<v.UnknownSchema, undefined>>,
  ),
});

const problem = (key: MessageKey, params?: Record<string, string | number>): ReadBackupResult => ({ ok: false, problem: params ? { key, params } : { key } });

/**
 * Reads a backup file (its bytes, or text already decoded) and checks everything before anyone writes a
 * record: encoding, JSON, that it is ours, versions, every record of every table (dates and times as real
 * calendar values), counts, checksum, and that every record points at records the file holds.
 */
export async function readBackupFile(input: Uint8Array | string, env: BackupEnvironment): Promise<ReadBackupResult> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_BACKUP_BYTES) return problem('backup.error.tooLarge', { size: Math.round(size / (1024 * 1024)) });
  const text = typeof input === 'string' ? input : decodeText(input);
  if (text === null) return problem('backup.error.encoding');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return problem('backup.error.empty');
  if (trimmed.includes('\u0000')) return problem('backup.error.encoding');

  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    const looksOurs = trimmed.startsWith('{') && trimmed.slice(0, 200).includes(`"${BACKUP_FORMAT}"`);
    return problem(looksOurs ? 'backup.error.truncated' : 'backup.error.notJson');
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) return problem('backup.error.foreign');

  // Versions first: a newer file may legitimately have a shape this code cannot read.
  if (typeof parsed.formatVersion === 'number' && parsed.formatVersion > BACKUP_FORMAT_VERSION) return problem('backup.error.newerFormat');
  if (typeof parsed.schemaVersion === 'number' && parsed.schemaVersion > env.schemaVersion) {
    return problem('backup.error.newerSchema', { version: String(parsed.appVersion ?? '?') });
  }
  if (typeof parsed.appVersion === 'string' && compareVersions(parsed.appVersion, env.appVersion) > 0) {
    return problem('backup.error.newerApp', { version: parsed.appVersion, current: env.appVersion });
  }

  const envelope = v.safeParse(Envelope, parsed);
  if (!envelope.success) return problem('backup.error.damaged', { detail: describeIssue(envelope.issues[0]) });

  const { checksum, ...body } = parsed;
  if ((await sha256Hex(canonicalJson(body))) !== envelope.output.checksum.value) return problem('backup.error.checksum');

  for (const table of DATA_TABLES) {
    const declared = envelope.output.counts[table];
    if (declared !== undefined && declared !== envelope.output.data[table].length) {
      return problem('backup.error.counts', { table: TABLE_LABELS[table], declared, found: envelope.output.data[table].length });
    }
  }

  const data = {} as Record<DataTable, unknown[]>;
  for (const table of DATA_TABLES) {
    const records = envelope.output.data[table];
    const schema = ENTITY_SCHEMAS[table];
    const valid: unknown[] = new Array(records.length);
    const ids = new Set<string>();
    for (let i = 0; i < records.length; i++) {
      const result = v.safeParse(schema, records[i]);
      if (!result.success) return problem('backup.error.record', { table: TABLE_LABELS[table], n: i + 1, detail: describeIssue(result.issues[0]) });
      const recordId = (result.output as { id: string }).id;
      if (ids.has(recordId)) return problem('backup.error.duplicate', { table: TABLE_LABELS[table], n: i + 1 });
      ids.add(recordId);
      valid[i] = result.output;
    }
    data[table] = valid;
  }
  const broken = brokenReference(data as unknown as BackupData);
  if (broken) return { ok: false, problem: broken };
  void checksum;
  completeSessions(data as unknown as BackupData);
  return { ok: true, backup: { ...envelope.output, format: BACKUP_FORMAT, checksum: envelope.output.checksum, data: data as unknown as BackupData, counts: countsOf(data as unknown as BackupData) } };
}

/**
 * Sessions of a backup written before schema v7 have no format and no video call: they get what the upgrade of
 * the database gives them (the offer's format, no call yet), so a restored or merged session reads the same.
 */
function completeSessions(data: BackupData): void {
  const formats = new Map(data.offers.map((o) => [o.id, o.format]));
  for (const s of data.sessions as Partial<Session>[]) {
    s.format ??= defaultSessionFormat(formats.get(s.offerId ?? ''));
    s.online ??= noMeeting();
  }
}

function countsOf(data: BackupData): Record<DataTable, number> {
  return Object.fromEntries(DATA_TABLES.map((t) => [t, data[t].length])) as Record<DataTable, number>;
}

/**
 * Our backups are UTF-8; one re-saved by an editor as "Unicode" (UTF-16 with its BOM) is read too, since the
 * checksum still proves its content. Anything else (another encoding, a binary file) gives null.
 */
function decodeText(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "1.10.0" > "1.9.3"; pre-release suffixes are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (s: string) => (s.match(/^(\d+)\.(\d+)\.(\d+)/)?.slice(1) ?? ['0', '0', '0']).map(Number);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** "campo «days.0»: «2026-13-45» non è una data del calendario (aaaa-mm-gg)", in words a coordinator can pass on. */
function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'contenuto non valido';
  const path = (issue.path ?? []).map((p) => p.key).filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
  const field = path.length ? `campo «${path.join('.')}»` : 'struttura del file';
  if (issue.received === 'undefined') return `${field}: mancante`;
  if (issue.kind !== 'validation' || issue.type !== 'check') return `${field}: valore non valido (${issue.received.slice(0, 40)})`;
  // Our own checks say in words what is wrong; a check on a whole record names its field through the path.
  const value: unknown = issue.path?.length ? issue.path[issue.path.length - 1]!.value : issue.input;
  if (value === '') return `${field}: vuoto (${issue.message})`;
  return `${field}: ${typeof value === 'string' ? `«${value.slice(0, 40)}»` : issue.received.slice(0, 40)} ${issue.message}`;
}

// ---------------------------------------------------------------------------------------------------------
// Summary shown before a restore or a merge

export interface BackupSessionSummary {
  id: string;
  title: string;
  days: string[];
  status: Session['status'];
  participants: number;
  attendance: number;
}

/** A participant whose check-in code someone of the same session already had: a new code on restore. */
export interface RecodedOnRestore {
  id: string;
  label: string;
  previousCode: string;
  code: string;
  /** Who keeps the code (registered first). */
  keptBy: string;
}

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  station: string;
  counts: Record<DataTable, number>;
  sessions: BackupSessionSummary[];
  recoded: RecodedOnRestore[];
}

/** The participants as a restore writes them: check-in codes unique in each session (see code-clashes.ts). */
export function participantsToRestore(doc: Pick<BackupDocument, 'data'>): { participants: Participant[]; recoded: RecodedOnRestore[] } {
  const { participants, recoded } = resolveCodeClashes(doc.data.participants);
  const name = (p: Participant) => `${p.surname} ${p.name}`.trim();
  return {
    participants,
    recoded: recoded.map((r) => ({ id: r.participant.id, label: name(r.participant), previousCode: r.previousCode, code: r.participant.checkinCode, keptBy: name(r.keptBy) })),
  };
}

export function summariseBackup(doc: BackupDocument): BackupSummary {
  const titles = new Map(doc.data.offers.map((o) => [o.id, o.title]));
  const participants = tally(doc.data.participants.map((p) => p.sessionId));
  const attendance = tally(doc.data.attendance.map((e) => e.sessionId));
  const sessions = doc.data.sessions
    .map((s) => ({
      id: s.id,
      title: titles.get(s.offerId) ?? '',
      days: s.days.length ? s.days : (s.candidates[0]?.days ?? []),
      status: s.status,
      participants: participants.get(s.id) ?? 0,
      attendance: attendance.get(s.id) ?? 0,
    }))
    .sort((a, b) => (a.days[0] ?? '9999').localeCompare(b.days[0] ?? '9999'));
  return { createdAt: doc.createdAt, appVersion: doc.appVersion, schemaVersion: doc.schemaVersion, station: doc.station, counts: doc.counts, sessions, recoded: participantsToRestore(doc).recoded };
}

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The header of a backup (counts, station), read without the full validation: for lists, never for restoring. */
export function peekBackup(text: string): { counts: Partial<Record<DataTable, number>>; station: string; journal: JournalPosition | null } | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT || !isRecord(parsed.counts)) return null;
    const j = parsed.journal;
    const journal = isRecord(j) && typeof j.id === 'string' && typeof j.position === 'number' && Number.isSafeInteger(j.position) ? { id: j.id, position: j.position } : null;
    return { counts: parsed.counts as Partial<Record<DataTable, number>>, station: typeof parsed.station === 'string' ? parsed.station : '', journal };
  } catch {
    return null;
  }
}
