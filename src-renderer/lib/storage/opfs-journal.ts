// The journal's file in the browser's origin private file system (OPFS), which Chromium keeps apart from
// IndexedDB's LevelDB. Appends go through a synchronous access handle kept open (dedicated workers only):
// write, then flush() to the disk. A trim writes the new file beside the old one, flushes it, then swaps the
// names; a swap cut short is settled at the next open. Runs in ./storage.worker.ts.
import type { JournalMedium } from '../../../src-main/journal/journal-store';
import { parseJournal } from '../../../src-main/journal/format';

export const JOURNAL_DIR = 'journal';
export const JOURNAL_FILE = 'ospita-journal.log';
const NEXT_FILE = 'ospita-journal.next';

/** What Chromium offers on OPFS files and the DOM types do not all declare. */
export interface SyncHandle {
  read(buffer: Uint8Array, options?: { at: number }): number;
  write(buffer: Uint8Array, options?: { at: number }): number;
  truncate(size: number): void;
  getSize(): number;
  flush(): void;
  close(): void;
}
export type OpfsFile = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncHandle>; move(name: string): Promise<void> };

export function readAll(handle: SyncHandle): Uint8Array {
  const bytes = new Uint8Array(handle.getSize());
  handle.read(bytes, { at: 0 });
  return bytes;
}

/** Writes a whole file through a sync handle of its own and flushes it. */
export async function writeWhole(dir: FileSystemDirectoryHandle, name: string, bytes: Uint8Array): Promise<void> {
  const file = (await dir.getFileHandle(name, { create: true })) as OpfsFile;
  const handle = await file.createSyncAccessHandle();
  try {
    handle.truncate(0);
    handle.write(bytes, { at: 0 });
    handle.flush();
  } finally {
    handle.close();
  }
}

async function fileOrNull(dir: FileSystemDirectoryHandle, name: string): Promise<OpfsFile | null> {
  try {
    return (await dir.getFileHandle(name)) as OpfsFile;
  } catch {
    return null;
  }
}

async function bytesOf(file: OpfsFile): Promise<Uint8Array> {
  return new Uint8Array(await (await file.getFile()).arrayBuffer());
}

/** True when `next` holds the header of a trim and every change of `current` after its base. */
function completeTrim(current: Uint8Array, next: Uint8Array): boolean {
  const n = parseJournal(next);
  if (!n.header || n.tornTail || n.damagedLines.length) return false;
  const c = parseJournal(current);
  const expected = c.entries.filter((e) => e.seq > n.header!.base).map((e) => e.seq);
  return expected.length === n.entries.length && expected.every((seq, i) => n.entries[i]!.seq === seq);
}

export class OpfsJournalMedium implements JournalMedium {
  readonly location = null;
  private handle: SyncHandle | null = null;

  constructor(private readonly dir: FileSystemDirectoryHandle) {}

  static async open(root: FileSystemDirectoryHandle): Promise<OpfsJournalMedium> {
    const medium = new OpfsJournalMedium(await root.getDirectoryHandle(JOURNAL_DIR, { create: true }));
    await medium.settleTrim();
    return medium;
  }

  /** A trim cut short: keep the new file if it was written whole, else the old one. */
  private async settleTrim(): Promise<void> {
    const next = await fileOrNull(this.dir, NEXT_FILE);
    if (!next) return;
    const current = await fileOrNull(this.dir, JOURNAL_FILE);
    if (!current || completeTrim(await bytesOf(current), await bytesOf(next))) {
      if (current) await this.dir.removeEntry(JOURNAL_FILE);
      await next.move(JOURNAL_FILE);
    } else {
      await this.dir.removeEntry(NEXT_FILE);
    }
  }

  private async sync(): Promise<SyncHandle> {
    if (!this.handle) {
      const file = (await this.dir.getFileHandle(JOURNAL_FILE, { create: true })) as OpfsFile;
      // Only one handle at a time: after a reload the previous page's worker may still hold it for a moment.
      for (let attempt = 0; ; attempt++) {
        try {
          this.handle = await file.createSyncAccessHandle();
          break;
        } catch (error) {
          if (attempt >= 40 || (error as DOMException).name !== 'NoModificationAllowedError') throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }
    return this.handle;
  }

  async read(): Promise<Uint8Array | null> {
    const exists = this.handle ?? (await fileOrNull(this.dir, JOURNAL_FILE));
    if (!exists) return null;
    return readAll(await this.sync());
  }

  async replace(bytes: Uint8Array): Promise<void> {
    if (!(await fileOrNull(this.dir, JOURNAL_FILE))) {
      const handle = await this.sync();
      handle.truncate(0);
      handle.write(bytes, { at: 0 });
      handle.flush();
      return;
    }
    await writeWhole(this.dir, NEXT_FILE, bytes);
    await this.close();
    await this.dir.removeEntry(JOURNAL_FILE);
    await ((await this.dir.getFileHandle(NEXT_FILE)) as OpfsFile).move(JOURNAL_FILE);
  }

  async truncate(length: number): Promise<void> {
    const handle = await this.sync();
    handle.truncate(length);
    handle.flush();
  }

  async append(bytes: Uint8Array): Promise<void> {
    const handle = await this.sync();
    handle.write(bytes, { at: handle.getSize() });
    handle.flush();
  }

  async setAside(name: string): Promise<string> {
    await this.close();
    await ((await this.dir.getFileHandle(JOURNAL_FILE)) as OpfsFile).move(name);
    return `${JOURNAL_DIR}/${name}`;
  }

  async close(): Promise<void> {
    this.handle?.close();
    this.handle = null;
  }
}
