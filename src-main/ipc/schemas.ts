// Payload validation for every channel: the renderer is not trusted to send well-formed data.
import * as v from 'valibot';
import { BACKUP_REASONS } from '../backup-names';
import { isChangeText } from '../journal/format';
import { hasWritableExtension, WRITABLE_EXTENSIONS } from './files';
import { isMailAddress } from '../mail/mailto';

const MAX_FILE_BYTES = 200 * 1024 * 1024;
const MAX_HTML_CHARS = 100 * 1024 * 1024;

/** A file name without folders or characters Windows refuses. */
export const FileName = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(200),
  v.check((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', 'nome di file non valido'),
);

/** A file name ending with one of the extensions the app writes (.docx, .pdf, .csv, .xlsx, .ics, .eml, .json, .log). */
export const WritableFileName = v.pipe(
  FileName,
  v.check(hasWritableExtension, `estensione non consentita: solo ${WRITABLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`),
);

const FileData = v.union([
  v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES)),
  v.pipe(
    v.instance(Uint8Array),
    v.check((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'file troppo grande'),
  ),
]);

const FileFilter = v.object({
  name: v.pipe(v.string(), v.maxLength(100)),
  extensions: v.pipe(v.array(v.picklist(WRITABLE_EXTENSIONS)), v.maxLength(10)),
});

/** The written file's extension comes from the filters (added if the name lacks it) or from the name itself. */
export const SaveFileRequest = v.pipe(
  v.strictObject({
    suggestedName: FileName,
    filters: v.pipe(v.array(FileFilter), v.maxLength(10)),
    data: FileData,
  }),
  v.check(
    (r) => r.filters.some((f) => f.extensions.length > 0) || hasWritableExtension(r.suggestedName),
    `estensione non consentita: solo ${WRITABLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
  ),
);

export const SaveFilesRequest = v.strictObject({
  purpose: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  files: v.pipe(v.array(v.strictObject({ name: WritableFileName, data: FileData })), v.minLength(1), v.maxLength(5000)),
  chooseFolder: v.boolean(),
});

/** One line of a mail header: no line breaks (no header injection). */
const HeaderText = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check((s) => !/[\r\n\u0000]/.test(s), 'a capo non ammesso'));
const MailAddress = v.strictObject({
  name: HeaderText(300),
  address: v.pipe(v.string(), v.maxLength(254), v.check(isMailAddress, 'indirizzo e-mail non valido')),
});
/** What a draft may carry: the programme, a certificate (PDF, or Word where no PDF can be made), a calendar file. */
export const MAIL_ATTACHMENT_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/calendar'] as const;
const MailDraft = v.strictObject({
  fileName: v.pipe(FileName, v.check((name) => name.toLowerCase().endsWith('.eml'), 'una bozza è un file .eml')),
  from: MailAddress,
  to: MailAddress,
  subject: HeaderText(1000),
  text: v.pipe(v.string(), v.maxLength(200_000)),
  attachments: v.pipe(v.array(v.strictObject({ fileName: FileName, contentType: v.picklist(MAIL_ATTACHMENT_TYPES), data: FileData })), v.maxLength(10)),
});
const draftBytes = (d: v.InferOutput<typeof MailDraft>) => d.text.length + d.attachments.reduce((n, a) => n + (typeof a.data === 'string' ? a.data.length : a.data.byteLength), 0);

export const SaveMailDraftsRequest = v.pipe(
  v.strictObject({
    purpose: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
    drafts: v.pipe(v.array(MailDraft), v.minLength(1), v.maxLength(2000)),
    chooseFolder: v.boolean(),
  }),
  v.check((r) => r.drafts.reduce((n, d) => n + draftBytes(d), 0) <= 2 * MAX_FILE_BYTES, 'bozze troppo grandi'),
);

export const OpenMailRequest = v.strictObject({
  to: v.pipe(v.string(), v.maxLength(254), v.check(isMailAddress, 'indirizzo e-mail non valido')),
  subject: HeaderText(1000),
  body: v.pipe(v.string(), v.maxLength(100_000)),
});

export const FilePath = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));

export const PrintRequest = v.strictObject({
  html: v.pipe(v.string(), v.maxLength(MAX_HTML_CHARS)),
  title: v.pipe(v.string(), v.maxLength(200)),
  landscape: v.boolean(),
});

export const PdfRequest = v.strictObject({
  html: v.pipe(v.string(), v.maxLength(MAX_HTML_CHARS)),
  landscape: v.boolean(),
});

const JournalPosition = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  position: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
});

export const BackupWriteRequest = v.strictObject({
  json: v.pipe(v.string(), v.minLength(2), v.maxLength(500 * 1024 * 1024)),
  reason: v.picklist(BACKUP_REASONS),
  journal: v.nullable(JournalPosition),
});

export const BackupName = v.pipe(v.string(), v.regex(new RegExp(`^ospita-backup-[0-9TZ-]+-(${BACKUP_REASONS.join('|')})\\.json$`)));

/** One change for the journal: a sequence number and the change's JSON (a restore-sized merge at most). */
export const JournalAppendRequest = v.strictObject({
  seq: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  change: v.pipe(v.string(), v.minLength(2), v.maxLength(300 * 1024 * 1024), v.check(isChangeText, 'modifica non valida')),
});

export const BackupReplaceRequest = v.strictObject({
  name: BackupName,
  json: BackupWriteRequest.entries.json,
});

export class InvalidPayloadError extends Error {
  constructor(channel: string, issues: string) {
    super(`Richiesta non valida su ${channel}: ${issues}`);
    this.name = 'InvalidPayloadError';
  }
}

export function validate<const S extends v.GenericSchema>(channel: string, schema: S, payload: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, payload);
  if (!result.success) throw new InvalidPayloadError(channel, result.issues.map((i) => i.message).join('; '));
  return result.output;
}
