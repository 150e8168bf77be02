// The journal in the app's data folder, written by the main process: each change appended through one file
// handle kept open and flushed to the disk (fdatasync) before the renderer is told it is written. The rules
// are ./journal-store.ts's; this is only where the bytes go. Plain Node: tested without Electron.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../ipc/files';
import { JournalStore, type JournalMedium } from './journal-store';

export const JOURNAL_FILE = 'ospita-journal.log';
export { JournalSequenceError } from './journal-store';

class FolderMedium implements JournalMedium {
  private handle: FileHandle | null = null;

  constructor(private readonly dir: string) {}

  get location(): string {
    return join(this.dir, JOURNAL_FILE);
  }

  async read(): Promise<Uint8Array | null> {
    await mkdir(this.dir, { recursive: true });
    try {
      return await readFile(this.location);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async replace(bytes: Uint8Array): Promise<void> {
    await this.close();
    await writeFileAtomic(this.location, bytes, { durable: true });
  }

  async truncate(length: number): Promise<void> {
    await this.close();
    const handle = await open(this.location, 'r+');
    try {
      await handle.truncate(length);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  async append(bytes: Uint8Array): Promise<void> {
    this.handle ??= await open(this.location, 'a');
    await this.handle.write(bytes);
    await this.handle.datasync();
  }

  async setAside(name: string): Promise<string> {
    await this.close();
    const target = join(this.dir, name);
    await rename(this.location, target);
    return target;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }
}

/** The journal kept in `dir` (the data folder's `journal` folder). */
export class JournalFile extends JournalStore {
  readonly path: string;

  constructor(dir: string, now: () => Date = () => new Date(), newId: () => string = randomUUID) {
    const medium = new FolderMedium(dir);
    super(medium, newId, now);
    this.path = medium.location;
  }
}
