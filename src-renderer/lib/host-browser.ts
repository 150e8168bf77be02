// The host API where there is no Electron (a plain browser, `npm start` without the binary):
// saving becomes a download, printing uses the browser's dialog, the journal and the automatic backups live in
// the origin private file system (./storage/), apart from IndexedDB.
import Dexie, { type EntityTable } from 'dexie';
import { parseBackupName } from '../../src-main/backup-names';
import type { BackupEntry, BackupReason, HostApi, JournalState, PrintResult } from '../../src-main/preload/api';
import { buildMailtoUrl } from '../../src-main/mail/mailto';
import pkg from '../../package.json';
import { storage } from './storage/storage-protocol';

interface StoredBackup extends BackupEntry {
  json: string;
}

/** Where earlier versions kept the automatic backups (inside IndexedDB, lost with it): read once, to move them. */
const OLD_BACKUPS_DB = 'ospita-backups';
class OldBrowserBackups extends Dexie {
  backups!: EntityTable<StoredBackup, 'name'>;
  constructor() {
    super(OLD_BACKUPS_DB);
    this.version(1).stores({ backups: 'name, createdAt' });
  }
}

let moved: Promise<void> | null = null;

/** Moves the backups an earlier version kept in IndexedDB into the origin private file system, then drops them. */
function moveOldBackups(): Promise<void> {
  moved ??= (async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === OLD_BACKUPS_DB)) return;
    const old = new OldBrowserBackups();
    try {
      const all = (await old.backups.toArray()).filter((b) => parseBackupName(b.name));
      if (all.length) await storage({ type: 'backupImport', backups: all.map(({ name, json, reason }) => ({ name, json, reason })) });
    } finally {
      old.close();
    }
    await Dexie.delete(OLD_BACKUPS_DB);
  })().catch((error: unknown) => {
    // Tried again next time; the old backups stay where they are until they are moved.
    moved = null;
    throw error;
  });
  return moved;
}

function download(name: string, data: Uint8Array | string, type = 'application/octet-stream'): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The frame of the last document printed: kept until the next print, since the dialog may still read it. */
let lastFrame: HTMLIFrameElement | null = null;

/**
 * Prints a finished HTML document through a hidden frame; resolves when the print dialog closes, printed or
 * cancelled. Chromium's print() returns once its dialog is closed, and fires 'afterprint' (not always in a frame,
 * not when a build or a policy skips the dialog): whichever comes first settles it, so a document card is never
 * left on «Preparazione del documento…». The frame is removed at the next print, not at once, in case print()
 * returned before the dialog read it.
 */
export function printInFrame(html: string, doc: Document = document): Promise<PrintResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: PrintResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    lastFrame?.remove();
    const frame = doc.createElement('iframe');
    lastFrame = frame;
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
    frame.onload = () => {
      const win = frame.contentWindow;
      if (!win) return finish({ status: 'cancelled' });
      win.addEventListener('afterprint', () => finish({ status: 'printed' }), { once: true });
      try {
        win.focus();
        win.print();
      } catch {
        return finish({ status: 'cancelled' });
      }
      // The dialog is closed (or was never shown): the browser does not say whether it printed.
      finish({ status: 'printed' });
    };
    frame.onerror = () => finish({ status: 'cancelled' });
    frame.srcdoc = html;
    doc.body.append(frame);
  });
}

export const browserHost: HostApi = {
  async saveFile({ suggestedName, data }) {
    download(suggestedName, data);
    return { status: 'saved', path: suggestedName };
  },
  async saveFilesToFolder({ files }) {
    for (const file of files) download(file.name, file.data);
    // The browser itself numbers a download whose name is taken.
    return { status: 'saved', folder: '', paths: files.map((f) => f.name), renamed: [] };
  },
  async showInFolder() {
    // A browser cannot open a folder; the download bar shows the files.
  },
  printHtml: ({ html }) => printInFrame(html),
  async htmlToPdf() {
    throw new Error('PDF_UNAVAILABLE_IN_BROWSER');
  },
  async writeBackup({ json, reason, journal }) {
    await moveOldBackups().catch(() => undefined);
    return storage<BackupEntry>({ type: 'backupWrite', json, reason, journal });
  },
  async listBackups() {
    await moveOldBackups().catch(() => undefined);
    return storage<BackupEntry[]>({ type: 'backupList' });
  },
  async readBackup(name) {
    return storage<string>({ type: 'backupRead', name });
  },
  journalOpen: () => storage<JournalState>({ type: 'journalOpen' }),
  journalAppend: ({ seq, change }) => storage<void>({ type: 'journalAppend', seq, change }),
  journalExport: () => storage<string>({ type: 'journalExport' }),
  replaceBackup: ({ name, json }) => storage<BackupEntry>({ type: 'backupReplace', name, json }),
  removeBackup: (name) => storage<void>({ type: 'backupRemove', name }),
  async saveMailDrafts() {
    // MIME messages are composed by the main process (nodemailer needs Node): in a plain browser there is none.
    throw new Error('MAIL_DRAFTS_UNAVAILABLE_IN_BROWSER');
  },
  async openMailDraft(request) {
    const a = document.createElement('a');
    a.href = buildMailtoUrl(request);
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  },
  async appInfo() {
    return { name: 'Ospita', version: pkg.version, runtime: 'browser', electronVersion: null, platform: navigator.platform, userDataPath: null };
  },
  onBackupRequested(listener: (reason: BackupReason) => void): () => void {
    // No main process here: a daily backup while the page is open, and one when it is hidden (closing the tab).
    const daily = setInterval(() => listener('daily'), 24 * 60 * 60 * 1000);
    const onHide = () => document.visibilityState === 'hidden' && listener('quit');
    document.addEventListener('visibilitychange', onHide);
    return () => {
      clearInterval(daily);
      document.removeEventListener('visibilitychange', onHide);
    };
  },
};
