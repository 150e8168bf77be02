// After a purge or an erasure, the automatic backups no longer hold that personal data (the desktop host here:
// files in <data folder>/backups; the browser rewrites its private file system through the same calls).
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../scripts/lib/sample-data';
import { autoBackups } from '../../../../src-renderer/lib/auto-backup.svelte';
import { readBackup, restoreBackup } from '../../../../src-renderer/lib/db/backup';
import type { OspitaDatabase } from '../../../../src-renderer/lib/db/database';
import { eraseParticipant, purgeSessionPersonalData } from '../../../../src-renderer/lib/db/repositories/privacy';
import { cancelParticipant } from '../../../../src-renderer/lib/db/repositories/participants';
import { host, useHost } from '../../../../src-renderer/lib/host';
import { journal } from '../../../../src-renderer/lib/journal/journal.svelte';
import { startup } from '../../../../src-renderer/lib/journal/startup.svelte';
import { mainHost } from '../../main-host';
import { cleanAutomaticBackups, currentLedger } from '../../../../src-renderer/lib/privacy-copies';
import { fill, freshDb, storedParticipant } from '../../db-helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  // The unit tests' host is the desktop one (files in a temporary data folder): start each test with none.
  for (const entry of await host.listBackups()) await host.removeBackup(entry.name);
  await fill(db, sampleData());
});

describe('the automatic backups after an erasure or a purge', () => {
  it('are rewritten without the person, keep their name and date, and stay restorable', async () => {
    const daily = (await autoBackups.write('daily'))!;
    const before = (await readBackup(await host.readBackup(daily.name))).ok;
    expect(before).toBe(true);
    await eraseParticipant('p1');
    const cleaned = await cleanAutomaticBackups(await currentLedger());
    expect(cleaned).toEqual({ rewritten: [daily.name], removed: [], failed: [] });
    const text = await host.readBackup(daily.name);
    expect(text).not.toMatch(/persona1@|Giulia/);
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.backup.data.participants.map((p) => p.id)).not.toContain('p1');
    expect(read.backup.data.attendance.some((e) => e.participantId === 'p1')).toBe(false);
    expect(read.backup.createdAt).toBe(JSON.parse(text).createdAt);
    expect(read.backup.data.privacyLedger.map((r) => r.id)).toEqual(['erase:p1']);
    // Restored even on a computer that never heard of the erasure, the person does not come back.
    const elsewhere = await freshDb();
    await restoreBackup(read.backup, elsewhere);
    expect(await storedParticipant(elsewhere, 'p1')).toBeUndefined();
  });

  it('leave alone a backup that holds nothing purged, and remove a damaged one that names the purged session', async () => {
    const daily = (await autoBackups.write('daily'))!;
    const full = await host.readBackup(daily.name);
    const torn = await host.writeBackup({ json: full.slice(0, Math.floor(full.length / 2)), reason: 'quit', journal: null });
    const unrelated = await host.writeBackup({ json: '{"not":"ours"}', reason: 'manual', journal: null });
    await purgeSessionPersonalData('s1');
    const clean = (await autoBackups.write('manual'))!;
    const cleaned = await cleanAutomaticBackups(await currentLedger());
    expect(cleaned.rewritten).toEqual([daily.name]);
    expect(cleaned.removed).toEqual([torn.name]);
    const names = (await host.listBackups()).map((e) => e.name);
    expect(names).toContain(unrelated.name);
    expect(names).toContain(clean.name);
    expect(names).not.toContain(torn.name);
  });

  it('leave the journal without the person: a fresh backup is written after the erasure and the journal trimmed to it', async () => {
    const station = mainHost();
    useHost(station);
    try {
      await startup.run();
      expect(startup.phase).toBe('ready');
      // A journaled change that holds the person (the journal line carries the whole record).
      await cancelParticipant('p1');
      expect(await station.journalExport()).toContain('persona1@');
      await eraseParticipant('p1');
      await cleanAutomaticBackups(await currentLedger());
      expect(await station.journalExport()).not.toMatch(/persona1@|Giulia/);
      expect((await station.listBackups()).some((b) => b.reason === 'privacy')).toBe(true);
    } finally {
      journal.status = 'off';
    }
  });
});
