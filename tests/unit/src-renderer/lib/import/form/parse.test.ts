import { describe, expect, it } from 'vitest';
import { FormImportError, formImportErrorMessage, formWarningMessage, parseFormText, readFormFile, type FormWarning } from '../../../../../../src-renderer/lib/import/form';
import { fixture, seed } from './helpers';

/** The warnings of a field as the Italian review screen and the command line say them. */
const warningsOf = (r: { warnings: FormWarning[] }, field: string) => r.warnings.filter((w) => w.field === field).map((w) => formWarningMessage(w, 'it'));

describe('seed form 000 (Struttura PNRR, 7-8 MAGGIO)', () => {
  it('reads every field of the first real form', () => {
    const { offer, agendaDraft } = parseFormText(seed('000'), { today: '2026-11-21' });
    expect(offer).toMatchObject({
      hostMunicipality: 'Comune di Monza',
      hostOffice: 'Struttura PNRR-Progettazione Europea',
      title: 'Processo di Co-progettazione con Enti del Terzo Settore',
      capacityMin: 4,
      capacityMax: 5,
      targetProfiles: '',
      durationDays: 2,
      dateMode: 'single',
      notes: '',
      format: 'presenza',
    });
    expect(offer.description.startsWith("Nell'ultimo triennio il Comune di Monza")).toBe(true);
    expect(offer.description.endsWith('cambiamenti osservabili e rilevanti.')).toBe(true);
    expect(offer.description).not.toContain('scriverla come');
    expect(offer.transferMethod.startsWith('Il Comune di Monza intende dedicare agli ospiti due giorni')).toBe(true);
    expect(agendaDraft).toEqual([]);
  });

  it('puts the two days without a year in one session, in the first year from today, with a warning', () => {
    const late = parseFormText(seed('000'), { today: '2026-11-21' });
    expect(late.offer.sessions).toEqual([{ days: ['2027-05-07', '2027-05-08'] }]);
    expect(warningsOf(late, 'sessions').some((m) => m.includes('non indica l’anno'))).toBe(true);
    const early = parseFormText(seed('000'), { today: '2026-01-10' });
    expect(early.offer.sessions).toEqual([{ days: ['2026-05-07', '2026-05-08'] }]);
    expect(warningsOf(early, 'sessions').some((m) => m.includes('non indica l’anno'))).toBe(true);
  });

  it('warns that 8 May 2027 is a Saturday', () => {
    const r = parseFormText(seed('000'), { today: '2026-11-21' });
    expect(warningsOf(r, 'sessions')).toContain('Sabato 8 maggio 2027 cade di sabato: verificare la data.');
  });
});

