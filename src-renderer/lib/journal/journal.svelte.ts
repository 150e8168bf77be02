// The app's side of the journal: numbers the changes, sends them to the host (the main process's file, or the
// browser's origin private file system) and says when it cannot. Writes wait until the start-up check has
// decided the database is the one the journal knows (lib/recovery/startup.svelte.ts holds them until then).
import type { HostApi, JournalState } from '../host';
import { cancelChange } from './changes';

export type JournalStatus = 'off' | 'opening' | 'ready' | 'unavailable';
type Backend = Pick<HostApi, 'journalOpen' | 'journalAppend'>;

export interface CommittedChange {
  /** The change recorded attendance (the desk's periodic backups follow these). */
  hasEvents: boolean;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class JournalClient {
  /** 'off' until opened (the command-line tools and most unit tests never open one). */
  status = $state<JournalStatus>('off');
  /** Why the journal is unavailable, in the host's words. */
  problem = $state<string | null>(null);
  /** Where an unreadable journal was set aside at start-up. */
  setAside = $state<string | null>(null);
  location = $state<string | null>(null);

  private backend: Backend | null = null;
  private journalId: string | null = null;
  private next = 1;
  private gate: Promise<void> = Promise.resolve();
  private release: (() => void) | null = null;
  private fallback: (() => Promise<unknown>) | null = null;
  private readonly listeners = new Set<(change: CommittedChange) => void>();

  get id(): string | null {
    return this.journalId;
  }

  /** Holds every write until `start()`: the start-up check has not decided yet. */
  hold(): void {
    if (this.release) return;
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  /** Resolves when writes may go ahead. */
  ready(): Promise<void> {
    return this.gate;
  }

  /** Opens the journal; null (and status 'unavailable') when the host cannot. */
  async open(backend: Backend): Promise<JournalState | null> {
    this.backend = backend;
    this.status = 'opening';
    try {
      const state = await backend.journalOpen();
      this.journalId = state.id;
      this.next = state.last + 1;
      this.setAside = state.setAside;
      this.location = state.location;
      this.status = 'ready';
      this.problem = null;
      return state;
    } catch (error) {
      this.status = 'unavailable';
      this.problem = message(error);
      return null;
    }
  }

  /** Lets writes go ahead, numbering after the journal's last change and the database's marker. */
  start(databasePosition = 0): void {
    this.next = Math.max(this.next, databasePosition + 1);
    this.release?.();
    this.release = null;
  }

  /** The next sequence number, or null when there is no journal to write to. */
  allocate(): number | null {
    return this.status === 'ready' ? this.next++ : null;
  }

  /**
   * Appends a change; true once it is in the journal. Never throws: a failure makes the journal unavailable,
   * which the app shows.
   */
  async append(seq: number, change: string): Promise<boolean> {
    if (!this.backend || this.status !== 'ready') return false;
    try {
      await this.backend.journalAppend({ seq, change });
      return true;
    } catch (error) {
      this.status = 'unavailable';
      this.problem = message(error);
      return false;
    }
  }

  /** What copies the database out of IndexedDB when the journal cannot (the automatic backups). */
  setFallback(fallback: (() => Promise<unknown>) | null): void {
    this.fallback = fallback;
  }

  /**
   * A change reached the database but not the journal, which is unavailable: before it is confirmed, a backup
   * holds it instead (a database Chromium throws away must not take it along).
   */
  async secureUnjournaled(): Promise<void> {
    if (this.status === 'unavailable') await this.fallback?.();
  }

  /** Records that the change numbered `seq` never reached the database. */
  async cancel(seq: number): Promise<void> {
    const own = this.allocate();
    if (own !== null) await this.append(own, cancelChange(seq));
  }

  onCommitted(listener: (change: CommittedChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  committed(change: CommittedChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

export const journal = new JournalClient();
