// The journal in the app's data folder, written by the main process: each change appended as one line and
// flushed to the disk (fdatasync) before the renderer is told it is written, through one file handle kept
// open. Operations run one at a time, in the order they were asked for. Plain Node: tested without Electron.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalState } from '../preload/api';
import { writeFileAtomic } from '../ipc/files';
import { encodeEntry, encodeHeader, isChangeText, newHeader, parseJournal, trimmedJournal, type JournalHeader } from './format';

export const JOURNAL_FILE = 'ospita-journal.log';

export class JournalSequenceError extends Error {
  constructor(seq: number, last: number) {
    super(`Numero di sequenza ${seq} non successivo all'ultimo (${last}).`);
    this.name = 'JournalSequenceError';
  }
}

export class JournalFile {
  private handle: FileHandle | null = null;
  private header: JournalHeader | null = null;
  private last = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {}

  get path(): string {
    return join(this.dir, JOURNAL_FILE);
  }

  /** The journal's identity once open, for matching a backup's position. */
  get id(): string | null {
    return this.header?.id ?? null;
  }

  /** Reads the journal (creating it, or setting aside one that cannot be read) and keeps it open for appends. */
  open(): Promise<JournalState> {
    return this.serial(async () => {
      await this.closeHandle();
      await mkdir(this.dir, { recursive: true });
      let bytes: Uint8Array | null = null;
      try {
        bytes = await readFile(this.path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      let parsed = bytes && bytes.length ? parseJournal(bytes) : null;
      let setAside: string | null = null;
      if (parsed && !parsed.header) {
        // Not a journal we can number from: keep it for whoever supports the office, start a new one.
        setAside = join(this.dir, `ospita-journal-illeggibile-${this.now().toISOString().replace(/[:.]/g, '-')}.log`);
        await rename(this.path, setAside);
        parsed = null;
      }
      if (!parsed) {
        await writeFileAtomic(this.path, encodeHeader(newHeader(this.newId(), 0, this.now())), { durable: true });
        parsed = parseJournal(await readFile(this.path));
      } else if (parsed.tornTail) {
        // Cut the torn line off, so the next change starts on a line of its own.
        const handle = await open(this.path, 'r+');
        try {
          await handle.truncate(parsed.validLength);
          await handle.datasync();
        } finally {
          await handle.close();
        }
      }
      this.header = parsed.header!;
      this.last = parsed.last;
      this.handle = await open(this.path, 'a');
      return {
        id: this.header.id,
        base: this.header.base,
        last: this.last,
        entries: parsed.entries,
        damagedLines: parsed.damagedLines,
        tornTail: parsed.tornTail,
        location: this.path,
        setAside,
      };
    });
  }

  /** Appends a change; resolves once it is on the disk. */
  append(seq: number, change: string): Promise<void> {
    return this.serial(async () => {
      if (!this.handle) throw new Error('Il registro non è aperto.');
      if (!Number.isSafeInteger(seq) || seq <= this.last) throw new JournalSequenceError(seq, this.last);
      if (!isChangeText(change)) throw new Error('Modifica non valida per il registro.');
      await this.handle.write(encodeEntry(seq, this.now().toISOString(), change));
      await this.handle.datasync();
      this.last = seq;
    });
  }

  /** Drops every change up to `upTo` (a backup now holds them). A journal of another identity is left alone. */
  trim(journalId: string, upTo: number): Promise<void> {
    return this.serial(async () => {
      if (!this.handle || !this.header || journalId !== this.header.id || upTo <= this.header.base) return;
      const parsed = parseJournal(await readFile(this.path));
      if (!parsed.header) return;
      await this.closeHandle();
      try {
        await writeFileAtomic(this.path, trimmedJournal(parsed, upTo, this.now()), { durable: true });
      } finally {
        this.handle = await open(this.path, 'a');
      }
      this.header = { ...this.header, base: Math.max(this.header.base, upTo) };
      this.last = Math.max(this.last, upTo);
    });
  }

  /** The file's text as it is on disk. */
  exportText(): Promise<string> {
    return this.serial(async () => readFile(this.path, 'utf8'));
  }

  close(): Promise<void> {
    return this.serial(() => this.closeHandle());
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
