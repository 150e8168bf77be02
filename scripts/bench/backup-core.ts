// The backup benchmark itself, independent of where IndexedDB comes from: Node (fake-indexeddb) or Chromium.
import { BACKUP_ENVIRONMENT, createBackupJson, readBackup, restoreBackup } from '../../src-renderer/lib/db/backup';
import { buildBackupDocument } from '../../src-renderer/lib/db/backup-document';
import { countEvents } from '../../src-renderer/lib/db/attendance-days';
import { OspitaDatabase } from '../../src-renderer/lib/db/database';
import { sampleData } from '../lib/sample-data';

export interface BackupBenchResult {
  participants: number;
  attendance: number;
  bytes: number;
  /** Reading every table and writing the JSON document with its checksum. */
  backupMs: number;
  /** Validating the file and replacing every table in one transaction. */
  restoreMs: number;
  /** Of restoreMs, the part spent validating. */
  validateMs: number;
}

export interface BenchDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export async function measureBackup(deps: BenchDeps, participants = 5000, attendance = 20000): Promise<BackupBenchResult> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const source = new OspitaDatabase(`bench-backup-source-${stamp}`, deps);
  const target = new OspitaDatabase(`bench-backup-target-${stamp}`, deps);
  try {
    const data = sampleData({ sessions: 40, participants, attendance });
    await restoreBackup(await buildBackupDocument(data, { ...BACKUP_ENVIRONMENT, createdAt: new Date().toISOString(), station: 'bench' }), source);
    await target.open();

    let t = performance.now();
    const json = await createBackupJson(source);
    const backupMs = performance.now() - t;

    t = performance.now();
    const read = await readBackup(json);
    const validateMs = performance.now() - t;
    if (!read.ok) throw new Error(`backup refused: ${read.problem.key}`);
    await restoreBackup(read.backup, target);
    const restoreMs = performance.now() - t;

    if ((await countEvents(target)) !== attendance) throw new Error('restore incomplete');
    return { participants, attendance, bytes: json.length, backupMs, restoreMs, validateMs };
  } finally {
    source.close();
    target.close();
    await Promise.all([source.delete(), target.delete()]);
  }
}
