import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ImportError, buildRows, readParticipantFile } from '../../../../../../src-renderer/lib/import/participants';
import type { Participant } from '../../../../../../src-renderer/lib/domain/types';

const root = join(import.meta.dirname, '../../../../../..');
const fixture = (name: string) => new Uint8Array(readFileSync(join(root, 'tests/fixtures/participants', name)));

async function read(name: string) {
  const parsed = await readParticipantFile(fixture(name));
  return { parsed, ...buildRows(parsed, parsed.mapping) };
}

async function failure(bytes: Uint8Array): Promise<string> {
  try {
    await readParticipantFile(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  throw new Error('the file was read');
}

describe('reading participant lists in every encoding and delimiter', () => {
  it('keeps "Nicolò" from an Italian Excel CSV (Windows-1252, ";") and a quoted cell holding ";"', async () => {
    const { parsed, rows, problems } = await read('windows-1252-semicolon.csv');
    expect(parsed).toMatchObject({ encoding: 'windows-1252', delimiter: ';', format: 'csv' });
    expect(rows[0]).toMatchObject({ surname: 'Bàrtoli', name: 'Nicolò', organisation: 'Comune di Forlì', role: 'Funzionario amministrativo', phone: '333 1234567' });
    expect(rows[1]).toMatchObject({ surname: 'Müller', name: 'Zoë', notes: 'Vegetariana; arriva in treno' });
    expect(rows[2]).toMatchObject({ surname: "D'Angelo", name: 'Élise', organisation: 'Comune di Cantù' });
    expect(problems).toEqual([]);
  });

  it('reads UTF-8 with a BOM without leaving the BOM in the first header', async () => {
    const { parsed, rows } = await read('utf8-bom-semicolon.csv');
    expect(parsed).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';' });
    expect(parsed.headers[0]).toBe('Cognome');
    expect(parsed.mapping).toEqual(['surname', 'name', 'organisation', 'role', 'email', 'phone']);
    expect(rows[0]).toMatchObject({ name: 'Nicolò', phone: '+39 0543 712111' });
  });

  it('reads UTF-8 without BOM, "," and English headers', async () => {
    const { parsed, rows } = await read('utf8-comma.csv');
    expect(parsed).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(parsed.mapping).toEqual(['surname', 'name', 'organisation', 'role', 'email', 'phone']);
    expect(rows[0]).toMatchObject({ name: 'Nicolò', role: 'Funzionario, Servizi sociali' });
  });

  it('reads tab-separated files with "Ente/Comune" and "Ruolo/Qualifica" headers', async () => {
    const { parsed, rows } = await read('utf8-tab.tsv');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.mapping).toEqual(['surname', 'name', 'organisation', 'role', 'email', 'phone']);
    expect(rows).toHaveLength(2);
  });

  it('finds the header under a title line and splits "Nominativo" into surname and name', async () => {
    const { parsed, rows } = await read('windows-1252-comma-nominativo.csv');
    expect(parsed.headers).toEqual(['Nominativo', 'Ente di appartenenza', 'Indirizzo e-mail', 'Tel.']);
    expect(parsed.mapping).toEqual(['fullNameSurnameFirst', 'organisation', 'email', 'phone']);
    expect(rows.map((r) => [r.surname, r.name])).toEqual([['Bàrtoli', 'Nicolò'], ['De Santis', 'Anna Maria']]);
  });

  it('reads .xlsx, with phone numbers typed as numbers', async () => {
    const { parsed, rows, problems } = await read('participants.xlsx');
    expect(parsed).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null });
    expect(rows[0]).toMatchObject({ surname: 'Bàrtoli', name: 'Nicolò', phone: '3331234567', notes: 'Celiaco' });
    // The sheet's own row: the header is row 1, the person without a surname row 4.
    expect(problems).toEqual([{ row: 4, code: 'participants.import.problem.surnameRequired', params: {}, blocking: true, severity: 'error' }]);
  });
});

describe('problems of each row', () => {
  it('says which rows lack a surname, have a bad e-mail or phone, or repeat an earlier row, by the file’s own row numbers', async () => {
    const { problems } = await read('problems.csv');
    expect(problems.map((p) => [p.row, p.code, p.blocking])).toEqual([
      [3, 'participants.import.problem.surnameRequired', true],
      [4, 'participants.import.problem.email', true],
      [5, 'participants.import.problem.duplicateInFile.person', false],
      [6, 'participants.import.problem.duplicateInFile.email', false],
      [7, 'participants.import.problem.phone', true],
    ]);
    expect(problems[2]!.params).toEqual({ other: 2 });
  });

  it('flags people already registered to the session, but not cancelled ones', async () => {
    const parsed = await readParticipantFile(fixture('utf8-comma.csv'));
    const registered = [
      { surname: 'Rossi', name: 'Maria', organisation: 'Comune di Lecco', email: '', status: 'confermato' },
      { surname: 'X', name: 'Y', organisation: '', email: 'nicolo.bartoli@comune.forli.fc.it', status: 'annullato' },
    ] as Participant[];
    const { problems } = buildRows(parsed, parsed.mapping, registered);
    expect(problems).toEqual([{ row: 3, code: 'participants.import.problem.alreadyRegistered.person', params: { who: 'Rossi Maria' }, blocking: false, severity: 'warning' }]);
  });

  it('follows a mapping changed by the user', async () => {
    const parsed = await readParticipantFile(fixture('utf8-comma.csv'));
    const { rows } = buildRows(parsed, ['name', 'surname', null, null, null, null]);
    expect(rows[0]).toMatchObject({ surname: 'Nicolò', name: 'Bàrtoli', organisation: '', email: '' });
  });

  it('gives no rows and no problems for a file with the header only', async () => {
    const { rows, problems } = await read('header-only.csv');
    expect(rows).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('files that cannot be read', () => {
  it('refuse an empty file, binary garbage, an old .xls and a truncated .xlsx, each with its reason', async () => {
    expect(await failure(fixture('empty.csv'))).toBe('empty');
    expect(await failure(new TextEncoder().encode(' \r\n \r\n'))).toBe('empty');
    expect(await failure(fixture('garbage.bin'))).toBe('binary');
    expect(await failure(fixture('old-excel.xls'))).toBe('xls');
    expect(await failure(fixture('truncated.xlsx'))).toBe('xlsxBroken');
  });
});

// Each test starts the tool in a new Node process through tsx, which takes seconds on a busy machine.
describe('the command-line tool', { timeout: 90_000 }, () => {
  const run = promisify(execFile);
  const tsx = join(root, 'node_modules/.bin/tsx');

  it('prints encoding, delimiter, mapping, rows and problems as JSON', async () => {
    const { stdout } = await run(tsx, ['scripts/parse-participants.ts', 'tests/fixtures/participants/problems.csv'], { cwd: root });
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['encoding', 'delimiter', 'mapping', 'rows', 'problems']);
    expect(out.mapping).toEqual({ Cognome: 'surname', Nome: 'name', Ente: 'organisation', Ruolo: 'role', Email: 'email', Telefono: 'phone' });
    expect(Object.keys(out.rows[0])).toEqual(['surname', 'name', 'organisation', 'role', 'email', 'phone']);
    expect(out.problems[0]).toEqual({ row: 3, message: 'Manca il cognome: completalo nel file oppure lascia fuori questa riga.' });
  });

  it('exits 2 with an Italian message on stderr for a file it cannot read', async () => {
    const failed = await run(tsx, ['scripts/parse-participants.ts', 'tests/fixtures/participants/garbage.bin'], { cwd: root }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/non è un elenco leggibile/);
  });
});
