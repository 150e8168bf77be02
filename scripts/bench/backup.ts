// Benchmark: backup and restore of 5,000 participants and 20,000 attendance events (target: each under 1 s).
// `benchBackup()` returns the timings; the `npm run bench` driver decides where the database lives (the
// default here is fake-indexeddb in Node, slower than a browser's IndexedDB).
import { performance } from 'node:perf_hooks';
import { createBackupJson, readBackup, restoreBackup } from '../../src-renderer/lib/db/backup';
import { DATA_TABLES, OspitaDatabase } from '../../src-renderer/lib/db/database';
import { sampleData } from '../lib/sample-data';
import { summarise, type Figure } from './stats';

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
  targetMs: number;
}

export async function benchBackup(options: { participants?: number; attendance?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): Promise<BackupBenchResult> {
  const fake = options.indexedDB ? null : await import('fake-indexeddb');
  const participants = options.participants ?? 5000;
  const attendance = options.attendance ?? 20000;
  const dbOptions = fake ? { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange } : { indexedDB: options.indexedDB!, IDBKeyRange: options.IDBKeyRange! };
  const stamp = `${process.pid}-${Date.now()}`;
  const source = new OspitaDatabase(`bench-backup-source-${stamp}`, dbOptions);
  const target = new OspitaDatabase(`bench-backup-target-${stamp}`, dbOptions);
  try {
    const data = sampleData({ sessions: 40, participants, attendance });
    await source.transaction('rw', DATA_TABLES.map((t) => source.table(t)), async () => {
      for (const t of DATA_TABLES) await source.table(t).bulkAdd(data[t]);
    });
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

    if ((await target.attendance.count()) !== attendance) throw new Error('restore incomplete');
    return { participants, attendance, bytes: json.length, backupMs, restoreMs, validateMs, targetMs: 1000 };
  } finally {
    source.close();
    target.close();
    await Promise.all([source.delete(), target.delete()]);
  }
}

/** The two figures for the `npm run bench` table: medians of `runs` runs (after one warm-up). */
export async function backupFigures(runs = 5): Promise<Figure[]> {
  await benchBackup();
  const results: BackupBenchResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await benchBackup());
  const note = 'fake-indexeddb in Node: più lento dell’IndexedDB di Chromium';
  return [
    summarise('Backup: 5.000 partecipanti e 20.000 presenze', results.map((r) => r.backupMs), 1000, 'ms', note),
    summarise('Ripristino (validazione compresa) degli stessi dati', results.map((r) => r.restoreMs), 1000, 'ms', note),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchBackup();
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(`backup ${r.participants} partecipanti + ${r.attendance} presenze (${(r.bytes / 1e6).toFixed(1)} MB): ${ms(r.backupMs)}`);
  console.log(`ripristino (di cui validazione ${ms(r.validateMs)}): ${ms(r.restoreMs)}  · obiettivo < ${r.targetMs} ms ciascuno`);
}
