// `npm run --silent report -- --backup FILE --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--json]`: the programme's
// report of a period from a backup, as the app's Riepilogo makes it: a Word document and an Excel workbook in
// DIR and, with --json, the figures as JSON on standard output. Exit 2 with an Italian message for a bad backup,
// bad dates or missing arguments.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pkg from '../package.json';
import { readBackupFile } from '../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../src-renderer/lib/db/versions';
import { todayIso } from '../src-renderer/lib/domain/dates';
import { catalogues } from '../src-renderer/lib/i18n/catalogue';
import { periodProblem } from '../src-renderer/lib/report/programme-report';
import { programmeReportFiles } from './lib/programme-report-files';
import { rasteriseInNode } from './lib/rasterise-node';

const USAGE = `Uso: npm run --silent report -- --backup FILE --from AAAA-MM-GG --to AAAA-MM-GG --out CARTELLA [--json]
  Scrive il riepilogo degli scambi del periodo (Word ed Excel) nella cartella; con --json stampa le cifre.
  Una sessione conta nel periodo per il suo primo giorno.`;

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

function args(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out[a.slice(2)] = next;
      i++;
    } else out[a.slice(2)] = true;
  }
  return out;
}

async function main(): Promise<number> {
  const a = args(process.argv.slice(2));
  if (a.help || a.aiuto) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { backup: backupPath, from, to, out } = a;
  if (typeof backupPath !== 'string' || typeof from !== 'string' || typeof to !== 'string' || typeof out !== 'string') return fail(`Mancano degli argomenti.\n${USAGE}`);
  const problem = periodProblem({ from, to });
  if (problem) return fail(`Periodo non valido (${from} – ${to}): ${catalogues.it[problem]} Scrivere le date come AAAA-MM-GG, per esempio 2026-01-01.`);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(backupPath));
  } catch {
    return fail(`Impossibile leggere il file «${backupPath}»: controllare il percorso.`);
  }
  const read = await readBackupFile(bytes, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION });
  if (!read.ok) {
    const text = catalogues.it[read.problem.key].replace(/\{(\w+)\}/g, (whole, name: string) => String(read.problem.params?.[name] ?? whole));
    return fail(`Il backup «${backupPath}» non si può usare: ${text}`);
  }

  const files = await programmeReportFiles(read.backup, { from, to }, rasteriseInNode, todayIso());
  try {
    await mkdir(out, { recursive: true });
    await writeFile(join(out, files.names.docx), files.docx);
    await writeFile(join(out, files.names.xlsx), files.xlsx);
  } catch (error) {
    return fail(`Impossibile scrivere nella cartella «${out}»: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (a.json) process.stdout.write(`${JSON.stringify(files.report, null, 2)}\n`);
  else process.stderr.write(`Scritti ${files.names.docx} e ${files.names.xlsx} in ${out}\n`);
  return 0;
}

process.exitCode = await main();