describe('seed form 001 (Patti di Cittadinanza, 20 o 27 aprile 2026)', () => {
  it('flags 20 and 27 April 2026 as already past when the form is imported in November 2026', () => {
    const late = parseFormText(seed('001'), { today: '2026-11-30' });
    expect(late.warnings.filter((w) => w.dateCheck).map((w) => formWarningMessage(w, 'it'))).toEqual([
      'Lunedì 20 aprile 2026 è già passato: verificare la data.',
      'Lunedì 27 aprile 2026 è già passato: verificare la data.',
    ]);
  });
  const r = parseFormText(seed('001'), { today: '2026-01-10' });

  it('joins the host office lines with " / "', () => {
    expect(r.offer.hostOffice).toBe('Settore Partecipazione, Politiche Abitative, Sport / Servizio Partecipazione, Giovani e Pari Opportunità');
  });

  it('reads capacity, profiles, duration and the two alternative dates', () => {
    expect(r.offer).toMatchObject({
      hostMunicipality: 'Comune di Monza',
      title: 'Patti di Cittadinanza: interventi e progettualità su scala quartiere frutto di co-progettazione tra Comune, cittadini e stakeholders territoriali.',
      capacityMin: null,
      capacityMax: 10,
      targetProfiles: 'personale amministrativo e/o progettisti di interventi sociali',
      durationDays: 1,
      dateMode: 'alternatives',
      sessions: [{ days: ['2026-04-20'] }, { days: ['2026-04-27'] }],
      notes: 'Le date possono essere soggette a modifiche in base alla disponibilità dell’Ente ospitante e degli Enti aderenti.'.replace('’', "'"),
      format: 'workshop',
    });
    expect(warningsOf(r, 'sessions')).toEqual([]);
  });

  it('turns the six numbered topics into the agenda draft, bold titles as titles', () => {
    expect(r.agendaDraft).toHaveLength(6);
    expect(r.agendaDraft[0]).toEqual({ title: 'Organismi partecipativi comunali', detail: 'cosa sono, chi può farne parte, come interagiscono con il Comune.' });
    expect(r.agendaDraft[1]).toEqual({
      title: 'Partecipazione vs. rappresentanza',
      detail: 'il ruolo degli organismi partecipativi e quello del Comune nel processo di attivazione della cittadinanza.',
    });
    expect(r.agendaDraft[5]!.title).toBe('I Patti di Cittadinanza');
  });

  it('keeps the description and transfer method clean of the italic instructions and markers', () => {
    expect(r.offer.description.startsWith('Il Comune di Monza mette a disposizione')).toBe(true);
    expect(r.offer.transferMethod).toContain('1. Organismi partecipativi comunali: cosa sono');
    expect(r.offer.transferMethod).not.toContain('*');
    expect(r.offer.transferMethod).not.toContain('bozza di programma');
  });

  it('notices the choice between workshop and webinar', () => {
    expect(warningsOf(r, 'format')).toHaveLength(1);
    expect(warningsOf(r, 'format')[0]).toContain('workshop');
  });

  it('shows where each field came from', () => {
    expect(r.sources.capacity?.text).toContain('Massimo 10 persone');
    expect(r.sources.dates?.text).toContain('Lunedì 27 aprile 2026');
    expect(r.sources.notes?.text).toContain('N.B.');
  });
});

