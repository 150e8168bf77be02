import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBackupDocument, serialiseBackup, type BackupData } from '../../../src-renderer/lib/db/backup-document';
import { protectBackup } from '../../../src-renderer/lib/db/backup-protection';
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/lib/db/versions';
import { openBackup } from '../../../scripts/lib/open-backup';
import { sessionInput, writeSessionDocuments } from '../../../scripts/lib/session-documents';
import { input } from '../src-renderer/lib/documents/handouts/attendance-fixture';
import pkg from '../../../package.json';
import { certificateTemplateDocx } from '../../../scripts/lib/template-fixtures';
import { docxText } from '../src-renderer/lib/documents/handouts/docx-text';

const run = promisify(execFile);
let dir = '';
let backupPath = '';

async function backupOf(): Promise<string> {
  const i = input();
  const data: BackupData = { settings: [i.settings], offers: [i.offer], sessions: [i.session], agendaItems: i.items, participants: i.participants, attendance: i.events, documentTemplates: [], questionnaires: [], feedback: [], privacyLedger: [] };
  return serialiseBackup(await buildBackupDocument(data, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-09T10:00:00.000Z', station: 'Postazione 1' }));
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

async function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/documents.ts', ...args], { cwd: join(import.meta.dirname, '..', '..', '..'), env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ospita-documents-'));
  backupPath = join(dir, 'backup.json');
  await writeFile(backupPath, await backupOf());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('documents of a session from a backup', () => {
  it('writes the programme, participant list, badges, sheets, register, certificates (together and one each), report and CSVs', async () => {
    const i = input();
    const { readBackupFile } = await import('../../../src-renderer/lib/db/backup-document');
    const read = await readBackupFile(await backupOf(), { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(read.ok).toBe(true);
    const fromBackup = (await sessionInput(read.ok ? read.backup : (undefined as never), i.session.id))!;
    const out = join(dir, 'out');
    const written = await writeSessionDocuments(fromBackup, out, { issueDate: '2026-05-11' });
    expect(written).toEqual(
      expect.arrayContaining([
        '2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.docx',
        '2026-05-07 Elenco partecipanti - Processo di Co-progettazione con Enti del Terzo Settore.docx',
        '2026-05-07 Cartellini - Processo di Co-progettazione con Enti del Terzo Settore.docx',
        '2026-05-07 Foglio firme - Processo di Co-progettazione con Enti del Terzo Settore.docx',
        '2026-05-07 Registro presenze - Processo di Co-progettazione con Enti del Terzo Settore.docx',
        '2026-05-07 Registro presenze - Processo di Co-progettazione con Enti del Terzo Settore.csv',
        '2026-05-07 Attestati - Processo di Co-progettazione con Enti del Terzo Settore.docx',
        '2026-05-07 Rendicontazione - Processo di Co-progettazione con Enti del Terzo Settore.docx',
        '2026-05-07 Rendicontazione - Processo di Co-progettazione con Enti del Terzo Settore.csv',
        '2026-05-07 Pasti e intolleranze - Processo di Co-progettazione con Enti del Terzo Settore.docx',
        '2026-05-07 Pasti e intolleranze - Processo di Co-progettazione con Enti del Terzo Settore.csv',
        '2026-05-07 Questionario - Processo di Co-progettazione con Enti del Terzo Settore.docx',
      ]),
    );
    expect((await readdir(join(out, 'Attestati 2026-05-07'))).sort((a, b) => a.localeCompare(b, 'it'))).toEqual(["D'Amico Nicolò - Attestato.docx", 'Éboli Giulia - Attestato.docx', 'Làzzari Fabrizio - Attestato.docx']);
  });

  it('refuses a file that is not a backup, in Italian, with exit code 2', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, 'ciao');
    const result = await cli('--backup', bad, '--session', 's1', '--out', join(dir, 'x'), '--senza-pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('non si può usare');
  }, 60_000);

  it('names the sessions the backup has when the one asked for is not there', async () => {
    const result = await cli('--backup', backupPath, '--session', 'nessuna', '--out', join(dir, 'x'), '--senza-pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('La sessione «nessuna» non esiste in questo backup');
    expect(result.stderr).toContain('s1  Processo di Co-progettazione con Enti del Terzo Settore (giovedì 7 e venerdì 8 maggio 2026)');
  }, 60_000);

  it('says plainly that a protected backup needs its passphrase, and where to give it', async () => {
    const sealed = join(dir, 'protetto.json');
    await writeFile(sealed, await protectBackup(await backupOf(), 'tre gatti sul tetto', { iterations: 100_000 }));
    const missing = await cliWith({ OSPITA_BACKUP_PASSPHRASE: '' }, '--backup', sealed, '--session', 's1', '--out', join(dir, 'x'), '--senza-pdf');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('è protetto da una frase segreta');
    expect(missing.stderr).toContain('OSPITA_BACKUP_PASSPHRASE');
  }, 120_000);

  it('opens a protected backup with the right passphrase and refuses a wrong one with a clear reason', async () => {
    const sealed = new TextEncoder().encode(await protectBackup(await backupOf(), 'tre gatti sul tetto', { iterations: 100_000 }));
    const wrong = await openBackup(sealed, 'protetto.json', 'quattro gatti');
    expect(wrong).toEqual({ ok: false, message: expect.stringContaining('non si può aprire: La frase segreta non è corretta') });
    const right = await openBackup(sealed, 'protetto.json', 'tre gatti sul tetto');
    expect(right.ok && (await sessionInput(right.backup, 's1'))?.session.id).toBe('s1');
    // A plain backup needs no passphrase, and a damaged one is still refused as before.
    expect((await openBackup(new TextEncoder().encode(await backupOf()), 'b.json', undefined)).ok).toBe(true);
    expect(await openBackup(new TextEncoder().encode('ciao'), 'b.json', 'x')).toEqual({ ok: false, message: expect.stringContaining('non si può usare') });
  });
});

describe('documents of a session on the office’s own template', () => {
  it('writes the certificates on the template given with --modello-attestato: one Word file with all and one each', async () => {
    const template = join(dir, 'Modello attestato.docx');
    await writeFile(template, await certificateTemplateDocx());
    const out = join(dir, 'out-template');
    const result = await cli('--backup', backupPath, '--session', 's1', '--out', out, '--senza-pdf', '--modello-attestato', template, '--data-rilascio', '2026-05-11');
    expect(result.code, result.stderr).toBe(0);
    const all = await docxText(new Uint8Array(await readFile(join(out, '2026-05-07 Attestati - Processo di Co-progettazione con Enti del Terzo Settore.docx'))));
    expect(all).toContain('Fabrizio Làzzari');
    expect(all).toContain('Monza, 11 maggio 2026');
    expect((await readdir(join(out, 'Attestati 2026-05-07'))).sort((a, b) => a.localeCompare(b, 'it'))).toEqual(["D'Amico Nicolò - Attestato.docx", 'Éboli Giulia - Attestato.docx', 'Làzzari Fabrizio - Attestato.docx']);
  }, 180_000);

  it('refuses a template with a misspelled placeholder, naming it, and writes nothing', async () => {
    const template = join(dir, 'Modello sbagliato.docx');
    await writeFile(template, await certificateTemplateDocx({ surnameTag: '{cognme}' }));
    const out = join(dir, 'out-bad-template');
    const result = await cli('--backup', backupPath, '--session', 's1', '--out', out, '--senza-pdf', '--modello-attestato', template);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Il segnaposto {cognme} non esiste: forse si intendeva {cognome}?');
    await expect(readdir(out)).rejects.toThrow();
  }, 180_000);
});
