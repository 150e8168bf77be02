// One handler per channel of the contract, each validating its payload. The handlers know nothing of
// Electron: the real app passes Electron's dialogs and printer as `MainDeps`, the end-to-end suite fakes.
import { join } from 'node:path';
import { JournalFile } from '../journal/journal-file';
import { composeDraft } from '../mail/compose';
import { buildMailtoUrl, isSafeMailto } from '../mail/mailto';
import type { AppInfo, BackupEntry, FileData, InvokeApi, JournalState, PrintResult, SaveFileResult, SaveFilesResult } from '../preload/api';
import { CHANNELS } from '../preload/api';
import * as backups from './backups';
import { allowedExtensions, fileExists, FolderMemory, saveNewFiles, withExtension, writeFileAtomic } from './files';
import * as schemas from './schemas';
import { validate } from './schemas';

export interface MainDeps {
  userDataDir: string;
  appInfo(): AppInfo;
  chooseSavePath(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  chooseFolder(options: { defaultPath: string | undefined; title: string }): Promise<string | null>;
  showItemInFolder(path: string): void;
  print(html: string, options: { title: string; landscape: boolean }): Promise<PrintResult>;
  printToPdf(html: string, options: { landscape: boolean }): Promise<Uint8Array>;
  /** Opens a mailto: URL in the default mail program (Electron's shell.openExternal); only checked URLs get here. */
  openExternal(url: string): Promise<void>;
  defaultDocumentsDir: string;
}

type Handler = (payload: unknown) => Promise<unknown>;
export type Handlers = Record<(typeof CHANNELS)[keyof typeof CHANNELS], Handler>;

export function backupsDir(userDataDir: string): string {
  return join(userDataDir, 'backups');
}

export function journalDir(userDataDir: string): string {
  return join(userDataDir, 'journal');
}

const journals = new WeakMap<Handlers, JournalFile>();

/** Closes what the handlers keep open (the journal's file handle): a window's bridge going away in the tests. */
export async function disposeHandlers(handlers: Handlers): Promise<void> {
  await journals.get(handlers)?.close();
}

export function createHandlers(deps: MainDeps): Handlers {
  const folders = new FolderMemory(join(deps.userDataDir, 'folders.json'));
  const savedPaths = new Set<string>();
  const backupDir = backupsDir(deps.userDataDir);
  const journal = new JournalFile(journalDir(deps.userDataDir));

  /** Files into the folder chosen for a purpose (asked the first time, or when asked to choose again). */
  async function writeIntoFolder(purpose: string, chooseFolder: boolean, files: { name: string; data: () => Promise<FileData> }[]): Promise<SaveFilesResult> {
    let folder = chooseFolder ? undefined : await folders.folderFor(purpose);
    if (!folder) {
      const chosen = await deps.chooseFolder({ defaultPath: (await folders.lastFolder()) ?? deps.defaultDocumentsDir, title: 'Scegli la cartella' });
      if (!chosen) return { status: 'cancelled' };
      folder = chosen;
    }
    // Never replaces a file already there (the attestati of an earlier run): a taken name gets a number.
    const { paths, renamed } = await saveNewFiles(folder, files);
    for (const path of paths) savedPaths.add(path);
    await folders.remember(folder, purpose);
    return { status: 'saved', folder, paths, renamed };
  }

  const api: InvokeApi = {
    async saveFile(payload): Promise<SaveFileResult> {
      const request = validate(CHANNELS.saveFile, schemas.SaveFileRequest, payload);
      const folder = (await folders.lastFolder()) ?? deps.defaultDocumentsDir;
      const allowed = allowedExtensions(request.filters, request.suggestedName);
      // The extension is added before the dialog opens, so its «replace?» question is about the real name.
      let defaultPath = withExtension(join(folder, request.suggestedName), allowed);
      for (let attempt = 0; attempt < 3; attempt++) {
        const chosen = await deps.chooseSavePath({ defaultPath, filters: request.filters });
        if (!chosen) return { status: 'cancelled' };
        const path = withExtension(chosen, allowed);
        // A name typed without its extension was checked by the dialog without it: if the full name is taken,
        // ask again with it, and the dialog asks whether to replace that file.
        if (path !== chosen && (await fileExists(path))) {
          defaultPath = path;
          continue;
        }
        await writeFileAtomic(path, request.data);
        savedPaths.add(path);
        await folders.remember(join(path, '..'));
        return { status: 'saved', path };
      }
      return { status: 'cancelled' };
    },
    async saveFilesToFolder(payload): Promise<SaveFilesResult> {
      const request = validate(CHANNELS.saveFilesToFolder, schemas.SaveFilesRequest, payload);
      return writeIntoFolder(request.purpose, request.chooseFolder, request.files.map((f) => ({ name: f.name, data: async () => f.data })));
    },
    async saveMailDrafts(payload): Promise<SaveFilesResult> {
      const request = validate(CHANNELS.saveMailDrafts, schemas.SaveMailDraftsRequest, payload);
      const date = new Date();
      return writeIntoFolder(request.purpose, request.chooseFolder, request.drafts.map(({ fileName, ...draft }) => ({ name: fileName, data: () => composeDraft(draft, date) })));
    },
    async openMailDraft(payload): Promise<void> {
      const request = validate(CHANNELS.openMailDraft, schemas.OpenMailRequest, payload);
      const url = buildMailtoUrl(request);
      if (!isSafeMailto(url)) throw new Error('Indirizzo mailto non valido.');
      await deps.openExternal(url);
    },
    async showInFolder(payload): Promise<void> {
      const path = validate(CHANNELS.showInFolder, schemas.FilePath, payload);
      // Only files this app wrote in this run: the renderer cannot make us reveal arbitrary paths.
      if (!savedPaths.has(path)) throw new Error('Percorso non riconosciuto.');
      deps.showItemInFolder(path);
    },
    async printHtml(payload): Promise<PrintResult> {
      const request = validate(CHANNELS.printHtml, schemas.PrintRequest, payload);
      return deps.print(request.html, { title: request.title, landscape: request.landscape });
    },
    async htmlToPdf(payload): Promise<Uint8Array> {
      const request = validate(CHANNELS.htmlToPdf, schemas.PdfRequest, payload);
      return deps.printToPdf(request.html, { landscape: request.landscape });
    },
    async writeBackup(payload): Promise<BackupEntry> {
      const request = validate(CHANNELS.writeBackup, schemas.BackupWriteRequest, payload);
      const entry = await backups.writeBackup(backupDir, request.json, request.reason);
      // The backup is on the disk: the changes it holds need not stay in the journal.
      if (request.journal) await journal.trim(request.journal.id, request.journal.position);
      return entry;
    },
    async listBackups(): Promise<BackupEntry[]> {
      return backups.listBackups(backupDir);
    },
    async readBackup(payload): Promise<string> {
      const name = validate(CHANNELS.readBackup, schemas.BackupName, payload);
      return backups.readBackup(backupDir, name);
    },
    async journalOpen(): Promise<JournalState> {
      return journal.open();
    },
    async journalAppend(payload): Promise<void> {
      const request = validate(CHANNELS.journalAppend, schemas.JournalAppendRequest, payload);
      await journal.append(request.seq, request.change);
    },
    async journalExport(): Promise<string> {
      return journal.exportText();
    },
    async replaceBackup(payload): Promise<BackupEntry> {
      const request = validate(CHANNELS.replaceBackup, schemas.BackupReplaceRequest, payload);
      return backups.replaceBackup(backupDir, request.name, request.json);
    },
    async removeBackup(payload): Promise<void> {
      const name = validate(CHANNELS.removeBackup, schemas.BackupName, payload);
      await backups.removeBackup(backupDir, name);
    },
    async appInfo(): Promise<AppInfo> {
      return deps.appInfo();
    },
  };

  const handlers: Handlers = {
    [CHANNELS.saveFile]: api.saveFile as Handler,
    [CHANNELS.saveFilesToFolder]: api.saveFilesToFolder as Handler,
    [CHANNELS.showInFolder]: api.showInFolder as Handler,
    [CHANNELS.printHtml]: api.printHtml as Handler,
    [CHANNELS.htmlToPdf]: api.htmlToPdf as Handler,
    [CHANNELS.writeBackup]: api.writeBackup as Handler,
    [CHANNELS.listBackups]: api.listBackups as Handler,
    [CHANNELS.readBackup]: api.readBackup as Handler,
    [CHANNELS.journalOpen]: api.journalOpen as Handler,
    [CHANNELS.journalAppend]: api.journalAppend as Handler,
    [CHANNELS.journalExport]: api.journalExport as Handler,
    [CHANNELS.replaceBackup]: api.replaceBackup as Handler,
    [CHANNELS.removeBackup]: api.removeBackup as Handler,
    [CHANNELS.appInfo]: api.appInfo as Handler,
    [CHANNELS.saveMailDrafts]: api.saveMailDrafts as Handler,
    [CHANNELS.openMailDraft]: api.openMailDraft as Handler,
  };
  journals.set(handlers, journal);
  return handlers;
}
