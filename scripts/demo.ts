// `npm run demo -- --out FILE [--seeds DIR]`: writes a realistic Ospita backup built from the two seed exchange
// forms (two sessions held, full programmes, a dozen participants, check-ins), to restore in the app or to feed
// `npm run documents`. Exit 2 with an Italian message when something is missing.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialiseBackup } from '../src-renderer/lib/db/backup-document';
import { buildDemoBackup, DemoError } from './lib/demo-backup';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value && !value.startsWith('--') ? value : undefined;
}

async function main(): Promise<number> {
  const out = option('out');
  if (!out) {
    process.stderr.write('Uso: npm run demo -- --out FILE.json [--seeds CARTELLA]\n  Scrive un backup dimostrativo costruito dalle due schede di esempio.\n');
    return 2;
  }
  // The seeds live beside the repository (../shared/seeds), or beside the folder of a git worktree.
  const seeds = option('seeds') ?? [join(root, '..', 'shared', 'seeds'), join(root, '..', '..', 'shared', 'seeds')].find((d) => existsSync(d)) ?? join(root, '..', 'shared', 'seeds');
  try {
    const backup = await buildDemoBackup(resolve(seeds));
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