describe('the variants of the form', () => {
  it('reads labels with a colon, values on several lines, italic instructions, "fino a 12", "Una giornata" and "oppure"', async () => {
    const r = await readFormFile('inline-colon.txt', fixture('inline-colon.txt'), { today: '2026-11-21' });
    expect(r.offer).toMatchObject({
      hostMunicipality: 'Comune di Bergamo',
      hostOffice: 'Area Servizi alla Persona / Settore Politiche Sociali / Ufficio Inclusione',
      title: "Lo sportello unico per l'abitare",
      capacityMin: null,
      capacityMax: 12,
      durationDays: 1,
      dateMode: 'alternatives',
      sessions: [{ days: ['2027-09-14'] }, { days: ['2027-09-16'] }],
      notes: 'Il pranzo è offerto dal Comune.',
      format: 'presenza',
    });
    expect(r.offer.description).toBe("Uno sportello che accompagna le famiglie nella ricerca della casa.\n\nLe persone sono seguite da un'équipe di educatori e assistenti sociali.");
    expect(r.agendaDraft.map((a) => a.title)).toEqual(['accoglienza e presentazione del servizio', 'visita allo sportello', 'confronto finale']);
    expect(r.warnings).toEqual([]);
  });

  it('reads a Markdown two-column table with bold labels, "Da 6 a 8 persone (…)", "due giornate" and an "E" line', async () => {
    const r = await readFormFile('table.md', fixture('table.md'), { today: '2026-11-21' });
    expect(r.offer).toMatchObject({
      hostMunicipality: 'Comune di Brescia',
      hostOffice: 'Settore Innovazione / Servizio Transizione Digitale',
      title: 'La piattaforma dei servizi online',
      capacityMin: 6,
      capacityMax: 8,
      targetProfiles: 'funzionari dei servizi informativi e responsabili della transizione digitale',
      durationDays: 2,
      dateMode: 'multiple',
      sessions: [{ days: ['2027-09-14', '2027-09-15'] }, { days: ['2027-09-21', '2027-09-22'] }],
    });
  });

  it('reads tab-separated labels, "5 partecipanti", "n. 1 giornata" and dates on new lines, warning that O/E is missing', async () => {
    const r = await readFormFile('tabs.txt', fixture('tabs.txt'), { today: '2026-11-21' });
    expect(r.offer).toMatchObject({ hostMunicipality: 'Comune di Varese', capacityMin: null, capacityMax: 5, durationDays: 1, dateMode: 'alternatives' });
    expect(r.offer.sessions).toEqual([{ days: ['2027-10-12'] }, { days: ['2027-10-19'] }]);
    expect(warningsOf(r, 'dateMode')).toHaveLength(1);
  });

  it('warns about a weekday that contradicts its date, Easter Monday and a Saturday; collects every N.B.', async () => {
    const r = await readFormFile('warnings.txt', fixture('warnings.txt'), { today: '2026-11-21' });
    expect(r.offer).toMatchObject({ capacityMax: 10, dateMode: 'multiple', format: 'webinar', notes: 'Le date sono indicative.\nSono esclusi i mesi estivi.' });
    expect(r.offer.sessions).toEqual([{ days: ['2027-02-17'] }, { days: ['2027-03-29'] }, { days: ['2027-06-12'] }]);
    const messages = warningsOf(r, 'sessions');
    expect(messages).toContain('Nella scheda c’è «Venerdì 17 febbraio 2027», ma il 17 febbraio 2027 è mercoledì: verificare la data.');
    expect(messages.some((m) => m.includes('Lunedì 29 marzo 2027') && m.includes('Lunedì dell’Angelo'))).toBe(true);
    expect(messages.some((m) => m.includes('12 giugno 2027') && m.includes('sabato'))).toBe(true);
    expect(r.agendaDraft).toEqual([
      { title: 'Il modello organizzativo', detail: 'turni e volontari' },
      { title: 'La comunicazione', detail: 'campagne e social' },
    ]);
  });

  it('reads "4-6 tecnici…", a "9-10 novembre 2027 o 11 e 12 maggio" choice and numbered topics with ")"', async () => {
    const r = await readFormFile('numbers-and-ranges.txt', fixture('numbers-and-ranges.txt'), { today: '2026-11-21' });
    expect(r.offer).toMatchObject({ capacityMin: 4, capacityMax: 6, targetProfiles: 'tecnici comunali e mobility manager', durationDays: 2, dateMode: 'alternatives' });
    expect(r.offer.sessions).toEqual([{ days: ['2027-11-09', '2027-11-10'] }, { days: ['2027-05-11', '2027-05-12'] }]);
    expect(r.agendaDraft.map((a) => a.title)).toEqual(['Presentazione del piano', 'Sopralluogo in bicicletta', 'Laboratorio di progettazione partecipata']);
  });

  it.each([
    ['4/5', 4, 5, ''],
    ['Massimo 10 persone, tra personale amministrativo e/o progettisti di interventi sociali', null, 10, 'personale amministrativo e/o progettisti di interventi sociali'],
    ['Da 6 a 8 persone (funzionari e dirigenti)', 6, 8, 'funzionari e dirigenti'],
    ['fino a 12', null, 12, ''],
    ['5 partecipanti', null, 5, ''],
    ['Minimo 3, massimo 9 persone', 3, 9, ''],
    ['tra 4 e 6 persone, preferibilmente assistenti sociali', 4, 6, 'assistenti sociali'],
  ])('reads the capacity "%s"', (written, min, max, profiles) => {
    const r = parseFormText(form({ capacity: written }), { today: '2026-11-21' });
    expect([r.offer.capacityMin, r.offer.capacityMax, r.offer.targetProfiles]).toEqual([min, max, profiles]);
  });

  it.each([
    ['2 giorni', 2],
    ['n. 1 giornata', 1],
    ['Una giornata', 1],
    ['due giornate', 2],
    ['L’attività potrà essere organizzata in n. 2 giornate', 2],
  ])('reads the duration "%s"', (written, days) => {
    expect(parseFormText(form({ duration: written }), { today: '2026-11-21' }).offer.durationDays).toBe(days);
  });

  it.each([
    ['Lunedì 20 aprile 2026 o Lunedì 27 aprile 2026', 1, 'alternatives', [['2026-04-20'], ['2026-04-27']]],
    ['14/09/2027', 1, 'single', [['2027-09-14']]],
    ['14/09/2027 e 21/09/2027', 1, 'multiple', [['2027-09-14'], ['2027-09-21']]],
    ['14/09/2027 e 15/09/2027', 2, 'single', [['2027-09-14', '2027-09-15']]],
    ['7-8 MAGGIO', 2, 'single', [['2027-05-07', '2027-05-08']]],
    ['dal 13 al 14 ottobre 2027 oppure dal 20 al 21 ottobre 2027', 2, 'alternatives', [['2027-10-13', '2027-10-14'], ['2027-10-20', '2027-10-21']]],
    ['Martedì 14 settembre 2027\nO\nGiovedì 16 settembre 2027', 1, 'alternatives', [['2027-09-14'], ['2027-09-16']]],
    ['Martedì 14 settembre 2027\nE\nGiovedì 16 settembre 2027', 1, 'multiple', [['2027-09-14'], ['2027-09-16']]],
    ['30 aprile - 1 maggio 2027', 2, 'single', [['2027-04-30', '2027-05-01']]],
  ])('reads the dates "%s"', (written, duration, mode, days) => {
    const r = parseFormText(form({ duration: `${duration} giorni`, dates: written }), { today: '2026-11-21' });
    expect(r.offer.dateMode).toBe(mode);
    expect(r.offer.sessions.map((s) => s.days)).toEqual(days);
  });

  it('warns about a date that does not exist and leaves it out', () => {
    const r = parseFormText(form({ dates: '31 aprile 2027 o 5 maggio 2027' }), { today: '2026-11-21' });
    expect(r.offer.sessions).toEqual([{ days: ['2027-05-05'] }]);
    expect(warningsOf(r, 'sessions').some((m) => m.includes('non esiste'))).toBe(true);
  });

  it('gives its warnings as codes with their values, which the English review screen says in English', async () => {
    const r = await readFormFile('warnings.txt', fixture('warnings.txt'), { today: '2026-11-21' });
    const mismatch = r.warnings.find((w) => w.code === 'weekdayMismatch');
    expect(mismatch).toEqual({ field: 'sessions', code: 'weekdayMismatch', params: { written: 'Venerdì 17 febbraio 2027', date: '2027-02-17' } });
    expect(formWarningMessage(mismatch!, 'en')).toBe('The form says «Venerdì 17 febbraio 2027», but 17 February 2027 is a Wednesday: check the date.');
    const saturday = r.warnings.find((w) => w.code === 'weekend')!;
    expect(saturday).toMatchObject({ params: { date: '2027-06-12' }, dateCheck: true });
    expect(formWarningMessage(saturday, 'en')).toBe('Saturday 12 June 2027 falls on a Saturday: check the date.');
    const formats = parseFormText(seed('001'), { today: '2026-01-10' }).warnings.find((w) => w.code === 'formatMany')!;
    expect(formWarningMessage(formats, 'it')).toBe('La scheda propone più formati (workshop, webinar sincrono): è stato scelto «workshop». Cambiarlo se serve.');
    expect(formWarningMessage(formats, 'en')).toBe('The form proposes several formats (workshop, live webinar): «workshop» was chosen. Change it if needed.');
  });

  it('says a duration read from the dates, and several durations, in words', () => {
    const inferred = parseFormText(form({ duration: '', dates: '7-8 maggio 2027' }), { today: '2026-11-21' });
    expect(warningsOf(inferred, 'durationDays')).toContain('La durata è stata dedotta dalle date: due giornate. Verificare.');
    const many = parseFormText(form({ duration: 'una giornata oppure due giornate' }), { today: '2026-11-21' });
    expect(warningsOf(many, 'durationDays')).toEqual(['La durata indica più valori (1 o 2 giornate): è stato preso il primo, 1. Verificare.']);
    expect(many.warnings.map((w) => formWarningMessage(w, 'en'))).toContain('The duration gives several values (1 or 2 days): the first, 1, was taken. Check it.');
  });

  it('says which fields are missing', () => {
    const r = parseFormText('Comune ospitante: Comune di Monza\nTitolo buona pratica: Prova\nQuanti partecipanti: 5\n', { today: '2026-11-21' });
    expect(r.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['hostOffice', 'description', 'transferMethod', 'durationDays', 'sessions']));
  });
});

