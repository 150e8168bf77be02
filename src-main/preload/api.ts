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
  appInfo: 'app:info',
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

export type SaveFilesResult = { status: 'saved'; folder: string; paths: string[] } | { status: 'cancelled' };

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

export type BackupReason = 'quit' | 'daily' | 'manual';

export interface BackupWriteRequest {
  json: string;
  reason: BackupReason;
}

export interface BackupEntry {
  name: string;
  createdAt: string;
  reason: BackupReason;
  size: number;
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
  appInfo(): Promise<AppInfo>;
  /** The main process asks for a backup (on quit, daily); returns a function that stops listening. */
  onBackupRequested(listener: (reason: BackupReason) => void): () => void;
}

/** The invoke-style methods, one per channel. */
export type InvokeApi = Omit<HostApi, 'onBackupRequested'>;
