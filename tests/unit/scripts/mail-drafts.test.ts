// Every kind of message written for the demo sessions, as `npm run mail-drafts` writes them, and read back with a
// real MIME parser (postal-mime): recipient, subject, text, attachments (PDF from Chromium, as the CLI makes them),
// accents and apostrophes in names, subjects and file names; who is left out and why; exit codes of the tool.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PostalMime, { type Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseBackup, buildBackupDocument, type BackupDocument } from '../../../src-renderer/lib/db/backup-document';
import { formatDays } from '../../../src-renderer/lib/domain/dates';
import type { MessageKind, Participant } from '../../../src-renderer/lib/domain/types';
import { MESSAGE_KINDS } from '../../../src-renderer/lib/messages/kinds';
import { startChromiumPdf, type ChromiumPdf } from '../../../scripts/lib/chromium-pdf';
import { buildDemoBackup } from '../../../scripts/lib/demo-backup';
import { writeMailDrafts } from '../../../scripts/lib/mail-drafts';
import { sessionInput } from '../../../scripts/lib/session-documents';

const root = join(import.meta.dirname, '..', '..', '..');
const demo = () => buildDemoBackup();

/** The demo after some weeks of work: a questionnaire for San Rocco, a promoted guest, one guest without e-mail, a confirmation already sent. */
function afterSomeWork(backup: BackupDocument): BackupDocument {
  const data = structuredClone(backup.data);
  data.sessions = data.sessions.map((s) => (s.id === 'demo-san-rocco' ? { ...s, feedbackUrl: 'https://questionari.comune.monza.it/san-rocco' } : s));
  const change = (surname: string, f: (p: Participant) => Participant) => (data.participants = data.participants.map((p) => (p.surname === surname ? f(p) : p)));
  // Esposito had been told she was on the waiting list, and got a place; Sironi still waits.
  change('Esposito', (p) => ({ ...p, messages: [{ kind: 'attesa', preparedAt: '2026-04-20T08:00:00.000Z', station: 'Postazione 1' }] }));
  change('Ferrè', (p) => ({ ...p, email: '' }));
  change('Cantù', (p) => ({ ...p, messages: [{ kind: 'conferma', preparedAt: '2026-04-21T08:00:00.000Z', station: 'Postazione 2' }] }));
  // At Patti di Cittadinanza one guest still waits and one was confirmed after waiting.
  change('Rovelli', (p) => ({ ...p, status: 'in_attesa' }));
  change('Galbiati', (p) => ({ ...p, messages: [{ kind: 'attesa', preparedAt: '2026-04-10T08:00:00.000Z', station: 'Postazione 1' }] }));
  return { ...backup, data };
}

let dir = '';
let original: BackupDocument;
let worked: BackupDocument;
let chromium: ChromiumPdf;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ospita-mail-'));
  original = await demo();
  worked = afterSomeWork(original);
  const started = await startChromiumPdf();
  if (!started) throw new Error('Chromium is needed for the PDF attachments (CHROMIUM_PATH or /usr/bin/chromium)');
  chromium = started;
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  await rm(dir, { recursive: true, force: true });
});

async function drafts(backup: BackupDocument, sessionId: string, kind: MessageKind, lang: 'it' | 'en' = 'it') {
  const out = join(dir, `${sessionId}-${kind}-${lang}-${Math.random().toString(36).slice(2)}`);
  const result = await writeMailDrafts((await sessionInput(backup, sessionId))!, out, { kind, lang, pdf: chromium.pdf, issueDate: '2026-05-11', again: false });
  const mails = new Map<string, Email>();
  for (const name of result.written) mails.set(name, await PostalMime.parse(await readFile(join(out, name))));
  return { result, mails, files: result.written.length ? await readdir(out) : [] };
}

const ATTACHMENTS: Record<MessageKind, string[]> = {
  conferma: ['pdf', 'ics'],
  attesa: [],
  promozione: ['pdf', 'ics'],
  promemoria: [],
  attestato: ['pdf'],
  ringraziamento: [],
};

