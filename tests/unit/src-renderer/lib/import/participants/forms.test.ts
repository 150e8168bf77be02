// Registrations from online forms and ticketing sites, mapped by header and content with no manual change: the
// fixtures (made by scripts/dev/make-participant-fixtures.ts) follow the layouts of Microsoft Forms and Google Forms
// in Italian and English, an Eventbrite-style attendee report and a plain spreadsheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRows, decideMapping, readParticipantFile } from '../../../../../../src-renderer/lib/import/participants';
import { consentAnswer } from '../../../../../../src-renderer/lib/import/participants/column-profile';

const root = join(import.meta.dirname, '../../../../../..');
const fixture = (name: string) => new Uint8Array(readFileSync(join(root, 'tests/fixtures/participants', name)));

async function read(name: string) {
  const parsed = await readParticipantFile(fixture(name));
  const byHeader = Object.fromEntries(parsed.mapping.flatMap((field, i) => (field ? [[parsed.headers[i]!, field]] : [])));
  return { parsed, byHeader, ...buildRows(parsed, parsed.mapping) };
}

describe('a Microsoft Forms export (Italian) with external respondents', () => {
  it('takes names and e-mails from the questions, never from the «anonymous» account columns', async () => {
    const { parsed, byHeader } = await read('microsoft-forms-it.xlsx');
    expect(parsed.layout).toBe('microsoftForms');
    expect(byHeader).toEqual({
      'Nome del partecipante': 'name',
      'Cognome del partecipante': 'surname',
      'Ente di appartenenza': 'organisation',
      'Ruolo / qualifica': 'role',
      'Indirizzo e-mail': 'email',
      'Numero di cellulare': 'phone',
      'Esigenze alimentari o di accessibilità': 'notes',
      'Acconsento al trattamento dei dati personali ai sensi del Regolamento UE 2016/679 (GDPR)': 'consent',
    });
    const column = (header: string) => parsed.headers.indexOf(header);
    expect(parsed.mappingNotes).toEqual(
      expect.arrayContaining([
        { column: column('Posta elettronica'), code: 'systemColumn', field: 'email' },
        { column: column('Nome'), code: 'systemColumn', field: 'fullNameNameFirst' },
      ]),
    );
  });

  it('fills consent from the «Sì, acconsento» answers, keeps e-mails in lower case and the guest without one', async () => {
    const { rows } = await read('microsoft-forms-it.xlsx');
    expect(rows[0]).toMatchObject({ surname: 'Bàrtoli', name: 'Nicolò', email: 'nicolo.bartoli@comune.forli.fc.it', consent: { given: true, date: null }, notes: 'Celiaco' });
    expect(rows[3]).toMatchObject({ surname: 'De Santis', name: 'Anna Maria', email: '', phone: '0547 356111' });
    expect(rows[4]).toMatchObject({ surname: 'Fabbri', consent: { given: false } });
    expect(rows.every((r) => r.email === r.email.toLowerCase())).toBe(true);
  });

  it('makes one participant of someone who answered twice: the later answer wins and both rows say so', async () => {
    const { rows, problems } = await read('microsoft-forms-it.xlsx');
    // The sheet's own rows: the header is row 1, the first answer row 3, the second row 7.
    expect(problems).toEqual([
      { row: 3, code: 'participants.import.problem.replacedByLater', params: { later: 7 }, blocking: true, severity: 'info' },
      { row: 7, code: 'participants.import.problem.replacesEarlier', params: { earlier: '3' }, blocking: false, severity: 'info' },
    ]);
    expect(rows[5]).toMatchObject({ surname: "D'Angelo", role: 'Istruttrice direttiva', phone: '031 717111' });
  });
});

describe('a Microsoft Forms export (English) with one full-name question', () => {
  it('splits the full name, since there are no separate name and surname questions', async () => {
    const { byHeader, rows } = await read('microsoft-forms-en.xlsx');
    expect(byHeader).toMatchObject({ 'Full name': 'fullNameNameFirst', 'Email address for the confirmation': 'email', 'Do you agree to the processing of your personal data for this exchange?': 'consent' });
    expect(Object.keys(byHeader)).not.toContain('Email');
    expect(Object.keys(byHeader)).not.toContain('Name');
    expect(rows.map((r) => [r.surname, r.name, r.consent.given])).toEqual([
      ['Müller', 'Zoë', true],
      ['De Santis', 'Anna Maria', true],
      ["O'Brien", 'Seán', false],
    ]);
  });
});

describe('Google Forms exports', () => {
  it('uses the address Google collected when the form asks for none (Italian)', async () => {
    const { parsed, byHeader, rows, problems } = await read('google-forms-it.csv');
    expect(parsed.layout).toBe('googleForms');
    expect(byHeader).toMatchObject({ 'Indirizzo email': 'email', Cognome: 'surname', Nome: 'name', 'Comune o ente di provenienza': 'organisation', 'Informativa privacy': 'consent', 'Recapito telefonico': 'phone' });
    expect(rows[1]).toMatchObject({ surname: 'Zanè', email: 'ilaria.zane@comune.savignano.fc.it', notes: 'Sedia a ruote', consent: { given: true } });
    expect(problems).toEqual([]);
  });

  it('prefers the question asking for the work address to the address Google collected (English)', async () => {
    const { byHeader, rows } = await read('google-forms-en.csv');
    expect(byHeader).toMatchObject({ 'E-mail (work)': 'email', 'First and last name': 'fullNameNameFirst', Organization: 'organisation', 'Job title': 'role' });
    expect(rows.map((r) => r.email)).toEqual(['zoe.muller@comune.bolzano.it', 'sean.obrien@dublincity.ie']);
  });
});

