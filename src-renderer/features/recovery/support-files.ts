// The files a recovery is made from, named for whoever supports the office: where they are on this computer
// (the desktop app's data folder), and a copy of them saved where the coordinator chooses (in a browser, where
// they cannot be reached by hand, as downloads).
import { host } from '../../lib/host';
import { journal } from '../../lib/journal/journal.svelte';

export interface SupportPaths {
  journal: string | null;
  backups: string | null;
  database: string | null;
}

export async function supportPaths(): Promise<SupportPaths> {
  const info = await host.appInfo().catch(() => null);
  const folder = info?.userDataPath;
  if (!folder) return { journal: journal.location, backups: null, database: null };
  const sep = folder.includes('\\') ? '\\' : '/';
  return {
    journal: journal.location ?? `${folder}${sep}journal${sep}ospita-journal.log`,
    backups: `${folder}${sep}backups`,
    database: `${folder}${sep}IndexedDB`,
  };
}

/** Saves the journal and every automatic backup into a folder; returns how many files, and where. */
export async function saveSupportCopy(): Promise<{ count: number; folder: string }> {
  const files: { name: string; data: string }[] = [];
  try {
    files.push({ name: 'ospita-journal.log', data: await host.journalExport() });
  } catch {
    // No journal to copy: the backups still help.
  }
  for (const entry of await host.listBackups().catch(() => [])) {
    try {
      files.push({ name: entry.name, data: await host.readBackup(entry.name) });
    } catch {
      // An unreadable backup is left where it is, for whoever supports the office to look at.
    }
  }
  if (!files.length) throw new Error('nessun file da copiare');
  const result = await host.saveFilesToFolder({ purpose: 'assistenza', files, chooseFolder: true });
  if (result.status === 'cancelled') return { count: 0, folder: '' };
  return { count: result.paths.length, folder: result.folder };
}
