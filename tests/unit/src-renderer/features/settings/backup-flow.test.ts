// Restoring and merging a protected backup through the settings flow: the passphrase is asked for, a wrong one
// changes nothing, the right one leads to the usual review.
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { BackupFlow } from '../../../../../src-renderer/features/settings/backup-flow.svelte';
import { createBackupJson } from '../../../../../src-renderer/lib/db/backup';
import { protectBackup } from '../../../../../src-renderer/lib/db/backup-protection';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { useDb } from '../../../../../src-renderer/lib/db/index';
import { contents, fill, freshDb } from '../../../db-helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await Dexie.delete('ospita-backups');
});

async function protectedFile(passphrase: string): Promise<File> {
  const source = await freshDb();
  const data = sampleData();
  data.offers[0] = { ...data.offers[0]!, title: 'Offerta del backup protetto' };
  await fill(source, data);
  const sealed = await protectBackup(await createBackupJson(source), passphrase, { iterations: 100_000 });
  useDb(db); // freshDb installed the source as the app's database
  source.close();
  return new File([sealed], 'ospita-backup-protetto.json', { type: 'application/json' });
}

describe('a protected backup in the settings', () => {
  it('asks for its passphrase; a wrong one keeps the data as it was, the right one shows the content, then restores', async () => {
    const file = await protectedFile('tre gatti sul tetto');
    await fill(db, sampleData({ sessions: 1, participants: 2, attendance: 0 }));
    const before = await contents(db);
    const flow = new BackupFlow();
    await flow.openFile(file, 'restore');
    expect(flow.step).toMatchObject({ kind: 'locked', mode: 'restore', source: 'ospita-backup-protetto.json', problem: null });

    await flow.unlock('tre gatti sul tetto!');
    expect(flow.step).toMatchObject({ kind: 'locked', problem: { key: 'backup.unlock.wrong' } });
    expect(await contents(db)).toEqual(before);

    await flow.unlock('tre gatti sul tetto');
    expect(flow.step.kind).toBe('review');
    await flow.confirm();
    expect(flow.step).toMatchObject({ kind: 'done' });
    expect((await db.offers.toArray()).map((o) => o.title)).toEqual(['Offerta del backup protetto']);
  });

  it('asks for it before a merge too, and cancelling leaves everything as it was', async () => {
    await fill(db, sampleData({ sessions: 1, participants: 2, attendance: 0 }));
    const before = await contents(db);
    const flow = new BackupFlow();
    await flow.openFile(await protectedFile('tre gatti sul tetto'), 'merge');
    expect(flow.step).toMatchObject({ kind: 'locked', mode: 'merge' });
    flow.reset();
    expect(flow.step.kind).toBe('idle');
    expect(await contents(db)).toEqual(before);
  });
});
