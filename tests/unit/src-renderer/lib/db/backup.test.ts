import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../scripts/lib/sample-data';
import { APP_VERSION, createBackup, createBackupJson, readBackup, restoreBackup, summariseBackup } from '../../../../../src-renderer/lib/db/backup';
import { buildBackupDocument, canonicalJson, compareVersions, readBackupFile, serialiseBackup } from '../../../../../src-renderer/lib/db/backup-document';
import type { OspitaDatabase } from '../../../../../src-renderer/lib/db/database';
import { useDb } from '../../../../../src-renderer/lib/db/index';
import { getSettings, saveSettings } from '../../../../../src-renderer/lib/db/repositories/settings';
import { thisStationId } from '../../../../../src-renderer/lib/station';
import { CURRENT_SCHEMA_VERSION } from '../../../../../src-renderer/lib/db/versions';
import { catalogues } from '../../../../../src-renderer/lib/i18n/catalogue';
import { contents, fill, freshDb, storedParticipant, storedParticipants } from '../../../db-helpers';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
});

async function refusal(input: Uint8Array | string): Promise<string> {
  const result = await readBackup(input);
  if (result.ok) throw new Error('the file was accepted');
  const text = catalogues.it[result.problem.key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(result.problem.params?.[name] ?? `{${name}}`));
}

/** Parses a backup, changes it, and writes it back with a correct checksum (a well-formed but different file). */
async function rewrite(json: string, change: (doc: Record<string, unknown>) => void): Promise<string> {
  const doc = JSON.parse(json) as Record<string, unknown>;
  change(doc);
  const { checksum: _c, ...body } = doc;
  const { sha256Hex } = await import('../../../../../src-renderer/lib/db/backup-document');
  return JSON.stringify({ ...doc, checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) } });
}

