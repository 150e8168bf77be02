// npm run bench: a benchmark, not a test. Prints a table and writes bench/results.json; each figure is the
// median of several runs with its 95th percentile, measured on this machine.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from './lib/find-chromium.mjs';
import { backupFiguresInChromium } from './bench/backup';
import { benchCheckinCommit, benchCheckinSearch } from './bench/checkin-search';
import { benchCertificatePdfs } from './bench/certificate-pdfs';
import { benchTemplatePdfs } from './bench/template-pdfs';
import { benchDocuments } from './bench/documents';
import { benchParticipantImport } from './bench/participant-import';
import { benchRenderer } from './bench/renderer';
import { benchReport } from './bench/report';
import { meets, type Figure } from './bench/stats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = join(root, 'out', 'renderer');

function table(figures: Figure[]): string {
  const rows = figures.map((f) => [f.name, `${f.median.toFixed(f.unit === 'kB' ? 1 : 2)} ${f.unit}`, `${f.p95.toFixed(f.unit === 'kB' ? 1 : 2)} ${f.unit}`, String(f.runs), f.targetText, Number.isFinite(f.target) ? (meets(f) ? 'sì' : 'NO') : '—']);
  const head = ['misura', 'mediana', 'p95', 'esecuzioni', 'obiettivo', 'raggiunto'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const executablePath = await findChromium();
if (!executablePath) {
  console.error(CHROMIUM_MISSING);
  process.exit(2);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const figures: Figure[] = [];
const step = async (label: string, run: () => Promise<Figure[]>) => {
  process.stdout.write(`… ${label}\n`);
  figures.push(...(await run()));
};
try {
  await step('ricerca al check-in', () => benchCheckinSearch([500, 5000]));
  await step('check-in registrato e mostrato (Chromium)', async () => [
    await benchCheckinCommit(executablePath, rendererDir, 500),
    await benchCheckinCommit(executablePath, rendererDir, 5000),
    await benchCheckinCommit(executablePath, rendererDir, 500, 30, 'file'),
  ]);
  await step('documenti .docx', async () => (await benchDocuments()).figures);
  await step('attestati in PDF, uno per persona (Chromium)', () => benchCertificatePdfs(browser));
  await step('attestati sul modello dell’ente in PDF, uno per persona (Chromium)', () => benchTemplatePdfs(browser));
  await step('backup e ripristino (Chromium)', () => backupFiguresInChromium(executablePath));
  await step('importazione di elenchi di partecipanti (Chromium)', () => benchParticipantImport(executablePath, rendererDir));
  await step('Riepilogo su dieci anni di dati (Chromium)', () => benchReport(executablePath, rendererDir));
  await step('avvio dell’app e peso iniziale', () => benchRenderer(browser, rendererDir));
} finally {
  await browser.close();
}

console.log(table(figures));
await mkdir(join(root, 'bench'), { recursive: true });
await writeFile(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, figures }, null, 2)}\n`,
);
const targets = figures.filter((f) => Number.isFinite(f.target));
console.log(`\nRisultati scritti in bench/results.json (${targets.filter(meets).length}/${targets.length} obiettivi raggiunti).`);
