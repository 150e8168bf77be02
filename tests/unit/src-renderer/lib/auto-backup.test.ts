// The automatic backups answered by the renderer, on the desktop host (the same logic runs in the browser).
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../scripts/lib/sample-data';
import { autoBackups } from '../../../../src-renderer/lib/auto-backup.svelte';
import { STORED_TABLES, type OspitaDatabase } from '../../../../src-renderer/lib/db/database';
import { readBackup } from '../../../../src-renderer/lib/db/backup';
import { host, useHost } from '../../../../src-renderer/lib/host';
import { fill, freshDb } from '../../db-helpers';
import { mainHost } from '../../main-host';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  useHost(mainHost()); // an empty backups folder for each test
});

describe('automatic backups', () => {
  it('write the whole database, and the copy restores', async () => {
    await fill(db, sampleData());
    const entry = await autoBackups.write('daily');
    expect(entry).toMatchObject({ reason: 'daily' });
    const read = await readBackup(await host.readBackup(entry!.name));
    expect(read.ok && read.backup.counts).toMatchObject({ participants: 6, attendance: 8 });
  });

  it('on a first run with nothing yet, still write (so quitting does not wait)', async () => {
    expect(await autoBackups.write('quit')).toMatchObject({ reason: 'quit' });
  });

  it('never write an empty database over a backup that holds data (after a loss, the good copies stay)', async () => {
    await fill(db, sampleData());
    await autoBackups.write('daily');
    await db.transaction('rw', STORED_TABLES.map((t) => db.table(t)), async () => {
      for (const t of STORED_TABLES) await db.table(t).clear();
    });
    for (let i = 0; i < 3; i++) expect(await autoBackups.write('quit')).toBeNull();
    expect(await host.listBackups()).toHaveLength(1);
  });
});
