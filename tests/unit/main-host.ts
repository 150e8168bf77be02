// The host API the app sees in the desktop app, bound straight to the real main-process handlers (the same
// validation, backups folder and journal file), in a temporary data folder: what the unit tests run against.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, type Handlers } from '../../src-main/ipc/handlers';
import { CHANNELS, type BackupReason, type HostApi } from '../../src-main/preload/api';

export interface MainHost extends HostApi {
  readonly dir: string;
  readonly handlers: Handlers;
  /** As the main process does daily and on quit. */
  requestBackup(reason: BackupReason): void;
  /** The mailto: URLs the app asked to open, in order. */
  readonly opened: string[];
}

export function mainHost(dir: string = mkdtempSync(join(tmpdir(), 'ospita-unit-host-'))): MainHost {
  const opened: string[] = [];
  const handlers = createHandlers({
    userDataDir: join(dir, 'userData'),
    defaultDocumentsDir: join(dir, 'documents'),
    appInfo: () => ({ name: 'Ospita', version: '0.1.0', runtime: 'electron', electronVersion: 'test', platform: process.platform, userDataPath: join(dir, 'userData') }),
    chooseSavePath: async ({ defaultPath }) => join(dir, 'saved', defaultPath.split(/[\\/]/).pop()!),
    chooseFolder: async () => join(dir, 'folder'),
    showItemInFolder: () => undefined,
    print: async () => ({ status: 'printed' }),
    printToPdf: async () => new Uint8Array([37, 80, 68, 70]),
    openExternal: async (url) => {
      opened.push(url);
    },
  });
  const call = (channel: (typeof CHANNELS)[keyof typeof CHANNELS]) => (payload?: unknown) => handlers[channel](payload) as Promise<never>;
  const listeners = new Set<(reason: BackupReason) => void>();
  return {
    dir,
    handlers,
    opened,
    saveFile: call(CHANNELS.saveFile),
    saveFilesToFolder: call(CHANNELS.saveFilesToFolder),
    showInFolder: call(CHANNELS.showInFolder),
    printHtml: call(CHANNELS.printHtml),
    htmlToPdf: call(CHANNELS.htmlToPdf),
    writeBackup: call(CHANNELS.writeBackup),
    listBackups: call(CHANNELS.listBackups),
    readBackup: call(CHANNELS.readBackup),
    journalOpen: call(CHANNELS.journalOpen),
    journalAppend: call(CHANNELS.journalAppend),
    journalExport: call(CHANNELS.journalExport),
    replaceBackup: call(CHANNELS.replaceBackup),
    removeBackup: call(CHANNELS.removeBackup),
    appInfo: call(CHANNELS.appInfo),
    saveMailDrafts: call(CHANNELS.saveMailDrafts),
    openMailDraft: call(CHANNELS.openMailDraft),
    onBackupRequested(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestBackup(reason) {
      for (const listener of listeners) listener(reason);
    },
  };
}
