// `npm run --silent report -- --backup FILE --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--json]`: the programme's
// report of a period from a backup, as the app's Riepilogo makes it: a Word document and an Excel workbook in
// DIR and, with --json, the figures as JSON on standard output. Exit 2 with an Italian message for a bad backup,
// bad dates or missing arguments.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { todayIso } from '../src-renderer/lib/domain/dates';
import { translate } from '../src-renderer/lib/i18n/translate';
import { periodProblem } from '../src-renderer/lib/report/programme-report';
import { CliError, parseArgs, readBackupArg } from './lib/cli';
import { programmeReportFiles } from './lib/programme-report-files';
import { rasteriseInNode } from './lib/rasterise-node';

const USAGE = `Uso: npm run --silent report -- --backup FILE --from AAAA-MM-GG --to AAAA-MM-GG --out CARTELLA [--json]
  Scrive il riepilogo degli scambi del periodo (Word ed Excel) nella cartella; con --json stampa le cifre.
  Una sessione conta nel periodo per il suo primo giorno.`;

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

async function main(): Promise<number> {
  const a = parseArgs(process.argv.slice(2));
  if (a.help || a.aiuto) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { backup: backupPath, from, to, out } = a;
  if (typeof backupPath !== 'string' || typeof from !== 'string' || typeof to !== 'string' || typeof out !== 'string') return fail(`Mancano degli argomenti.\n${USAGE}`);
  const problem = periodProblem({ from, to });
  if (problem) return fail(`Periodo non valido (${from} – ${to}): ${translate('it', problem)} Scrivere le date come AAAA-MM-GG, per esempio 2026-01-01.`);

  let backup;
  try {
    // The same reading as the other command-line tools: protected backups open with OSPITA_BACKUP_PASSPHRASE.
    backup = await readBackupArg(backupPath);
  } catch (error) {
    if (error instanceof CliError) return fail(error.message);
    throw error;
  }

  const files = await programmeReportFiles(backup, { from, to }, rasteriseInNode, todayIso());
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
