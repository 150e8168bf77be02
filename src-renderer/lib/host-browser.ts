// The host API where there is no Electron (a plain browser, `npm start` without the binary):
// saving becomes a download, printing uses the browser's dialog, backups stay in this browser's storage.
import Dexie, { type EntityTable } from 'dexie';
import type { BackupEntry, BackupReason, HostApi, PrintResult } from '../../src-main/preload/api';
import pkg from '../../package.json';

interface StoredBackup extends BackupEntry {
  json: string;
}

class BrowserBackups extends Dexie {
  backups!: EntityTable<StoredBackup, 'name'>;
  constructor() {
    super('ospita-backups');
    this.version(1).stores({ backups: 'name, createdAt' });
  }
}

const KEPT = 30;
let backupsDb: BrowserBackups | null = null;
const backups = () => (backupsDb ??= new BrowserBackups());

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

/** Prints a finished HTML document through a hidden frame; resolves when the dialog closes. */
function printInFrame(html: string): Promise<PrintResult> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
    frame.srcdoc = html;
    frame.onload = () => {
      const win = frame.contentWindow;
      if (!win) return resolve({ status: 'cancelled' });
      win.addEventListener('afterprint', () => {
        frame.remove();
        resolve({ status: 'printed' });
      });
      win.focus();
      win.print();
    };
    document.body.append(frame);
  });
}

export const browserHost: HostApi = {
  async saveFile({ suggestedName, data }) {
    download(suggestedName, data);
    return { status: 'saved', path: suggestedName };
  },
  async saveFilesToFolder({ files }) {
    for (const file of files) download(file.name, file.data);
    return { status: 'saved', folder: '', paths: files.map((f) => f.name) };
  },
  async showInFolder() {
    // A browser cannot open a folder; the download bar shows the files.
  },
  printHtml: ({ html }) => printInFrame(html),
  async htmlToPdf() {
    throw new Error('PDF_UNAVAILABLE_IN_BROWSER');
  },
  async writeBackup({ json, reason }) {
    const createdAt = new Date().toISOString();
    const entry: StoredBackup = { name: `ospita-backup-${createdAt.replace(/[:.]/g, '-')}-${reason}.json`, createdAt, reason, size: json.length, json };
    await backups().backups.put(entry);
    const old = await backups().backups.orderBy('createdAt').reverse().offset(KEPT).primaryKeys();
    await backups().backups.bulkDelete(old);
    const { json: _json, ...listed } = entry;
    return listed;
  },
  async listBackups() {
    const all = await backups().backups.orderBy('createdAt').reverse().toArray();
    return all.map(({ json: _json, ...entry }) => entry);
  },
  async readBackup(name) {
    const entry = await backups().backups.get(name);
    if (!entry) throw new Error('Backup non trovato.');
    return entry.json;
  },
  async appInfo() {
    return { name: 'Ospita', version: pkg.version, runtime: 'browser', electronVersion: null, platform: navigator.platform, userDataPath: null };
  },
  onBackupRequested(listener: (reason: BackupReason) => void) {
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
