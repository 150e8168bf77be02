// Benchmark: backup and restore of 5,000 participants and 20,000 attendance events (target: each under 1 s).
// In Chromium (the app's real IndexedDB) through `backupFiguresInChromium(browser)`, or in Node on fake-indexeddb
// (much slower than a browser) through `benchBackup()`; run this file alone for a quick figure in Node.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDiskContext } from './persistent-context';
import { startStaticServer } from '../lib/static-server.mjs';
import { measureBackup, type BackupBenchResult } from './backup-core';
import { summarise, type Figure } from './stats';

export type { BackupBenchResult } from './backup-core';
export const BACKUP_TARGET_MS = 1000;

/** One run in Node on fake-indexeddb. */
export async function benchBackup(participants = 5000, attendance = 20000): Promise<BackupBenchResult> {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  return measureBackup({ indexedDB, IDBKeyRange }, participants, attendance);
}

function figures(results: BackupBenchResult[], where: string): Figure[] {
  return [
    summarise(`Backup di 5.000 partecipanti e 20.000 presenze (${where})`, results.map((r) => r.backupMs), BACKUP_TARGET_MS),
    summarise(`Ripristino degli stessi dati, validazione compresa (${where})`, results.map((r) => r.restoreMs), BACKUP_TARGET_MS),
  ];
}

/** The two figures for the `npm run bench` table, measured in Chromium on its IndexedDB on disk (one warm-up run). */
export async function backupFiguresInChromium(executablePath: string, runs = 5): Promise<Figure[]> {
  const { build } = await import('vite');
  const entry = join(dirname(fileURLToPath(import.meta.url)), 'backup-browser-entry.ts');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, target: 'chrome130', lib: { entry, formats: ['iife'], name: 'OspitaBenchBackup', fileName: () => 'bench.js' } },
  });
  const bundle = (Array.isArray(output) ? output[0]! : (output as { output: unknown[] })).output[0] as { code: string };
  const dir = await mkdtemp(join(tmpdir(), 'ospita-bench-'));
  await writeFile(join(dir, 'bench.js'), bundle.code);
  await writeFile(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script src="bench.js"></script>');
  const server = await startStaticServer(dir);
  const { context, close } = await openDiskContext(executablePath);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/index.html`);
    const results: BackupBenchResult[] = [];
    for (let i = -1; i < runs; i++) {
      const r = await page.evaluate(() => (window as unknown as { ospitaBenchBackup: () => Promise<BackupBenchResult> }).ospitaBenchBackup());
      if (i >= 0) results.push(r);
      if (process.env.OSPITA_BENCH_VERBOSE) console.log(JSON.stringify(r));
    }
    return figures(results, 'Chromium');
  } finally {
    await close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The same figures in Node on fake-indexeddb. */
export async function backupFiguresInNode(runs = 3): Promise<Figure[]> {
  await benchBackup();
  const results: BackupBenchResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await benchBackup());
  return figures(results, 'Node, fake-indexeddb');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ms = (n: number) => `${Math.round(n)} ms`;
  if (process.argv.includes('--chromium')) {
    const { findChromium } = await import('../lib/find-chromium.mjs');
    for (const f of await backupFiguresInChromium((await findChromium())!, 3)) console.log(`${f.name}: mediana ${ms(f.median)}, p95 ${ms(f.p95)} (obiettivo ${f.targetText})`);
  } else {
    const r = await benchBackup();
    console.log(`backup ${r.participants} partecipanti + ${r.attendance} presenze (${(r.bytes / 1e6).toFixed(1)} MB): ${ms(r.backupMs)}`);
    console.log(`ripristino (di cui validazione ${ms(r.validateMs)}): ${ms(r.restoreMs)} · obiettivo < ${BACKUP_TARGET_MS} ms ciascuno`);
  }
}
