// The backup argument every command-line tool reads (npm run documents, npm run mail-drafts): a protected file is
// opened with the passphrase from OSPITA_BACKUP_PASSPHRASE, and each refusal is one Italian sentence.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../../../package.json';
import { sampleData } from '../../../../scripts/lib/sample-data';
import { CliError, readBackupArg } from '../../../../scripts/lib/cli';
import { PASSPHRASE_ENV } from '../../../../scripts/lib/open-backup';
import { buildBackupDocument, serialiseBackup } from '../../../../src-renderer/lib/db/backup-document';
import { protectBackup } from '../../../../src-renderer/lib/db/backup-protection';
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/lib/db/versions';

let dir = '';
let plain = '';
let sealed = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ospita-cli-'));
  const json = serialiseBackup(await buildBackupDocument(sampleData(), { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-09T10:00:00.000Z', station: 'Postazione 1' }));
  plain = join(dir, 'backup.json');
  sealed = join(dir, 'protetto.json');
  await writeFile(plain, json);
  await writeFile(sealed, await protectBackup(json, 'tre gatti sul tetto', { iterations: 100_000 }));
});
afterEach(() => {
  delete process.env[PASSPHRASE_ENV];
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reading --backup', () => {
  it('reads a plain backup, and a protected one with the passphrase from the environment', async () => {
    expect((await readBackupArg(plain)).data.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    process.env[PASSPHRASE_ENV] = 'tre gatti sul tetto';
    expect((await readBackupArg(sealed)).data.participants).toHaveLength(6);
  });

  it('refuses a protected backup without the passphrase or with a wrong one, saying why', async () => {
    await expect(readBackupArg(sealed)).rejects.toThrow(CliError);
    await expect(readBackupArg(sealed)).rejects.toThrow(/è protetto da una frase segreta.*OSPITA_BACKUP_PASSPHRASE/);
    process.env[PASSPHRASE_ENV] = 'quattro gatti';
    await expect(readBackupArg(sealed)).rejects.toThrow(/non si può aprire: La frase segreta non è corretta/);
    await expect(readBackupArg(join(dir, 'manca.json'))).rejects.toThrow(/Impossibile leggere il file/);
  });
});
