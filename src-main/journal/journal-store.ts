// The journal's rules, whatever holds the file: create it on the first run, set aside one that cannot be read,
// cut off a line torn by a kill, refuse a sequence number that goes back, trim what a backup holds. One
// operation at a time, in the order asked. The main process keeps it in the data folder (./journal-file.ts), the
// browser in its origin private file system (src-renderer/lib/storage/storage.worker.ts). No Node, no DOM.
import type { JournalState } from '../preload/api';
import { encodeEntry, encodeHeader, isChangeText, newHeader, parseJournal, trimmedJournal, type JournalHeader } from './format';

/** Where the journal's bytes live. Every write resolves only once the bytes are on the disk. */
export interface JournalMedium {
  /** Where the journal is, for the people who support the office; null where a path means nothing. */
  readonly location: string | null;
  /** The whole file, or null when there is none yet. */
  read(): Promise<Uint8Array | null>;
  /** Replaces the whole file at once (a new journal, a trimmed one): the old content or the new, never half. */
  replace(bytes: Uint8Array): Promise<void>;
  /** Cuts the file to `length` bytes. */
  truncate(length: number): Promise<void>;
  /** Adds bytes at the end of the file. */
  append(bytes: Uint8Array): Promise<void>;
  /** Moves the file out of the way under another name; returns where it went. */
  setAside(name: string): Promise<string>;
  /** Releases whatever the medium holds open. */
  close(): Promise<void>;
}

export class JournalSequenceError extends Error {
  constructor(seq: number, last: number) {
    super(`Numero di sequenza ${seq} non successivo all'ultimo (${last}).`);
    this.name = 'JournalSequenceError';
  }
}

export class JournalStore {
  private header: JournalHeader | null = null;
  private last = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly medium: JournalMedium,
    private readonly newId: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The journal's identity once open, for matching a backup's position. */
  get id(): string | null {
    return this.header?.id ?? null;
  }

  /** Reads the journal (creating it, or setting aside one that cannot be read) and keeps it ready for appends. */
  open(): Promise<JournalState> {
    return this.serial(async () => {
      const bytes = await this.medium.read();
      let parsed = bytes && bytes.length ? parseJournal(bytes) : null;
      let setAside: string | null = null;
      if (parsed && !parsed.header) {
        // Not a journal we can number from: keep it for whoever supports the office, start a new one.
        setAside = await this.medium.setAside(`ospita-journal-illeggibile-${this.now().toISOString().replace(/[:.]/g, '-')}.log`);
        parsed = null;
      }
      if (!parsed) {
        const fresh = encodeHeader(newHeader(this.newId(), 0, this.now()));
        await this.medium.replace(fresh);
        parsed = parseJournal(fresh);
      } else if (parsed.tornTail) {
        // Cut the torn line off, so the next change starts on a line of its own.
        await this.medium.truncate(parsed.validLength);
      }
      this.header = parsed.header!;
      this.last = parsed.last;
      return {
        id: this.header.id,
        base: this.header.base,
        last: this.last,
        entries: parsed.entries,
        damagedLines: parsed.damagedLines,
        tornTail: parsed.tornTail,
        location: this.medium.location,
        setAside,
      };
    });
  }

  /** Appends a change; resolves once it is on the disk. */
  append(seq: number, change: string): Promise<void> {
    return this.serial(async () => {
      if (!this.header) throw new Error('Il registro non è aperto.');
      if (!Number.isSafeInteger(seq) || seq <= this.last) throw new JournalSequenceError(seq, this.last);
      if (!isChangeText(change)) throw new Error('Modifica non valida per il registro.');
      await this.medium.append(encodeEntry(seq, this.now().toISOString(), change));
      this.last = seq;
    });
  }

  /** Drops every change up to `upTo` (a backup now holds them). A journal of another identity is left alone. */
  trim(journalId: string, upTo: number): Promise<void> {
    return this.serial(async () => {
      if (!this.header || journalId !== this.header.id || upTo <= this.header.base) return;
      const bytes = await this.medium.read();
      const parsed = bytes ? parseJournal(bytes) : null;
      if (!parsed?.header) return;
      await this.medium.replace(trimmedJournal(parsed, upTo, this.now()));
      this.header = { ...this.header, base: Math.max(this.header.base, upTo) };
      this.last = Math.max(this.last, upTo);
    });
  }

  /** The file's text as it is. */
  exportText(): Promise<string> {
    return this.serial(async () => new TextDecoder().decode((await this.medium.read()) ?? new Uint8Array()));
  }

  close(): Promise<void> {
    return this.serial(() => this.medium.close());
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
