import { chmod, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type MainDeps } from '../../../../src-main/ipc/handlers';
import { BACKUPS_KEPT, CHECKIN_BACKUPS_KEPT, writeBackup } from '../../../../src-main/ipc/backups';
import { freeName, nameKey } from '../../../../src-main/ipc/files';
import { CHANNELS } from '../../../../src-main/preload/api';

let dir: string;
let savePath: string | null;
/** Answers for successive save dialogs, when a test needs more than one; each call records its default path. */
let saveAnswers: (string | null)[];
let dialogDefaults: string[];
let folder: string | null;
let shown: string[];
let opened: string[];

function deps(): MainDeps {
  return {
    userDataDir: join(dir, 'userData'),
    defaultDocumentsDir: join(dir, 'docs'),
    appInfo: () => ({ name: 'Ospita', version: '0.1.0', runtime: 'electron', electronVersion: '45', platform: 'linux', userDataPath: join(dir, 'userData') }),
    chooseSavePath: async ({ defaultPath }) => {
      dialogDefaults.push(defaultPath);
      return saveAnswers.length ? saveAnswers.shift()! : savePath;
    },
    chooseFolder: async () => folder,
    showItemInFolder: (p) => shown.push(p),
    print: async () => ({ status: 'printed' }),
    printToPdf: async () => new Uint8Array([37, 80, 68, 70]),
    openExternal: async (url) => {
      opened.push(url);
    },
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ospita-handlers-'));
  savePath = join(dir, 'out', 'Programma.docx');
  folder = join(dir, 'attestati');
  shown = [];
  saveAnswers = [];
  dialogDefaults = [];
  opened = [];
});

