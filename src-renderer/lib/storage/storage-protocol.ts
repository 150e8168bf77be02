// Messages between the page and the storage worker (./storage.worker.ts), and the page's side of the exchange.
import type { BackupReason, JournalPosition } from '../../../src-main/preload/api';

type Body =
  | { type: 'journalOpen' }
  | { type: 'journalAppend'; seq: number; change: string }
  | { type: 'journalExport' }
  | { type: 'backupWrite'; json: string; reason: BackupReason; journal: JournalPosition | null }
  | { type: 'backupList' }
  | { type: 'backupRead'; name: string }
  /** One backup rewritten under its own name (a purge or an erasure applied to it), or deleted. */
  | { type: 'backupReplace'; name: string; json: string }
  | { type: 'backupRemove'; name: string }
  /** Backups kept in IndexedDB by earlier versions, moved out of it (existing names are skipped). */
  | { type: 'backupImport'; backups: { name: string; json: string; reason: BackupReason }[] };

export type StorageRequest = Body & { id: number };
export type StorageReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function theWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./storage.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<StorageReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new Error(reply.error));
  };
  w.onerror = (event) => {
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'Archivio del browser non disponibile.'));
    pending.clear();
    worker = null;
  };
  worker = w;
  return w;
}

/** Sends a request to the storage worker; resolves with its answer. */
export function storage<T>(body: Body): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    try {
      theWorker().postMessage({ ...body, id } satisfies StorageRequest);
    } catch (error) {
      pending.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
