// A backup file as the command-line tools read it: a protected one is opened with the passphrase from the
// environment (a command-line argument would show in `ps` to every user of the computer), then validated like any
// backup. Every refusal is one Italian sentence for stderr.
import pkg from '../../package.json';
import { readBackupFile, type BackupDocument, type BackupProblem } from '../../src-renderer/lib/db/backup-document';
import { isProtectedBackup, unprotectBackup } from '../../src-renderer/lib/db/backup-protection';
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/lib/db/versions';
import { translate } from '../../src-renderer/lib/i18n/translate';

export const PASSPHRASE_ENV = 'OSPITA_BACKUP_PASSPHRASE';

export function problemText(problem: BackupProblem): string {
  return translate('it', problem.key, problem.params);
}

export async function openBackup(bytes: Uint8Array, path: string, passphrase: string | undefined): Promise<{ ok: true; backup: BackupDocument } | { ok: false; message: string }> {
  let content: Uint8Array | string = bytes;
  if (isProtectedBackup(bytes)) {
    if (!passphrase) {
      return {
        ok: false,
        message:
          `Il backup «${path}» è protetto da una frase segreta. Indicala nella variabile d'ambiente ${PASSPHRASE_ENV}, ` +
          `per esempio: ${PASSPHRASE_ENV}='la frase' npm run documents -- --backup … (allo stesso modo per gli altri comandi; su Windows: set ${PASSPHRASE_ENV}=la frase).`,
      };
    }
    const opened = await unprotectBackup(bytes, passphrase);
    if (!opened.ok) return { ok: false, message: `Il backup «${path}» non si può aprire: ${problemText(opened.problem)}` };
    content = opened.text;
  }
  const read = await readBackupFile(content, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION });
  return read.ok ? { ok: true, backup: read.backup } : { ok: false, message: `Il backup «${path}» non si può usare: ${problemText(read.problem)}` };
}
