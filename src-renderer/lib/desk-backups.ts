// On a day with check-ins, a backup every few minutes while they happen: not on every change (a backup of a
// large database takes a fraction of a second, which a person at the door would feel), and in a pause between
// arrivals, never in the middle of a queue unless the queue never stops. The desk's backups rotate among
// themselves (src-main/backup-names.ts), so they never push the daily ones out.

/** At most one desk backup in this time, counted from the first check-in not yet in one. */
export const DESK_BACKUP_EVERY_MS = 5 * 60_000;
/** A pause at the desk this long is a good moment. */
export const DESK_PAUSE_MS = 3_000;
/** Wait for a pause no longer than this. */
export const DESK_MAX_WAIT_MS = 60_000;

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class DeskBackups {
  private timer: unknown = null;
  private lastCheckIn = 0;
  private dueAt = 0;
  private writing = false;

  constructor(
    private readonly write: () => Promise<unknown>,
    private readonly clock: Clock = realClock,
  ) {}

  /** A check-in (or any attendance change) was committed. */
  noteCheckIn(): void {
    this.lastCheckIn = this.clock.now();
    if (this.timer !== null || this.writing) return;
    this.dueAt = this.lastCheckIn + DESK_BACKUP_EVERY_MS;
    this.schedule(DESK_BACKUP_EVERY_MS);
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.timer = this.clock.setTimeout(() => void this.fire(), ms);
  }

  private async fire(): Promise<void> {
    this.timer = null;
    const now = this.clock.now();
    const sinceLast = now - this.lastCheckIn;
    if (sinceLast < DESK_PAUSE_MS && now - this.dueAt < DESK_MAX_WAIT_MS) {
      this.schedule(DESK_PAUSE_MS - sinceLast);
      return;
    }
    this.writing = true;
    const startedAt = now;
    try {
      await this.write();
    } finally {
      this.writing = false;
    }
    // Check-ins made while the backup was being written are not in it: they start the next interval.
    if (this.lastCheckIn >= startedAt && this.timer === null) {
      this.dueAt = this.clock.now() + DESK_BACKUP_EVERY_MS;
      this.schedule(DESK_BACKUP_EVERY_MS);
    }
  }
}
