import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { readBackupFile, serialiseBackup } from '../../../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/lib/db/versions';
import { certificatePlan } from '../../../src-renderer/lib/documents/handouts/certificate';
import { buildDemoBackup } from '../../../scripts/lib/demo-backup';
import { sessionInput } from '../../../scripts/lib/session-documents';

const demo = () => buildDemoBackup();

describe('the demo backup', () => {
  it('passes the same validation as a backup chosen in Settings', async () => {
    const read = await readBackupFile(serialiseBackup(await demo()), { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(read.ok).toBe(true);
  });

  it('holds the two seed exchanges, the San Rocco visit on two days and the workshop on one, with full programmes', async () => {
    const { data } = await demo();
    expect(data.offers.map((o) => o.title)).toEqual([expect.stringContaining('Co-progettazione con Enti del Terzo Settore'), expect.stringContaining('Patti di Cittadinanza')]);
    expect(data.sessions.map((s) => s.days)).toEqual([['2026-05-07', '2026-05-08'], ['2026-04-27']]);
    expect(data.agendaItems.filter((i) => i.sessionId === 'demo-san-rocco').length).toBeGreaterThanOrEqual(10);
    expect(data.participants.filter((p) => p.status !== 'annullato')).toHaveLength(12);
    expect(data.participants.map((p) => p.surname)).toEqual(expect.arrayContaining(['Làzzari', "D'Amico", 'Cantù']));
  });

  it('has people who qualify for a certificate and people who do not, in both sessions', async () => {
    const backup = await demo();
    for (const id of ['demo-san-rocco', 'demo-patti']) {
      const { decisions } = certificatePlan((await sessionInput(backup, id))!);
      expect(decisions.some((d) => d.receives)).toBe(true);
      expect(decisions.some((d) => !d.receives)).toBe(true);
    }
    const sanRocco = certificatePlan((await sessionInput(backup, 'demo-san-rocco'))!).decisions;
    expect(sanRocco.filter((d) => d.receives).map((d) => d.participant.surname)).toEqual(['Cantù', "D'Amico", 'Làzzari']);
  });
});
