// The browser build's storage outside IndexedDB: the journal and the automatic backups, in the origin private
// file system. A dedicated worker, because only there can a file be written synchronously and flushed to the
// disk (FileSystemSyncAccessHandle). One request at a time, answered in order.
import { JournalStore } from '../../../src-main/journal/journal-store';
import { OpfsBackups } from './opfs-backups';
import { OpfsJournalMedium } from './opfs-journal';
import type { StorageReply, StorageRequest } from './storage-protocol';

let journal: JournalStore | null = null;
let backups: OpfsBackups | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function root(): Promise<FileSystemDirectoryHandle> {
  return navigator.storage.getDirectory();
}

async function theJournal(): Promise<JournalStore> {
  journal ??= new JournalStore(await OpfsJournalMedium.open(await root()), () => crypto.randomUUID());
  return journal;
}

async function theBackups(): Promise<OpfsBackups> {
  backups ??= await OpfsBackups.open(await root());
  return backups;
}

async function handle(request: StorageRequest): Promise<unknown> {
  switch (request.type) {
    case 'journalOpen':
      return (await theJournal()).open();
    case 'journalAppend':
      return (await theJournal()).append(request.seq, request.change);
    case 'journalExport':
      return (await theJournal()).exportText();
    case 'backupWrite': {
      const entry = await (await theBackups()).write(request.json, request.reason);
      if (request.journal) await (await theJournal()).trim(request.journal.id, request.journal.position);
      return entry;
    }
    case 'backupList':
      return (await theBackups()).list();
    case 'backupRead':
      return (await theBackups()).read(request.name);
    case 'backupReplace':
      return (await theBackups()).replace(request.name, request.json);
    case 'backupRemove':
      return (await theBackups()).remove(request.name);
    case 'backupImport': {
      const store = await theBackups();
      let imported = 0;
      for (const { name, json, reason } of request.backups) {
        if (await store.has(name)) continue;
        await store.write(json, reason, new Date(), name);
        imported++;
      }
      return imported;
    }
  }
}

const post = (reply: StorageReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<StorageRequest>) => {
  const request = event.data;
  const run = queue.then(() => handle(request));
  queue = run.catch(() => undefined);
  run.then(
    (value) => post({ id: request.id, ok: true, value }),
    (error: unknown) => post({ id: request.id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
});
