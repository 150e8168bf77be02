// Asks the renderer (which owns the database) for a backup daily and on quit; the renderer answers through
// the backups:write channel. Quit waits for that write, but never more than a few seconds.
import type { BrowserWindow } from 'electron';
import { BACKUP_REQUEST_EVENT, type BackupReason } from './preload/api';

export const DAILY_MS = 24 * 60 * 60 * 1000;
export const QUIT_WAIT_MS = 5000;

export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private pendingQuit: (() => void) | null = null;

  constructor(private readonly window: () => BrowserWindow | null) {}

  start(): void {
    this.timer = setInterval(() => this.request('daily'), DAILY_MS);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Called when any backup is written: releases a quit that was waiting for it. */
  backupWritten(reason: BackupReason): void {
    if (reason === 'quit' && this.pendingQuit) this.pendingQuit();
  }

  /** Resolves once the quit backup is written, or after QUIT_WAIT_MS. */
  async backupBeforeQuit(): Promise<void> {
    if (!this.request('quit')) return;
    await new Promise<void>((resolve) => {
      const timeout = setTimeout(resolve, QUIT_WAIT_MS);
      this.pendingQuit = () => {
        clearTimeout(timeout);
        resolve();
      };
    });
    this.pendingQuit = null;
  }

  private request(reason: BackupReason): boolean {
    const win = this.window();
    if (!win || win.isDestroyed()) return false;
    win.webContents.send(BACKUP_REQUEST_EVENT, reason);
    return true;
  }
}
