// `npm run demo -- --out FILE [--forms DIR]`: writes a realistic Ospita backup built from the two example exchange
// forms in docs/examples/ (two sessions held, full programmes, a dozen participants, check-ins), to restore in the
// app or to feed `npm run documents`. Exit 2 with an Italian message when something is missing.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serialiseBackup } from '../src-renderer/lib/db/backup-document';
import { buildDemoBackup, DemoError } from './lib/demo-backup';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value && !value.startsWith('--') ? value : undefined;
}

async function main(): Promise<number> {
  const out = option('out');
  if (!out) {
    process.stderr.write('Uso: npm run demo -- --out FILE.json [--forms CARTELLA]\n  Scrive un backup dimostrativo costruito dalle due schede di esempio.\n');
    return 2;
  }
  // The example forms ship in docs/examples/; --forms reads them from another folder.
  const forms = option('forms');
  try {
    const backup = await buildDemoBackup(forms ? resolve(forms) : undefined);
    await writeFile(resolve(out), serialiseBackup(backup));
    const c = backup.counts;
    process.stdout.write(`Backup dimostrativo scritto in ${resolve(out)}: ${c.offers} offerte, ${c.sessions} sessioni (${backup.data.sessions.map((s) => s.id).join(', ')}), ${c.agendaItems} voci di programma, ${c.participants} partecipanti, ${c.attendance} registrazioni di presenza.\n`);
    return 0;
  } catch (error) {
    if (error instanceof DemoError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