describe('files that are not a form', () => {
  it.each([
    ['empty.txt', 'empty', /vuoto/],
    ['garbage.txt', 'unreadable', /non si riesce a leggere/],
    ['garbage.docx', 'unreadable', /non è un documento Word/],
    ['not-a-form.txt', 'not-a-form', /non sembra una scheda di scambio/],
    ['not-a-form.docx', 'not-a-form', /non sembra una scheda di scambio/],
    ['partecipanti.csv', 'unsupported', /\.csv non sono supportati/],
  ])('refuses %s with a clear Italian message', async (name, code, message) => {
    const error = await readFormFile(name, fixture(name), { today: '2026-11-21' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormImportError);
    expect((error as FormImportError).code).toBe(code);
    expect((error as FormImportError).message).toMatch(message);
  });

  it('names the reason of a refusal, said in English on the English screen', async () => {
    const error = (await readFormFile('scheda.pdf', new Uint8Array([1, 2, 3]), { today: '2026-11-21' }).catch((e: unknown) => e)) as FormImportError;
    expect(error).toMatchObject({ code: 'unsupported', reason: 'saveAsDocx', params: { ext: '.pdf' } });
    expect(error.message).toBe('I file .pdf non sono supportati: aprire la scheda con Word o LibreOffice e salvarla come .docx.');
    expect(formImportErrorMessage(error, 'en')).toBe('Files of type .pdf are not supported: open the form with Word or LibreOffice and save it as .docx.');
  });

  it('reads a form saved in Windows-1252 (old Notepad) with its accents', async () => {
    const text = form({ capacity: '4/5' }).replace('Comune di Prova', 'Comune di Cantù');
    const bytes = new Uint8Array([...text].map((c) => (c === 'ù' ? 0xf9 : c === 'à' ? 0xe0 : c.charCodeAt(0) & 0xff)));
    const r = await readFormFile('scheda.txt', bytes, { today: '2026-11-21' });
    expect(r.offer.hostMunicipality).toBe('Comune di Cantù');
  });
});

/** A minimal form with the parts under test replaced. */
function form(parts: { capacity?: string; duration?: string; dates?: string }): string {
  return [
    'Comune ospitante',
    'Comune di Prova',
    'Area, Settore, Ufficio ospitante',
    'Ufficio Prove',
    'Titolo buona pratica',
    'Una pratica',
    'Descrizione della pratica/soluzione',
    'Descritta.',
    'Modalità del trasferimento',
    'Incontri.',
    'Quanti partecipanti possono essere ospitati per ogni sessione',
    parts.capacity ?? '4/5',
    'Quanto tempo dura ogni sessione di attività di scambio',
    parts.duration ?? '1 giornata',
    'Date disponibili',
    parts.dates ?? '14/09/2027',
  ].join('\n\n');
}
