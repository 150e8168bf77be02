// What the command-line tools that read a backup share: "--name value" arguments, reading and validating the
// backup with the app's own rules, and finding a session in it, each failure said in Italian.
import { readFile } from 'node:fs/promises';
import pkg from '../../package.json';
import { readBackupFile, type BackupDocument } from '../../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/lib/db/versions';
import { catalogues } from '../../src-renderer/lib/i18n/catalogue';
import { listSessions } from './session-documents';

/** "--backup x.json --senza-pdf" → { backup: 'x.json', 'senza-pdf': true } */
export function parseArgs(argv: string[]): Record<string, string | true> {
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

/** A failure to report: its Italian message, for stderr and exit code 2. */
export class CliError extends Error {}

export async function readBackupArg(path: string): Promise<BackupDocument> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new CliError(`Impossibile leggere il file «${path}»: controllare il percorso.`);
  }
  const read = await readBackupFile(bytes, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION });
  if (!read.ok) {
    const text = catalogues.it[read.problem.key].replace(/\{(\w+)\}/g, (whole, name: string) => String(read.problem.params?.[name] ?? whole));
    throw new CliError(`Il backup «${path}» non si può usare: ${text}`);
  }
  return read.backup;
}

/** The message for a session that is not in the backup, naming those that are. */
export function unknownSession(backup: BackupDocument, sessionId: string): CliError {
  const sessions = listSessions(backup);
  const list = sessions.length ? sessions.map((s) => `  ${s.line}`).join('\n') : '  (il backup non contiene sessioni)';
  return new CliError(`La sessione «${sessionId}» non esiste in questo backup. Sessioni presenti:\n${list}`);
}