describe('other lists', () => {
  it('takes each attendee, not whoever booked for them, from a ticketing attendee report', async () => {
    const { byHeader, rows } = await read('eventbrite-attendees.csv');
    expect(byHeader).toEqual({ 'First Name': 'name', 'Last Name': 'surname', Email: 'email', 'Job Title': 'role', Company: 'organisation', 'Cell Phone': 'phone' });
    expect(rows.map((r) => `${r.surname} ${r.email}`)).toEqual(['Bàrtoli nicolo.bartoli@comune.forli.fc.it', 'Casadei sofia.casadei@comune.forli.fc.it']);
  });

  it('recognises addresses by their content under a header such as «Contatto»', async () => {
    const { byHeader, parsed, rows } = await read('plain-contatto.xlsx');
    expect(byHeader).toEqual({ 'Cognome e nome': 'fullNameSurnameFirst', Ente: 'organisation', Contatto: 'email', Note: 'notes' });
    expect(parsed.mappingNotes).toEqual([{ column: 2, code: 'byContent', field: 'email' }]);
    expect(rows[1]).toMatchObject({ surname: 'Della Valle', name: 'Chiara' });
  });
});

describe('the mapping rules, on tables worded as other offices word their forms', () => {
  const decide = (headers: string[], rows: string[][]) => decideMapping(headers, rows);

  it('never takes a column of «anonymous» or empty cells, or one without addresses, as the e-mail', () => {
    const { mapping, notes } = decide(['Cognome', 'Nome', 'E-mail', 'Hai un indirizzo e-mail istituzionale?'], [
      ['Rossi', 'Maria', 'anonymous', 'Sì'],
      ['Verdi', 'Luca', '', 'No'],
    ]);
    expect(mapping).toEqual(['surname', 'name', null, null]);
    expect(notes.map((n) => [n.column, n.code])).toEqual([[2, 'anonymous'], [3, 'noEmails']]);
  });

  it('reads «Nome dell’ente» as the organisation, not the first name', () => {
    expect(decide(['Cognome', 'Nome', 'Nome dell’ente'], [['Rossi', 'Maria', 'Comune di Lecco']]).mapping).toEqual(['surname', 'name', 'organisation']);
  });

  it('does not split a full name when separate name and surname columns exist', () => {
    const { mapping, notes } = decide(['Nome e cognome', 'Nome', 'Cognome'], [['Maria Rossi', 'Maria', 'Rossi']]);
    expect(mapping).toEqual([null, 'name', 'surname']);
    expect(notes).toEqual([{ column: 0, code: 'separateNames', field: 'fullNameNameFirst' }]);
  });

  it('does not take a question mentioning privacy as the consent when its answers are not yes or no', () => {
    const { mapping } = decide(['Cognome', 'Nome', 'Indirizzo e-mail (trattato secondo l’informativa privacy)'], [['Rossi', 'Maria', 'maria.rossi@comune.lecco.it']]);
    expect(mapping).toEqual(['surname', 'name', 'email']);
  });

  it('keeps every notes column, and the first of two e-mail questions', () => {
    const { mapping } = decide(['Cognome', 'Nome', 'E-mail', 'E-mail dell’ufficio', 'Allergie', 'Esigenze di accessibilità'], [['Rossi', 'Maria', 'm.rossi@x.it', 'ufficio@x.it', 'Noci', 'Rampa']]);
    expect(mapping).toEqual(['surname', 'name', 'email', null, 'notes', 'notes']);
    const rows = buildRows({ dataRows: [['Rossi', 'Maria', 'm.rossi@x.it', 'ufficio@x.it', 'Noci', 'Rampa']] }, mapping).rows;
    expect(rows[0]!.notes).toBe('Noci; Rampa');
  });

  it('reads consent answers in Italian and English', () => {
    expect(['Sì', 'Si, acconsento', 'Acconsento', 'Ho letto e accetto', 'Yes', 'I agree', 'x'].map(consentAnswer)).toEqual([true, true, true, true, true, true, true]);
    expect(['No', 'Non acconsento', 'I do not agree', 'Nego il consenso'].map(consentAnswer)).toEqual([false, false, false, false]);
    expect(['', 'forse'].map(consentAnswer)).toEqual([null, null]);
  });

  it('keeps apart two people registered with the same address but different names (a secretary booking for colleagues)', () => {
    const { problems } = buildRows(
      {
        dataRows: [
          ['Rossi', 'Maria', 'segreteria@comune.lecco.it'],
          ['Verdi', 'Luca', 'segreteria@comune.lecco.it'],
        ],
      },
      ['surname', 'name', 'email'],
    );
    expect(problems).toEqual([{ row: 2, code: 'participants.import.problem.duplicateInFile.email', params: { other: 1 }, blocking: false, severity: 'warning' }]);
  });
});