describe('every kind of message for the demo sessions', { timeout: 120_000 }, () => {
  for (const sessionId of ['demo-san-rocco', 'demo-patti']) {
    for (const kind of MESSAGE_KINDS) {
      it(`${kind} for ${sessionId}: one draft per recipient, read back intact`, async () => {
        const { result, mails } = await drafts(worked, sessionId, kind);
        const input = (await sessionInput(worked, sessionId))!;
        const settings = input.settings;
        expect(result.blocker).toBeNull();
        expect(mails.size).toBeGreaterThan(0);
        for (const [name, mail] of mails) {
          const person = input.participants.find((p) => p.email && p.email === mail.to?.[0]?.address)!;
          expect(person, name).toBeTruthy();
          expect(name.startsWith('DEMO ') && name.endsWith(`- ${person.surname} ${person.name}.eml`)).toBe(true);
          expect(mail.from).toEqual({ address: settings.email, name: `${settings.municipality} – ${settings.office}` });
          expect(mail.to).toEqual([{ address: person.email, name: `${person.name} ${person.surname}` }]);
          expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
          expect(mail.subject).toContain(input.offer.title);
          expect(mail.text).toContain(`Gentile ${person.name} ${person.surname},`);
          expect(mail.text).not.toMatch(/[{}]/);
          expect(mail.text).toContain(settings.signatoryName);
          expect(mail.attachments.map((a) => a.filename!.split('.').pop())).toEqual(ATTACHMENTS[kind]);
          for (const a of mail.attachments) {
            const bytes = new Uint8Array(a.content as ArrayBuffer);
            if (a.mimeType === 'application/pdf') expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
            else expect(new TextDecoder().decode(bytes)).toMatch(/^BEGIN:VCALENDAR/);
          }
          if (kind !== 'attestato' && kind !== 'ringraziamento') expect(mail.subject).toContain(formatDays(input.session.days));
        }
      });
    }
  }

  it('confirms the confirmed with the programme and calendar as Documenti names them, leaving out those already told and listing those without e-mail', async () => {
    const { result, mails } = await drafts(worked, 'demo-san-rocco', 'conferma');
    expect(result.alreadyPrepared.map((p) => p.surname)).toEqual(['Cantù']);
    expect(result.withoutEmail.map((p) => `${p.surname} ${p.phone}`)).toEqual([expect.stringMatching(/^Ferrè \+39 3\d+ \d+$/)]);
    expect(result.written).toEqual(["DEMO 2026-05-07 Conferma - D'Amico Nicolò.eml", 'DEMO 2026-05-07 Conferma - Esposito Chiara.eml', 'DEMO 2026-05-07 Conferma - Làzzari Fabrizio.eml']);
    const mail = mails.get("DEMO 2026-05-07 Conferma - D'Amico Nicolò.eml")!;
    expect(mail.subject).toBe('Iscrizione confermata – Processo di Co-progettazione con Enti del Terzo Settore, giovedì 7 e venerdì 8 maggio 2026');
    expect(mail.text).toContain('– giovedì 7 maggio 2026, dalle 9:00 alle 17:00\n– venerdì 8 maggio 2026, dalle 9:00 alle 16:00');
    expect(mail.text).toContain('Luogo: Sala Giunta, Palazzo Comunale');
    // Named as Documenti names the programme of a demo session.
    expect(mail.attachments.map((a) => a.filename)).toEqual(['DEMO 2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.pdf', 'DEMO 2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.ics']);
  });

  it('sends each certificate to its own guest, under the file name of the per-person certificate', async () => {
    const { mails } = await drafts(worked, 'demo-san-rocco', 'attestato');
    const attached = [...mails.values()].map((m) => [m.to?.[0]?.name, m.attachments[0]?.filename]);
    expect(attached).toEqual([
      ['Marta Cantù', 'Cantù Marta - Attestato.pdf'],
      ["Nicolò D'Amico", "D'Amico Nicolò - Attestato.pdf"],
      ['Fabrizio Làzzari', 'Làzzari Fabrizio - Attestato.pdf'],
    ]);
    const damico = [...mails.values()].find((m) => m.to?.[0]?.name === "Nicolò D'Amico")!;
    expect(damico.text).toMatch(/con \d+ ore( e \d+ minuti)? di formazione frequentate/);
  });

  it('mentions the questionnaire in the thanks only where the session has one', async () => {
    // Rovelli never came to Patti di Cittadinanza: no thanks for him.
    expect([...(await drafts(worked, 'demo-patti', 'ringraziamento')).mails.values()].map((m) => m.to?.[0]?.name)).not.toContain('Tommaso Rovelli');
    const withLink = [...(await drafts(worked, 'demo-san-rocco', 'ringraziamento')).mails.values()];
    const without = [...(await drafts(worked, 'demo-patti', 'ringraziamento')).mails.values()];
    expect(withLink.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    for (const m of withLink) expect(m.text).toContain('questionario di gradimento, a questo indirizzo: https://questionari.comune.monza.it/san-rocco');
    for (const m of without) expect(m.text).not.toContain('questionario');
  });

  it('writes the waiting-list notice with the position, and the place-available message only to those told they were waiting', async () => {
    const waiting = await drafts(original, 'demo-san-rocco', 'attesa');
    expect(waiting.result.written).toEqual(['DEMO 2026-05-07 Lista d’attesa - Sironi Elena.eml']);
    expect([...waiting.mails.values()][0]!.text).toContain('in lista d’attesa, in posizione 1.');
    expect((await drafts(original, 'demo-san-rocco', 'promozione')).result.written).toEqual([]);
    expect((await drafts(worked, 'demo-san-rocco', 'promozione')).result.written).toEqual(['DEMO 2026-05-07 Posto liberato - Esposito Chiara.eml']);
  });

  it('writes in English for guests from abroad', async () => {
    const { mails } = await drafts(worked, 'demo-patti', 'promemoria', 'en');
    const mail = [...mails.values()][0]!;
    expect(mail.subject).toMatch(/^Reminder: Patti di Cittadinanza.*, Monday 27 April 2026$/);
    expect(mail.text).toMatch(/^Dear /);
    expect([...mails.keys()][0]).toMatch(/^DEMO 2026-04-27 Reminder - /);
  });
});

// Each case starts the tool in a new Node process through tsx, which takes seconds on a busy machine.
describe('npm run mail-drafts', { timeout: 120_000 }, () => {
  const run = promisify(execFile);
  const tsx = join(root, 'node_modules/.bin/tsx');
  async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(tsx, ['scripts/mail-drafts.ts', ...args], { cwd: root });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }
  let backupPath = '';
  beforeAll(async () => {
    backupPath = join(dir, 'demo.json');
    const doc = await buildBackupDocument(worked.data, { appVersion: worked.appVersion, schemaVersion: worked.schemaVersion, createdAt: worked.createdAt, station: worked.station });
    await writeFile(backupPath, serialiseBackup(doc));
  });

  it('writes the drafts and says who was left out', async () => {
    const out = join(dir, 'cli');
    const result = await cli('--backup', backupPath, '--session', 'demo-san-rocco', '--kind', 'conferma', '--out', out, '--senza-pdf');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`3 bozze scritte in ${out}`);
    expect(result.stdout).toContain('Già preparate, lasciate fuori');
    expect(result.stdout).toMatch(/Senza e-mail, da avvisare per telefono:\n {2}Ferrè Gianluca: \+39/);
    const mail = await PostalMime.parse(await readFile(join(out, "DEMO 2026-05-07 Conferma - D'Amico Nicolò.eml")));
    // Without PDF the programme goes as a Word file.
    expect(mail.attachments.map((a) => a.filename)).toEqual(['DEMO 2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.docx', 'DEMO 2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.ics']);
  });

  it('exits 2 with an Italian message for a bad kind, a bad backup or an unknown session', async () => {
    const badKind = await cli('--backup', backupPath, '--session', 'demo-patti', '--kind', 'saluti', '--out', dir);
    expect(badKind).toMatchObject({ code: 2 });
    expect(badKind.stderr).toContain('Il messaggio «saluti» non esiste: scegliere uno tra conferma, attesa, promozione, promemoria, attestato, ringraziamento.');
    const notBackup = join(dir, 'nota.json');
    await writeFile(notBackup, 'ciao');
    const badBackup = await cli('--backup', notBackup, '--session', 'demo-patti', '--kind', 'conferma', '--out', dir);
    expect(badBackup).toMatchObject({ code: 2 });
    expect(badBackup.stderr).toContain('non si può usare');
    const badSession = await cli('--backup', backupPath, '--session', 'nessuna', '--kind', 'conferma', '--out', dir);
    expect(badSession).toMatchObject({ code: 2 });
    expect(badSession.stderr).toContain('La sessione «nessuna» non esiste in questo backup');
  });
});