describe('backup file', () => {
  it('holds every table with the app version, schema version, time, station, counts and a checksum', async () => {
    await fill(db, sampleData());
    const doc = await createBackup(db, new Date('2026-05-08T18:00:00Z'));
    expect(doc).toMatchObject({
      format: 'ospita-backup',
      formatVersion: 1,
      appVersion: APP_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-05-08T18:00:00.000Z',
      station: 'Ingresso principale',
      counts: { settings: 1, offers: 1, sessions: 2, agendaItems: 6, participants: 6, attendance: 8 },
      checksum: { algorithm: 'SHA-256' },
    });
    expect(doc.checksum.value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('restores on an empty computer exactly what was saved, accents and all', async () => {
    const data = sampleData();
    await fill(db, data);
    const json = await createBackupJson(db);
    const before = await contents(db);
    const target = await freshDb();
    const read = await readBackup(new TextEncoder().encode(json));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    await restoreBackup(read.backup, target);
    // All but the station's own id and name, which belong to this computer, not to the data.
    const settings = before.settings.map((s) => ({ ...s, stationId: thisStationId(), stationName: '' }));
    expect(await contents(target)).toEqual({ ...before, settings });
    expect((await target.offers.get('o1'))?.description).toContain('«virgolette» e accenti: è, à, ù');
  });

  it('into a database emptied by a loss, from this computer’s own backup, gives the station its name back', async () => {
    await fill(db, sampleData());
    useDb(db);
    await saveSettings({ ...(await getSettings()), stationName: 'Ingresso sala' });
    const read = await readBackup(await createBackupJson(db));
    if (!read.ok) throw new Error(read.problem.key);
    const emptied = await freshDb();
    await restoreBackup(read.backup, emptied);
    expect(await emptied.settings.get('host')).toMatchObject({ stationName: 'Ingresso sala', stationId: thisStationId(), municipality: 'Comune di Monza' });
  });

  it('replaces what was there before instead of mixing the two', async () => {
    await fill(db, sampleData({ prefix: 'old-' }));
    const source = await freshDb();
    await fill(source, sampleData({ prefix: 'new-', participants: 3, attendance: 2 }));
    const read = await readBackup(await createBackupJson(source));
    if (!read.ok) throw new Error(read.problem.key);
    await restoreBackup(read.backup, db);
    expect((await storedParticipants(db)).map((p) => p.id)).toEqual(['new-p1', 'new-p2', 'new-p3']);
    expect(await db.offers.toCollection().primaryKeys()).toEqual(['new-o1']);
  });

  it('is summarised with its counts and sessions before the user decides', async () => {
    await fill(db, sampleData());
    const read = await readBackup(await createBackupJson(db, new Date('2026-05-08T18:00:00Z')));
    if (!read.ok) throw new Error(read.problem.key);
    const summary = summariseBackup(read.backup);
    expect(summary.createdAt).toBe('2026-05-08T18:00:00.000Z');
    expect(summary.counts.participants).toBe(6);
    expect(summary.sessions).toEqual([
      { id: 's1', title: 'Processo di Co-progettazione con Enti del Terzo Settore', days: ['2026-05-07'], status: 'confermata', participants: 3, attendance: 4 },
      { id: 's2', title: 'Processo di Co-progettazione con Enti del Terzo Settore', days: ['2026-05-14'], status: 'confermata', participants: 3, attendance: 4 },
    ]);
  });

  it('from an older schema version (participants without walk-in flag) still restores, with the defaults', async () => {
    const data = sampleData();
    const old = data.participants.map(({ walkIn: _w, overCapacityReason: _o, ...rest }) => rest);
    const doc = await buildBackupDocument({ ...data, participants: old as never }, { appVersion: '0.0.9', schemaVersion: 1, createdAt: '2026-01-01T00:00:00.000Z', station: 'Vecchia' });
    const read = await readBackup(serialiseBackup(doc));
    if (!read.ok) throw new Error(read.problem.key);
    await restoreBackup(read.backup, db);
    expect(await storedParticipant(db, 'p1')).toMatchObject({ walkIn: false, overCapacityReason: null });
  });

  it('carries each session’s format and video call, and what was followed online, through a restore', async () => {
    await fill(db, sampleData());
    const read = await readBackup(await createBackupJson(db));
    if (!read.ok) throw new Error(read.problem.key);
    const other = await freshDb();
    await restoreBackup(read.backup, other);
    db = other;
    expect(await db.sessions.get('s2')).toMatchObject({ format: 'ibrida', online: { platform: 'teams', link: expect.stringContaining('https://teams.microsoft.com/') } });
    expect(read.backup.data.attendance.filter((e) => e.platform === 'teams' && e.source === 'online')).toHaveLength(2);
  });

  it('from before sessions had a format (schema v5) still restores: a webinar’s session online, the others in presence', async () => {
    const data = sampleData();
    const offers = [data.offers[0]!, { ...data.offers[0]!, id: 'o2', format: 'webinar' as const }];
    const sessions = data.sessions.map(({ format: _f, online: _o, ...rest }, i) => ({ ...rest, offerId: i === 1 ? 'o2' : rest.offerId }));
    const attendance = data.attendance.map(({ platform: _p, ...rest }) => ({ ...rest, source: 'desk' as const }));
    const doc = await buildBackupDocument({ ...data, offers, sessions: sessions as never, attendance }, { appVersion: '0.1.0', schemaVersion: 5, createdAt: '2026-01-01T00:00:00.000Z', station: 'Vecchia' });
    const read = await readBackup(serialiseBackup(doc));
    if (!read.ok) throw new Error(read.problem.key);
    await restoreBackup(read.backup, db);
    expect(await db.sessions.get('s1')).toMatchObject({ format: 'presenza', online: { platform: null, link: '' } });
    expect(await db.sessions.get('s2')).toMatchObject({ format: 'online', online: { platform: null, link: '' } });
  });

  it('carries the office’s Word templates and its scanned signature, and restores them', async () => {
    const data = sampleData();
    const signature = { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', mime: 'image/png' as const, name: 'firma.png', width: 600, height: 200 };
    data.settings = [{ ...data.settings[0]!, signature }];
    await fill(db, data);
    const read = await readBackup(await createBackupJson(db));
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.backup.counts.documentTemplates).toBe(1);
    const target = await freshDb();
    await restoreBackup(read.backup, target);
    expect(await target.documentTemplates.get('certificate')).toMatchObject({ fileName: 'Attestato su carta intestata.docx', data: data.documentTemplates[0]!.data });
    expect((await target.settings.get('host'))?.signature).toEqual(signature);
  });

  it('written before templates existed (schema 5, no such table in the file) restores with none and no signature', async () => {
    await fill(db, sampleData());
    const json = await rewrite(await createBackupJson(db), (doc) => {
      const data = doc.data as Record<string, Record<string, unknown>[]>;
      delete data.documentTemplates;
      delete (doc.counts as Record<string, number>).documentTemplates;
      for (const s of data.settings!) delete s.signature;
      doc.schemaVersion = 5;
    });
    expect(json).not.toContain('documentTemplates');
    db = await freshDb();
    const read = await readBackup(json);
    if (!read.ok) throw new Error(read.problem.key);
    await fill(db, sampleData());
    await restoreBackup(read.backup, db);
    expect(await db.documentTemplates.count()).toBe(0);
    expect((await db.settings.get('host'))?.signature).toBeNull();
  });

  it('refuses a template that is not base64, naming the table', async () => {
    await fill(db, sampleData());
    const json = await rewrite(await createBackupJson(db), (doc) => {
      (doc.data as Record<string, { data: string }[]>).documentTemplates![0]!.data = 'non è base64!';
    });
    expect(await refusal(json)).toContain('modelli di documento');
  });

  it('from before schema v12 (no venue address, contact person, dietary needs) restores with empty values', async () => {
    const data = sampleData();
    const sessions = data.sessions.map(({ venueAddress: _a, contact: _c, ...rest }) => rest);
    const participants = data.participants.map(({ dietary: _d, ...rest }) => rest);
    const doc = await buildBackupDocument({ ...data, sessions: sessions as never, participants: participants as never }, { appVersion: '0.1.0', schemaVersion: 8, createdAt: '2026-01-01T00:00:00.000Z', station: 'Vecchia' });
    const read = await readBackup(serialiseBackup(doc));
    if (!read.ok) throw new Error(read.problem.key);
    await restoreBackup(read.backup, db);
    expect(await db.sessions.get('s1')).toMatchObject({ venueAddress: '', contact: { name: '', phone: '', email: '' } });
    expect(await storedParticipant(db, 'p1')).toMatchObject({ dietary: '' });
  });

  it('refuses a contact person that is not a name, phone and e-mail', async () => {
    const data = sampleData();
    data.sessions[0] = { ...data.sessions[0]!, contact: { name: 'Giulia', phone: 39 } as never };
    const doc = await buildBackupDocument(data, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-01-01T00:00:00.000Z', station: 'A' });
    expect((await readBackup(serialiseBackup(doc))).ok).toBe(false);
  });

  it('keeps fields it does not know rather than dropping them', async () => {
    const data = sampleData();
    const doc = await buildBackupDocument({ ...data, offers: [{ ...data.offers[0]!, futureField: 'x' } as never] }, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-01-01T00:00:00.000Z', station: 'A' });
    const read = await readBackup(serialiseBackup(doc));
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.backup.data.offers[0]).toMatchObject({ futureField: 'x' });
  });
});

describe('a file that cannot be restored is refused with a reason and a way out', () => {
  let json: string;
  beforeEach(async () => {
    await fill(db, sampleData());
    json = await createBackupJson(db);
  });

  it('not JSON at all', async () => {
    expect(await refusal('Cognome;Nome\nRossi;Giulia')).toMatch(/non è nel formato JSON.*Esporta backup/);
  });

  it('cut short', async () => {
    expect(await refusal(json.slice(0, Math.floor(json.length / 2)))).toMatch(/incompleto.*si interrompe/);
  });

  it('empty', async () => {
    expect(await refusal('   ')).toMatch(/vuoto/);
    expect(await refusal(new Uint8Array())).toMatch(/vuoto/);
  });

  it('another application’s JSON', async () => {
    expect(await refusal('{"name":"my-app","version":"1.0.0"}')).toMatch(/non è stato creato da Ospita/);
    expect(await refusal('[1,2,3]')).toMatch(/non è stato creato da Ospita/);
  });

  it('a single changed character (checksum)', async () => {
    expect(await refusal(json.replace('Galli', 'Gallo'))).toMatch(/codice di controllo non corrisponde/);
  });

  it('made by a newer schema', async () => {
    const newer = await rewrite(json, (d) => (d.schemaVersion = CURRENT_SCHEMA_VERSION + 1));
    expect(await refusal(newer)).toMatch(/versione più recente.*Aggiorna Ospita/);
  });

  it('made by a newer app', async () => {
    const newer = await rewrite(json, (d) => (d.appVersion = '99.0.0'));
    expect(await refusal(newer)).toMatch(/Ospita 99\.0\.0, più recente.*Aggiorna/);
  });

  it('with a session format or a platform Ospita does not know', async () => {
    const badFormat = await rewrite(json, (d) => ((d.data as { sessions: { format: unknown }[] }).sessions[0]!.format = 'remoto'));
    expect(await refusal(badFormat)).toMatch(/sessioni, elemento n\. 1, campo «format»/);
    const badPlatform = await rewrite(json, (d) => ((d.data as { attendance: { platform: unknown }[] }).attendance[0]!.platform = 'skype'));
    expect(await refusal(badPlatform)).toMatch(/presenze, elemento n\. 1, campo «platform»/);
  });

  it('with a record of the wrong shape, naming table, item and field', async () => {
    const bad = await rewrite(json, (d) => ((d.data as { participants: { surname: unknown }[] }).participants[2]!.surname = 42));
    expect(await refusal(bad)).toMatch(/partecipanti, elemento n\. 3, campo «surname»/);
  });

  it('with counts that do not match its records', async () => {
    const bad = await rewrite(json, (d) => (d.data as { attendance: unknown[] }).attendance.pop());
    expect(await refusal(bad)).toMatch(/per «presenze» dichiara 8 elementi ma ne contiene 7/);
  });

  it('with the same record twice', async () => {
    const bad = await rewrite(json, (d) => {
      const data = d.data as { attendance: unknown[] };
      data.attendance.push(data.attendance[0]);
      (d.counts as { attendance: number }).attendance++;
    });
    expect(await refusal(bad)).toMatch(/compare due volte/);
  });

  it('in another encoding or a binary file (a backup re-saved as UTF-16 with its BOM is still read)', async () => {
    const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect((await readBackup(utf16(json))).ok).toBe(true);
    expect(await refusal(utf16(json.slice(0, 100)))).toMatch(/incompleto/);
    const latin1 = Uint8Array.from(json, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
    expect(await refusal(latin1)).toMatch(/UTF-8/);
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81]))).toMatch(/UTF-8/);
  });

  it('compares versions numerically', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.2.0')).toBeLessThan(0);
  });

  it('readBackupFile never throws, even on absurd input', async () => {
    for (const input of ['null', '0', '"x"', '{}', '{"format":"ospita-backup"}', '{"format":"ospita-backup","data":null}']) {
      const result = await readBackupFile(input, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION });
      expect(result.ok).toBe(false);
    }
  });
});

describe('restore', () => {
  it('leaves the old data intact when writing fails halfway', async () => {
    await fill(db, sampleData({ prefix: 'old-' }));
    const before = await contents(db);
    const source = await freshDb();
    await fill(source, sampleData({ prefix: 'new-' }));
    const read = await readBackup(await createBackupJson(source));
    if (!read.ok) throw new Error(read.problem.key);
    // An event without a day: IndexedDB refuses its key, after the other tables were written in the same transaction.
    const broken = { ...read.backup, data: { ...read.backup.data, attendance: [...read.backup.data.attendance, { ...read.backup.data.attendance[0]!, id: 'x', day: undefined as unknown as string }] } };
    await expect(restoreBackup(broken, db)).rejects.toThrow();
    expect(await contents(db)).toEqual(before);
  });
});
