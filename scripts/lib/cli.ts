// What the command-line tools that read a backup share: "--name value" arguments, reading and validating the
// backup with the app's own rules (a protected one with the passphrase from the environment), and finding a
// session in it, each failure said in Italian.
import { readFile } from 'node:fs/promises';
import type { BackupDocument } from '../../src-renderer/lib/db/backup-document';
import { openBackup, PASSPHRASE_ENV } from './open-backup';
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

/** The backup at `path`, opened with the passphrase of OSPITA_BACKUP_PASSPHRASE when it is protected. */
export async function readBackupArg(path: string): Promise<BackupDocument> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new CliError(`Impossibile leggere il file «${path}»: controllare il percorso.`);
  }
  const read = await openBackup(bytes, path, process.env[PASSPHRASE_ENV]);
  if (!read.ok) throw new CliError(read.message);
  return read.backup;
}

/** The message for a session that is not in the backup, naming those that are. */
export function unknownSession(backup: BackupDocument, sessionId: string): CliError {
  const sessions = listSessions(backup);
  const list = sessions.length ? sessions.map((s) => `  ${s.line}`).join('\n') : '  (il backup non contiene sessioni)';
  return new CliError(`La sessione «${sessionId}» non esiste in questo backup. Sessioni presenti:\n${list}`);
}
