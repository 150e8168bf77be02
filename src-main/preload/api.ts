// THE contract between the renderer and the main process: channel names and the HostApi type.
// No runtime dependencies: the sandboxed preload, the main process, the renderer and the tests all import it.

export const CHANNELS = {
  saveFile: 'files:save',
  saveFilesToFolder: 'files:save-many',
  showInFolder: 'files:show-in-folder',
  printHtml: 'printing:print',
  htmlToPdf: 'printing:pdf',
  writeBackup: 'backups:write',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
  journalOpen: 'journal:open',
  journalAppend: 'journal:append',
  journalExport: 'journal:export',
  appInfo: 'app:info',
  replaceBackup: 'backups:replace',
  removeBackup: 'backups:remove',
  saveMailDrafts: 'mail:save-drafts',
  openMailDraft: 'mail:open',
} as const;

/** Sent by the main process (not invoked): asks the renderer for a backup, on quit and daily. */
export const BACKUP_REQUEST_EVENT = 'backups:requested';

export type ChannelName = keyof typeof CHANNELS;
export type Channel = (typeof CHANNELS)[ChannelName];

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Text is written as UTF-8; bytes as they are. */
export type FileData = Uint8Array | string;

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  data: FileData;
}

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' };

export interface SaveFilesRequest {
  /** What the files are ("attestati"): the folder chosen for a purpose is remembered and offered again. */
  purpose: string;
  files: { name: string; data: FileData }[];
  /** Ask for the folder again even if one was chosen before. */
  chooseFolder: boolean;
}

/**
 * `renamed`: the names saved with a number («Rossi Mario - Attestato (2).pdf») because the name asked for was
 * taken; files already in the folder are never replaced.
 */
export type SaveFilesResult = { status: 'saved'; folder: string; paths: string[]; renamed: string[] } | { status: 'cancelled' };

export interface MailAddress {
  name: string;
  address: string;
}

export interface MailAttachment {
  fileName: string;
  /** application/pdf, text/calendar, or a Word document where PDF cannot be made (browser). */
  contentType: string;
  data: FileData;
}

/** One message to one guest, as the renderer builds it: the main process turns it into a MIME (.eml) draft. */
export interface MailDraft {
  /** "Rossi Maria - Conferma.eml" */
  fileName: string;
  from: MailAddress;
  to: MailAddress;
  subject: string;
  text: string;
  attachments: MailAttachment[];
}

export interface SaveMailDraftsRequest {
  /** As for saveFilesToFolder: the folder chosen for a purpose is remembered and offered again. */
  purpose: string;
  drafts: MailDraft[];
  chooseFolder: boolean;
}

/** The default mail program opened on a new message (mailto:); the main process builds and checks the address. */
export interface OpenMailRequest {
  to: string;
  subject: string;
  body: string;
}

export interface PrintRequest {
  html: string;
  title: string;
  landscape: boolean;
}

export type PrintResult = { status: 'printed' } | { status: 'cancelled' };

export interface PdfRequest {
  html: string;
  landscape: boolean;
}

/**
 * Why a backup was written: on quit, daily, before a restore ('manual'), every few minutes while check-ins
 * happen ('checkin'), on the first start with the journal ('start'), the data a restore or a recovery put in
 * place ('restore', 'recovery'), the data just after a purge or an erasure ('privacy': the journal is trimmed so its
 * older lines no longer hold that personal data).
 */
export type BackupReason = 'quit' | 'daily' | 'manual' | 'checkin' | 'start' | 'restore' | 'recovery' | 'privacy';

/** A point in a journal: a backup holding every change up to `position` of the journal `id`. */
export interface JournalPosition {
  id: string;
  position: number;
}

export interface BackupWriteRequest {
  json: string;
  reason: BackupReason;
  /** The journal position the backup holds: once it is written, the journal is trimmed up to there. */
  journal: JournalPosition | null;
}

export interface BackupReplaceRequest {
  name: string;
  json: string;
}

export interface BackupEntry {
  name: string;
  createdAt: string;
  reason: BackupReason;
  size: number;
}

/** One change kept in the journal: its sequence number, when it was written, the change as JSON text. */
export interface JournalEntry {
  seq: number;
  at: string;
  change: string;
}

export interface JournalAppendRequest {
  /** Strictly greater than every sequence number the journal has seen. */
  seq: number;
  /** JSON text of the change: an object with a non-empty `ops` list (lib/journal/changes.ts). */
  change: string;
}

/** The journal as found when it was opened: what the start-up check and a recovery need. */
export interface JournalState {
  id: string;
  /** Changes up to here were trimmed (a backup holds them). */
  base: number;
  /** The highest sequence number the journal has known. */
  last: number;
  entries: JournalEntry[];
  /** Lines in the middle of the file that failed their checksum: changes that may be lost. */
  damagedLines: number[];
  /** The last line was torn by a kill while it was written; it was left out (it was never confirmed). */
  tornTail: boolean;
  /** Where the journal is, for the people who support the office (null where a path means nothing). */
  location: string | null;
  /** A journal whose header could not be read was set aside here and a new one started. */
  setAside: string | null;
}

export interface AppInfo {
  name: string;
  version: string;
  runtime: 'electron' | 'browser';
  electronVersion: string | null;
  platform: string;
  userDataPath: string | null;
}

export interface HostApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  saveFilesToFolder(request: SaveFilesRequest): Promise<SaveFilesResult>;
  showInFolder(path: string): Promise<void>;
  printHtml(request: PrintRequest): Promise<PrintResult>;
  htmlToPdf(request: PdfRequest): Promise<Uint8Array>;
  writeBackup(request: BackupWriteRequest): Promise<BackupEntry>;
  listBackups(): Promise<BackupEntry[]>;
  readBackup(name: string): Promise<string>;
  /** Opens the journal (creating it on the first run) and returns what it holds. */
  journalOpen(): Promise<JournalState>;
  /** Appends one change and flushes it to the disk before resolving. */
  journalAppend(request: JournalAppendRequest): Promise<void>;
  /** The journal file's text, to hand to whoever supports the office. */
  journalExport(): Promise<string>;
  /**
   * Rewrites an automatic backup in place, same name (a purge or an erasure applied to it); fails if there is
   * no backup of that name.
   */
  replaceBackup(request: BackupReplaceRequest): Promise<BackupEntry>;
  /** Deletes an automatic backup (one that still holds erased data and cannot be rewritten). */
  removeBackup(name: string): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** Writes each draft as an .eml file (MIME, `X-Unsent: 1`) into a folder chosen once per purpose. */
  saveMailDrafts(request: SaveMailDraftsRequest): Promise<SaveFilesResult>;
  /** Opens the default mail program with a new message to one guest (text only: mailto cannot attach files). */
  openMailDraft(request: OpenMailRequest): Promise<void>;
  /** The main process asks for a backup (on quit, daily); returns a function that stops listening. */
  onBackupRequested(listener: (reason: BackupReason) => void): () => void;
}

/** The invoke-style methods, one per channel. */
export type InvokeApi = Omit<HostApi, 'onBackupRequested'>;
