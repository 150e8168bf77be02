// `npm run --silent report`: the Word and Excel report of a period from a backup, and the figures as JSON.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { demoData, type OfferFields } from '../../../src-renderer/lib/demo/demo-data';
import { buildBackupDocument, serialiseBackup } from '../../../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/lib/db/versions';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');
let dir: string;

async function report(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'report.ts'), ...args], { cwd: root, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The demo office's two offers, as its forms give them (the programme's days come from here). */
function offer(title: string, days: string[][], durationDays: 1 | 2): OfferFields {
  return { hostMunicipality: 'Comune di Monza', hostOffice: 'Settore Partecipazione', title, description: '', transferMethod: '', capacityMin: 4, capacityMax: 10, targetProfiles: '', durationDays, dateMode: days.length > 1 ? 'alternatives' : 'single', candidateSessions: days.map((d) => ({ days: d })), notes: '', format: 'presenza', agendaDraft: [], source: null };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ospita-report-'));
  const data = demoData({
    sanRocco: offer('Processo di Co-progettazione con Enti del Terzo Settore', [['2026-05-07', '2026-05-08']], 2),
    patti: offer('Patti di Cittadinanza: interventi e progettualità', [['2026-04-20'], ['2026-04-27']], 1),
  });
  const doc = await buildBackupDocument(data, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-12-31T10:00:00.000Z', station: 'Postazione 1' });
  await writeFile(join(dir, 'demo.json'), serialiseBackup(doc));
  await writeFile(join(dir, 'broken.json'), '{"format":"ospita-backup",');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run report', () => {
  it('writes the Word and Excel report of the year and prints the figures as JSON', { timeout: 180_000 }, async () => {
    const out = join(dir, 'out');
    const { code, stdout } = await report('--backup', join(dir, 'demo.json'), '--from', '2026-01-01', '--to', '2026-12-31', '--out', out, '--json');
    expect(code).toBe(0);
    const figures = JSON.parse(stdout);
    expect(figures).toMatchObject({ sessionsHeld: 2, participantsPresent: 10, certificates: 7 });
    expect(typeof figures.personHours).toBe('number');
    expect(figures.organisations).toContainEqual(expect.objectContaining({ name: 'Comune di Bergamo', participants: 1 }));
    expect(figures.organisations.every((o: { name: unknown; participants: unknown }) => typeof o.name === 'string' && typeof o.participants === 'number')).toBe(true);

    expect((await readdir(out)).sort()).toEqual(['riepilogo-2026-01-01-2026-12-31.docx', 'riepilogo-2026-01-01-2026-12-31.xlsx']);
    const zip = await JSZip.loadAsync(await readFile(join(out, 'riepilogo-2026-01-01-2026-12-31.docx')));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Riepilogo degli scambi di buone pratiche');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
    const summary = await readSheet(await readFile(join(out, 'riepilogo-2026-01-01-2026-12-31.xlsx')));
    expect(summary.find((r) => r[0] === 'Sessioni svolte')?.[1]).toBe(2);
    expect(summary.find((r) => r[0] === 'Ore di formazione erogate (ore × persone)')?.[1]).toBe(figures.personHours);
  });

  it('counts a session by its first day: a period that ends the day before the first visit holds none', { timeout: 120_000 }, async () => {
    const { code, stdout } = await report('--backup', join(dir, 'demo.json'), '--from', '2026-01-01', '--to', '2026-04-19', '--out', join(dir, 'early'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ sessionsHeld: 0, participantsPresent: 0, personHours: 0, certificates: 0, organisations: [] });
  });

  it.each([
    [['--from', '2026-01-01', '--to', '2026-12-31', '--out', 'x'], 'Mancano degli argomenti'],
    [['--backup', 'demo.json', '--from', '2026-12-31', '--to', '2026-01-01', '--out', 'x'], 'Periodo non valido'],
    [['--backup', 'demo.json', '--from', '2026-13-01', '--to', '2026-12-31', '--out', 'x'], 'Periodo non valido'],
    [['--backup', 'broken.json', '--from', '2026-01-01', '--to', '2026-12-31', '--out', 'x'], 'non si può usare'],
    [['--backup', 'missing.json', '--from', '2026-01-01', '--to', '2026-12-31', '--out', 'x'], 'Impossibile leggere'],
  ])('refuses %j with exit 2 and an Italian message', { timeout: 120_000 }, async (args, message) => {
    const { code, stderr } = await report(...args.map((a) => (a.endsWith('.json') ? join(dir, a) : a)));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
