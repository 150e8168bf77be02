// npm run crash-test -- [--kills 300] [--host browser|electron] [--corrupt-every 25] [--seed N] [--out file.json]
//                       [--renderer DIR] (a copy of out/renderer, to keep building while a long run goes on)
// Kills the browser during a stream of check-ins, again and again, and counts what the desk confirmed and what is
// there afterwards (see scripts/crash/crash-test.ts). Builds the app first (npm run crash-test runs the build).
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_MISSING, findChromium } from './lib/find-chromium.mjs';
import { runCrashTest } from './crash/crash-test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '300' },
    host: { type: 'string', default: 'browser' },
    'corrupt-every': { type: 'string', default: '25' },
    seed: { type: 'string' },
    out: { type: 'string' },
    renderer: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const executablePath = await findChromium();
if (!executablePath) {
  console.error(CHROMIUM_MISSING);
  process.exit(2);
}
if (values.host !== 'browser' && values.host !== 'electron') {
  console.error('--host: browser (journal in the browser’s private file system) or electron (the main process’s journal file)');
  process.exit(2);
}
const report = await runCrashTest({
  executablePath,
  rendererDir: values.renderer ?? join(root, 'out', 'renderer'),
  kills: Number(values.kills),
  host: values.host,
  corruptEvery: Number(values['corrupt-every']),
  seed: values.seed ? Number(values.seed) : undefined,
  log: values.quiet ? undefined : (line) => console.log(line),
});
console.log(JSON.stringify(report, null, 2));
if (values.out) await writeFile(values.out, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...report }, null, 2)}\n`);
console.log(report.lost === 0 && report.missingAtSomeRestart === 0 ? `Nessuna presenza confermata persa (${report.confirmed} confermate, ${report.kills.total} chiusure forzate).` : `PERSE ${report.lost} presenze confermate.`);
process.exit(report.lost === 0 && report.missingAtSomeRestart === 0 ? 0 : 1);
