// Installs window.ospita in the page before the app loads, backed by the real src-main handler modules:
// the same validation, atomic writes and backups as the desktop app; only the OS dialogs and the printer
// are replaced (dialogs answer with paths in a temporary folder, PDF comes from Chromium's own printer).
import type { Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers, disposeHandlers, type Handlers, type MainDeps } from '../../src-main/ipc/handlers';
import { BACKUP_REQUEST_EVENT, CHANNELS } from '../../src-main/preload/api';

type Encoded = unknown;

function encode(value: unknown): Encoded {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: Encoded): unknown {
  if (value && typeof value === 'object' && '__bytes' in value) return new Uint8Array(Buffer.from((value as { __bytes: string }).__bytes, 'base64'));
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  return value;
}

export interface HostRecord {
  printed: { html: string; title: string; landscape: boolean }[];
  pdfs: number;
  /** mailto: URLs the app asked the shell to open. */
  opened: string[];
}

export class FakeDialogs {
  /** null: the user cancels the next dialog; undefined: default answer in the temp folder. */
  nextSavePath: string | null | undefined = undefined;
  nextFolder: string | null | undefined = undefined;
  constructor(private readonly dir: string) {}
  savePath(defaultPath: string): string | null {
    const answer = this.nextSavePath === undefined ? join(this.dir, 'saved', defaultPath.split(/[\\/]/).pop()!) : this.nextSavePath;
    this.nextSavePath = undefined;
    return answer;
  }
  folder(): string | null {
    const answer = this.nextFolder === undefined ? join(this.dir, 'folder') : this.nextFolder;
    this.nextFolder = undefined;
    return answer;
  }
}

export async function installHostBridge(page: Page, dir: string): Promise<{ handlers: Handlers; dialogs: FakeDialogs; record: HostRecord }> {
  await mkdir(join(dir, 'saved'), { recursive: true });
  const dialogs = new FakeDialogs(dir);
  const record: HostRecord = { printed: [], pdfs: 0, opened: [] };
  const deps: MainDeps = {
    userDataDir: join(dir, 'userData'),
    defaultDocumentsDir: join(dir, 'documents'),
    appInfo: () => ({ name: 'Ospita', version: '0.1.0', runtime: 'electron', electronVersion: 'test', platform: process.platform, userDataPath: join(dir, 'userData') }),
    chooseSavePath: async ({ defaultPath }) => dialogs.savePath(defaultPath),
    chooseFolder: async () => dialogs.folder(),
    showItemInFolder: () => undefined,
    print: async (html, options) => {
      record.printed.push({ html, ...options });
      return { status: 'printed' };
    },
    openExternal: async (url) => {
      record.opened.push(url);
    },
    printToPdf: async (html, { landscape }) => {
      const pdfPage = await page.context().newPage();
      try {
        await pdfPage.setContent(html, { waitUntil: 'load' });
        record.pdfs++;
        return new Uint8Array(await pdfPage.pdf({ format: 'A4', landscape, printBackground: true, preferCSSPageSize: true }));
      } finally {
        await pdfPage.close();
      }
    },
  };
  const handlers = createHandlers(deps);
  page.on('close', () => void disposeHandlers(handlers));
  page.on('crash', () => void disposeHandlers(handlers));
  await page.exposeBinding('__ospitaInvoke', async (_source, channel: string, payload: Encoded) => {
    const handler = handlers[channel as keyof Handlers];
    if (!handler) throw new Error(`unknown channel ${channel}`);
    return encode(await handler(decode(payload)));
  });
  await page.addInitScript(
    ({ channels, backupEvent }) => {
      const w = window as unknown as Record<string, unknown>;
      const toWire = (v: unknown): unknown => {
        if (v instanceof Uint8Array) {
          let s = '';
          for (let i = 0; i < v.length; i += 0x8000) s += String.fromCharCode(...v.subarray(i, i + 0x8000));
          return { __bytes: btoa(s) };
        }
        if (Array.isArray(v)) return v.map(toWire);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toWire(x)]));
        return v;
      };
      const fromWire = (v: unknown): unknown => {
        if (v && typeof v === 'object' && '__bytes' in v) return Uint8Array.from(atob((v as { __bytes: string }).__bytes), (c) => c.charCodeAt(0));
        if (Array.isArray(v)) return v.map(fromWire);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromWire(x)]));
        return v;
      };
      const invoke = (channel: string) => async (payload?: unknown) =>
        fromWire(await (w.__ospitaInvoke as (c: string, p: unknown) => Promise<unknown>)(channel, toWire(payload)));
      const listeners = new Set<(reason: string) => void>();
      w.__ospitaRequestBackup = (reason: string) => listeners.forEach((l) => l(reason));
      w.ospita = {
        saveFile: invoke(channels.saveFile),
        saveFilesToFolder: invoke(channels.saveFilesToFolder),
        showInFolder: invoke(channels.showInFolder),
        printHtml: invoke(channels.printHtml),
        htmlToPdf: invoke(channels.htmlToPdf),
        writeBackup: invoke(channels.writeBackup),
        listBackups: invoke(channels.listBackups),
        readBackup: invoke(channels.readBackup),
        journalOpen: invoke(channels.journalOpen),
        journalAppend: invoke(channels.journalAppend),
        journalExport: invoke(channels.journalExport),
        replaceBackup: invoke(channels.replaceBackup),
        removeBackup: invoke(channels.removeBackup),
        appInfo: invoke(channels.appInfo),
        saveMailDrafts: invoke(channels.saveMailDrafts),
        openMailDraft: invoke(channels.openMailDraft),
        onBackupRequested: (listener: (reason: string) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
      void backupEvent;
    },
    { channels: CHANNELS, backupEvent: BACKUP_REQUEST_EVENT },
  );
  return { handlers, dialogs, record };
}