describe('file channels', () => {
  it('writes the chosen file and adds the missing extension', async () => {
    const h = createHandlers(deps());
    savePath = join(dir, 'out', 'Programma');
    const result = await h[CHANNELS.saveFile]({ suggestedName: 'Programma.docx', filters: [{ name: 'Word', extensions: ['docx'] }], data: new Uint8Array([1, 2, 3]) });
    expect(result).toEqual({ status: 'saved', path: join(dir, 'out', 'Programma.docx') });
    expect([...(await readFile(join(dir, 'out', 'Programma.docx')))]).toEqual([1, 2, 3]);
    expect((await readdir(join(dir, 'out'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const h = createHandlers(deps());
    savePath = null;
    expect(await h[CHANNELS.saveFile]({ suggestedName: 'a.csv', filters: [], data: 'x' })).toEqual({ status: 'cancelled' });
  });

  it("opens the dialog on the name with its extension, so the dialog's «replace?» is about the file written", async () => {
    const h = createHandlers(deps());
    savePath = null;
    await h[CHANNELS.saveFile]({ suggestedName: 'Programma', filters: [{ name: 'Word', extensions: ['docx'] }], data: 'x' });
    expect(dialogDefaults.map((p) => p.split(/[\\/]/).pop())).toEqual(['Programma.docx']);
  });

  it('asks again, on the full name, when a name typed without extension would replace an existing file', async () => {
    const h = createHandlers(deps());
    await mkdir(join(dir, 'out'), { recursive: true });
    await writeFile(join(dir, 'out', 'Programma.docx'), 'the programme sent last week');
    // The user types «Programma»: the dialog saw no such file. Asked again, they cancel: nothing is replaced.
    saveAnswers = [join(dir, 'out', 'Programma'), null];
    expect(await h[CHANNELS.saveFile]({ suggestedName: 'Programma.docx', filters: [{ name: 'Word', extensions: ['docx'] }], data: 'new' })).toEqual({ status: 'cancelled' });
    expect(dialogDefaults[1]).toBe(join(dir, 'out', 'Programma.docx'));
    expect(await readFile(join(dir, 'out', 'Programma.docx'), 'utf8')).toBe('the programme sent last week');
    // Asked again, they confirm the full name (the system dialog asked about replacing it): now it is written.
    saveAnswers = [join(dir, 'out', 'Programma'), join(dir, 'out', 'Programma.docx')];
    expect(await h[CHANNELS.saveFile]({ suggestedName: 'Programma.docx', filters: [{ name: 'Word', extensions: ['docx'] }], data: 'new' })).toEqual({ status: 'saved', path: join(dir, 'out', 'Programma.docx') });
    expect(await readFile(join(dir, 'out', 'Programma.docx'), 'utf8')).toBe('new');
  });

  it('writes only the kinds of file the app makes', async () => {
    const h = createHandlers(deps());
    for (const ext of ['docx', 'pdf', 'csv', 'xlsx', 'ics', 'eml', 'json']) {
      savePath = join(dir, 'out', `file.${ext}`);
      expect(await h[CHANNELS.saveFile]({ suggestedName: `file.${ext}`, filters: [], data: 'x' }), ext).toMatchObject({ status: 'saved' });
    }
    await expect(h[CHANNELS.saveFile]({ suggestedName: 'run.exe', filters: [], data: 'x' })).rejects.toThrow(/estensione non consentita/);
    await expect(h[CHANNELS.saveFile]({ suggestedName: 'a.docx', filters: [{ name: 'All', extensions: ['*'] }], data: 'x' })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.saveFile]({ suggestedName: 'a.docx', filters: [{ name: 'Script', extensions: ['bat'] }], data: 'x' })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.saveFilesToFolder]({ purpose: 'attestati', files: [{ name: 'autorun.inf', data: 'x' }], chooseFolder: false })).rejects.toThrow(/estensione non consentita/);
    await expect(h[CHANNELS.saveFilesToFolder]({ purpose: 'attestati', files: [{ name: 'Rossi', data: 'x' }], chooseFolder: false })).rejects.toThrow(/estensione non consentita/);
    // Whatever the dialog returns, the written file ends with an allowed extension.
    savePath = join(dir, 'out', 'sneaky.exe');
    expect(await h[CHANNELS.saveFile]({ suggestedName: 'a.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], data: 'x' })).toEqual({ status: 'saved', path: join(dir, 'out', 'sneaky.exe.pdf') });
  });

  it('refuses a payload that is not what the channel expects', async () => {
    const h = createHandlers(deps());
    await expect(h[CHANNELS.saveFile]({ suggestedName: '../../etc/passwd', filters: [], data: 'x' })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.saveFile]({ suggestedName: 'a.txt', filters: [], data: 42 })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.saveFile]({ suggestedName: 'a.txt', filters: [], data: 'x', extra: true })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.readBackup]('../secrets.json')).rejects.toThrow(/non valid/);
  });

  it('saves many files into a folder chosen once, then remembered for the same purpose', async () => {
    const h = createHandlers(deps());
    const files = [
      { name: 'Rossi Mario - Attestato.pdf', data: 'a' },
      { name: 'Rossi Mario - Attestato.pdf', data: 'b' },
    ];
    const first = (await h[CHANNELS.saveFilesToFolder]({ purpose: 'attestati', files, chooseFolder: false })) as { paths: string[]; renamed: string[] };
    expect(first.paths.map((p) => p.slice(folder!.length + 1))).toEqual(['Rossi Mario - Attestato.pdf', 'Rossi Mario - Attestato (2).pdf']);
    expect(first.renamed).toEqual(['Rossi Mario - Attestato (2).pdf']);
    const chosenBefore = folder;
    folder = null; // a second dialog would cancel: the remembered folder must be used instead
    const second = (await h[CHANNELS.saveFilesToFolder]({ purpose: 'attestati', files: files.slice(0, 1), chooseFolder: false })) as { status: string; folder: string };
    expect(second).toMatchObject({ status: 'saved', folder: chosenBefore });
  });

  it('never replaces a file already in the remembered folder: the new one gets a number, and the outcome says so', async () => {
    const h = createHandlers(deps());
    await mkdir(folder!, { recursive: true });
    await writeFile(join(folder!, 'Rossi Mario - Attestato.pdf'), 'signed copy from last year');
    // Another letter case is the same file on Windows and macOS (and on a USB stick formatted by them).
    await writeFile(join(folder!, 'bianchi anna - attestato.pdf'), 'old');
    await writeFile(join(folder!, 'Verdi Luca - Attestato (2).pdf'), 'old');
    const result = (await h[CHANNELS.saveFilesToFolder]({
      purpose: 'attestati',
      chooseFolder: false,
      files: [
        { name: 'Rossi Mario - Attestato.pdf', data: 'new' },
        { name: 'Bianchi Anna - Attestato.pdf', data: 'new' },
        { name: 'Verdi Luca - Attestato.pdf', data: 'new' },
        { name: 'VERDI LUCA - Attestato.pdf', data: 'new' },
        { name: 'Neri Sara - Attestato.pdf', data: 'new' },
      ],
    })) as { status: string; paths: string[]; renamed: string[] };
    expect(result.paths.map((p) => p.slice(folder!.length + 1))).toEqual([
      'Rossi Mario - Attestato (2).pdf',
      'Bianchi Anna - Attestato (2).pdf',
      'Verdi Luca - Attestato.pdf',
      'VERDI LUCA - Attestato (3).pdf',
      'Neri Sara - Attestato.pdf',
    ]);
    expect(result.renamed).toEqual(['Rossi Mario - Attestato (2).pdf', 'Bianchi Anna - Attestato (2).pdf', 'VERDI LUCA - Attestato (3).pdf']);
    expect(await readFile(join(folder!, 'Rossi Mario - Attestato.pdf'), 'utf8')).toBe('signed copy from last year');
    expect(await readFile(join(folder!, 'bianchi anna - attestato.pdf'), 'utf8')).toBe('old');
    expect(await readFile(join(folder!, 'Verdi Luca - Attestato (2).pdf'), 'utf8')).toBe('old');
    expect((await readdir(folder!)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('numbers names without letter case or Unicode form mattering', () => {
    const taken = new Set(['rossi.pdf', 'rossi (2).pdf'].map(nameKey));
    expect(freeName('ROSSI.pdf', taken)).toBe('ROSSI (3).pdf');
    expect(freeName('Nicolò.pdf', new Set([nameKey('Nicolo\u0300.pdf')]))).toBe('Nicolò (2).pdf');
    expect(freeName('Bianchi.pdf', taken)).toBe('Bianchi.pdf');
  });

  it('reveals only files it saved itself', async () => {
    const h = createHandlers(deps());
    const saved = (await h[CHANNELS.saveFile]({ suggestedName: 'a.docx', filters: [], data: 'x' })) as { path: string };
    await h[CHANNELS.showInFolder](saved.path);
    expect(shown).toEqual([saved.path]);
    await expect(h[CHANNELS.showInFolder]('/etc/passwd')).rejects.toThrow();
  });
});

describe('mail channels', () => {
  const draft = (over: Record<string, unknown> = {}) => ({
    fileName: "D'Amico Nicolò - Conferma.eml",
    from: { name: 'Servizio Partecipazione', address: 'partecipazione@comune.monza.it' },
    to: { name: "Nicolò D'Amico", address: 'nicolo.damico@comune.forli.it' },
    subject: 'Iscrizione confermata – Patti di Cittadinanza, lunedì 27 aprile 2026',
    text: 'Gentile Nicolò,\n\nla aspettiamo.',
    attachments: [{ fileName: 'Programma.pdf', contentType: 'application/pdf', data: new Uint8Array([37, 80, 68, 70]) }],
    ...over,
  });

  it('writes each draft as an .eml file into the folder chosen for messages', async () => {
    const h = createHandlers(deps());
    const result = (await h[CHANNELS.saveMailDrafts]({ purpose: 'bozze-email', chooseFolder: false, drafts: [draft()] })) as { status: string; paths: string[] };
    expect(result.status).toBe('saved');
    expect(result.paths.map((p) => p.slice(folder!.length + 1))).toEqual(["D'Amico Nicolò - Conferma.eml"]);
    const eml = await readFile(result.paths[0]!, 'utf8');
    expect(eml).toMatch(/^X-Unsent: 1\r$/m);
    expect(eml).toContain('Content-Type: application/pdf');
  });

  it('refuses drafts that are not .eml files, carry a line break in a header, an odd attachment or a bad address', async () => {
    const h = createHandlers(deps());
    const send = (d: Record<string, unknown>) => h[CHANNELS.saveMailDrafts]({ purpose: 'bozze-email', chooseFolder: false, drafts: [d] });
    await expect(send(draft({ fileName: 'Rossi.exe' }))).rejects.toThrow(/non valid/);
    await expect(send(draft({ subject: 'Ciao\r\nBcc: tutti@example.org' }))).rejects.toThrow(/non valid/);
    await expect(send(draft({ to: { name: 'X', address: 'nessuno' } }))).rejects.toThrow(/non valid/);
    await expect(send(draft({ attachments: [{ fileName: 'a.exe', contentType: 'application/x-msdownload', data: 'x' }] }))).rejects.toThrow(/non valid/);
    await expect(send(draft({ attachments: [], path: '/etc/passwd' }))).rejects.toThrow(/non valid/);
  });

  it('opens the mail program only on a mailto: address it built itself', async () => {
    const h = createHandlers(deps());
    await h[CHANNELS.openMailDraft]({ to: 'nicolo.damico@comune.forli.it', subject: "Conferma d'iscrizione", body: 'Gentile Nicolò,\nla aspettiamo.' });
    expect(opened).toEqual(["mailto:nicolo.damico@comune.forli.it?subject=Conferma%20d'iscrizione&body=Gentile%20Nicol%C3%B2%2C%0D%0Ala%20aspettiamo."]);
    await expect(h[CHANNELS.openMailDraft]({ to: 'file:///etc/passwd', subject: '', body: '' })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.openMailDraft]({ to: 'a@b.it?cc=tutti@example.org', subject: '', body: '' })).rejects.toThrow(/non valid/);
    expect(opened).toHaveLength(1);
  });
});

describe('automatic backups', () => {
  it('are written, listed newest first and read back', async () => {
    const h = createHandlers(deps());
    const entry = (await h[CHANNELS.writeBackup]({ json: '{"a":1}', reason: 'quit', journal: null })) as { name: string };
    const list = (await h[CHANNELS.listBackups](undefined)) as { name: string; reason: string }[];
    expect(list[0]).toMatchObject({ name: entry.name, reason: 'quit' });
    expect(await h[CHANNELS.readBackup](entry.name)).toBe('{"a":1}');
  });

  it.skipIf(process.platform === 'win32')('are readable by their owner only, older ones included', async () => {
    const backups = join(dir, 'owner-only');
    await mkdir(backups, { mode: 0o755 });
    await chmod(backups, 0o755);
    const old = join(backups, 'ospita-backup-2026-01-01T00-00-00-000Z-daily.json');
    await writeFile(old, '{}');
    await chmod(old, 0o644);
    const entry = await writeBackup(backups, '{"a":1}', 'manual');
    expect((await stat(backups)).mode & 0o777).toBe(0o700);
    expect((await stat(join(backups, entry.name))).mode & 0o777).toBe(0o600);
    expect((await stat(old)).mode & 0o777).toBe(0o600);
    const fresh = join(dir, 'fresh', 'backups');
    await writeBackup(fresh, '{}', 'daily');
    expect((await stat(fresh)).mode & 0o777).toBe(0o700);
  });

  it('are rewritten in place under their own name (a purge applied), owner-only, and removed by name only', async () => {
    const h = createHandlers(deps());
    const entry = (await h[CHANNELS.writeBackup]({ json: '{"old":1}', reason: 'daily', journal: null })) as { name: string };
    const replaced = (await h[CHANNELS.replaceBackup]({ name: entry.name, json: '{"clean":1}' })) as { name: string; reason: string };
    expect(replaced).toMatchObject({ name: entry.name, reason: 'daily' });
    expect(await h[CHANNELS.readBackup](entry.name)).toBe('{"clean":1}');
    if (process.platform !== 'win32') expect((await stat(join(dir, 'userData', 'backups', entry.name))).mode & 0o777).toBe(0o600);
    // Never a new file through this channel, never a path outside the folder.
    await expect(h[CHANNELS.replaceBackup]({ name: 'ospita-backup-2020-01-01T00-00-00-000Z-daily.json', json: '{}' })).rejects.toThrow();
    await expect(h[CHANNELS.replaceBackup]({ name: '../folders.json', json: '{}' })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.removeBackup]('../folders.json')).rejects.toThrow(/non valid/);
    await h[CHANNELS.removeBackup](entry.name);
    expect(await h[CHANNELS.listBackups](undefined)).toEqual([]);
  });

  it(`keep only the last ${BACKUPS_KEPT}`, async () => {
    const backups = join(dir, 'b');
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) await writeBackup(backups, `{"i":${i}}`, 'daily', new Date(Date.UTC(2026, 0, 1, 0, i)));
    const names = (await readdir(backups)).sort();
    expect(names).toHaveLength(BACKUPS_KEPT);
    expect(await readFile(join(backups, names[0]!), 'utf8')).toBe('{"i":3}');
    await writeFile(join(backups, 'notes.txt'), 'keep me');
    await writeBackup(backups, '{"i":"last"}', 'daily', new Date(Date.UTC(2026, 0, 2)));
    expect(await readdir(backups)).toContain('notes.txt');
  });

  it(`written every few minutes at the desk rotate among themselves (the last ${CHECKIN_BACKUPS_KEPT}), never pushing out the daily ones`, async () => {
    const backups = join(dir, 'b');
    for (let i = 0; i < 3; i++) await writeBackup(backups, '{}', 'daily', new Date(Date.UTC(2026, 0, 1 + i)));
    for (let i = 0; i < CHECKIN_BACKUPS_KEPT + 5; i++) await writeBackup(backups, '{}', 'checkin', new Date(Date.UTC(2026, 0, 5, 9, i * 5)));
    const names = await readdir(backups);
    expect(names.filter((n) => n.endsWith('-daily.json'))).toHaveLength(3);
    expect(names.filter((n) => n.endsWith('-checkin.json'))).toHaveLength(CHECKIN_BACKUPS_KEPT);
    expect(names.some((n) => n.includes('T09-00-00'))).toBe(false);
  });

  it('trim the journal up to the position they hold, once written', async () => {
    const h = createHandlers(deps());
    const opened = (await h[CHANNELS.journalOpen](undefined)) as { id: string; last: number };
    for (let seq = 1; seq <= 4; seq++) await h[CHANNELS.journalAppend]({ seq, change: `{"ops":[{"op":"n","i":${seq}}]}` });
    await h[CHANNELS.writeBackup]({ json: '{}', reason: 'checkin', journal: { id: opened.id, position: 3 } });
    // A backup naming another journal trims nothing.
    await h[CHANNELS.writeBackup]({ json: '{}', reason: 'checkin', journal: { id: 'another', position: 4 } });
    const reopened = (await h[CHANNELS.journalOpen](undefined)) as { base: number; last: number; entries: { seq: number }[] };
    expect(reopened).toMatchObject({ base: 3, last: 4 });
    expect(reopened.entries.map((e) => e.seq)).toEqual([4]);
  });
});

describe('journal channels', () => {
  it('refuse a change that is not JSON with operations, or a sequence number that goes back', async () => {
    const h = createHandlers(deps());
    await h[CHANNELS.journalOpen](undefined);
    await expect(h[CHANNELS.journalAppend]({ seq: 1, change: 'not json' })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.journalAppend]({ seq: 1, change: '{"ops":[]}' })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.journalAppend]({ seq: 0, change: '{"ops":[1]}' })).rejects.toThrow(/non valid/);
    await expect(h[CHANNELS.journalAppend]({ seq: 1, change: '{"ops":[1]}', extra: 1 })).rejects.toThrow(/non valid/);
    await h[CHANNELS.journalAppend]({ seq: 2, change: '{"ops":[1]}' });
    await expect(h[CHANNELS.journalAppend]({ seq: 2, change: '{"ops":[1]}' })).rejects.toThrow(/sequenza/);
    expect(await h[CHANNELS.journalExport](undefined)).toContain('"seq":2');
  });
});
