import JSZip from 'jszip';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { seriousViolations } from './axe';
import { DOCUMENT_SAVED, expect, test, type App } from './fixtures';

const stamp = { createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z' };

const SAN_ROCCO = {
  offer: {
    id: 'offer-san-rocco',
    ...stamp,
    hostMunicipality: 'Comune di Monza',
    hostOffice: 'Struttura PNRR-Progettazione Europea',
    title: 'Processo di Co-progettazione con Enti del Terzo Settore',
    description: 'La SUS per il quartiere San Rocco.',
    transferMethod: 'Due giorni di formazione partecipativa.',
    capacityMin: 4,
    capacityMax: 5,
    targetProfiles: '',
    durationDays: 2,
    dateMode: 'single',
    candidateSessions: [{ days: ['2026-05-07', '2026-05-08'] }],
    notes: '',
    format: 'presenza',
    agendaDraft: [],
    source: null,
  },
  session: { id: 'session-san-rocco', ...stamp, offerId: 'offer-san-rocco', days: ['2026-05-07', '2026-05-08'], candidates: [], venue: 'Palazzo Comunale, Sala Giunta', venueAddress: '', contact: { name: '', phone: '', email: '' }, status: 'confermata', capacityMin: 4, capacityMax: 5, notes: '', firstDay: '2026-05-07' },
};

const TOPICS = [
  'Organismi partecipativi comunali',
  'Partecipazione vs. rappresentanza',
  'Strumenti di progettazione condivisa: obiettivi e regole',
  'Strumenti di progettazione condivisa: dialogo e gestione',
  'I Patti di Cittadinanza: dalle istanze ai progetti',
  'I Patti di Cittadinanza: realizzazione e rendicontazione',
];

const PATTI = {
  offer: {
    ...SAN_ROCCO.offer,
    id: 'offer-patti',
    hostOffice: 'Settore Partecipazione, Politiche Abitative, Sport\nServizio Partecipazione, Giovani e Pari Opportunità',
    title: 'Patti di Cittadinanza: interventi e progettualità su scala quartiere',
    durationDays: 1,
    dateMode: 'alternatives',
    candidateSessions: [{ days: ['2026-04-20'] }, { days: ['2026-04-27'] }],
    agendaDraft: TOPICS.map((title) => ({ title, detail: '' })),
  },
  session: { ...SAN_ROCCO.session, id: 'session-patti', offerId: 'offer-patti', days: ['2026-04-20'], venue: 'Villa Reale, Sala degli Specchi', firstDay: '2026-04-20' },
};

/** Writes records straight into the app's IndexedDB (as the offers and sessions screens would) and selects the session. */
async function seed(app: App, data: { offer: object; session: { id: string } }[]): Promise<void> {
  await app.open('programma');
  await app.page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ospita');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['offers', 'sessions', 'settings'], 'readwrite');
    for (const r of records) {
      tx.objectStore('offers').put(r.offer);
      tx.objectStore('sessions').put(r.session);
    }
    tx.objectStore('settings').put({
      id: 'host',
      municipality: 'Comune di Monza',
      office: 'Servizio Partecipazione, Giovani e Pari Opportunità',
      address: 'Piazza Trento e Trieste',
      city: '20900 Monza (MB)',
      phone: '039 2372 1',
      email: 'partecipazione@comune.monza.it',
      website: '',
      logo: null,
      signatoryName: 'Maria Rossi',
      signatoryRole: 'Responsabile del Servizio',
      certificateThreshold: 0.75,
      dayStart: '09:00',
      dayEnd: '17:00',
      lunchStart: '13:00',
      lunchEnd: '14:00',
      retentionMonths: 12,
      stationName: 'Postazione 1',
      updatedAt: '2026-01-10T09:00:00.000Z',
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    localStorage.setItem('ospita.currentSession', records[0]!.session.id);
  }, data);
  await app.reload();
}

/** The row of the agenda table showing an item. */
const agendaRow = (app: App, text: string) => app.page.locator('table.agenda tbody tr').filter({ hasText: text });

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return zip.file('word/document.xml')!.async('string');
}

test('a two-day programme is built, edited and exported to Word, PDF, print and calendar', async ({ app }) => {
  test.slow(); // a long journey on a shared machine
  const { page } = app;
  await seed(app, [SAN_ROCCO]);
  await expect(page.getByRole('tab', { name: 'Giorno 1 · giovedì 7 maggio 2026' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Giorno 2 · venerdì 8 maggio 2026' })).toBeVisible();
  await expect(page.getByText('Nessuna attività in questa giornata')).toBeVisible();

  // Start from the study-visit template.
  await page.getByRole('button', { name: 'Modello visita studio (due giorni)' }).click();
  await expect(page.getByText('Modello applicato')).toBeVisible();
  await expect(page.getByText('Ore di formazione: 13 ore', { exact: true })).toBeVisible();

  // Edit the site visit: it happens in San Rocco.
  // Edited in place: the form opens right under its row, in view, with the focus on its first field, and the
  // focus goes back to the row's «Modifica» after saving.
  await page.getByRole('button', { name: 'Modifica: Visita ai luoghi del progetto' }).click();
  const inPlace = page.locator('tr[data-item] + tr.editing form');
  await expect(inPlace).toBeInViewport();
  await expect(page.locator('tr.editing').locator('xpath=preceding-sibling::tr[1]')).toContainText('Visita ai luoghi del progetto');
  await expect(inPlace.locator('select, input').first()).toBeFocused();
  await page.getByLabel('Titolo').fill('Visita al quartiere San Rocco');
  await page.getByLabel('Luogo').fill('Quartiere San Rocco');
  await page.getByLabel('Relatori').fill('Ufficio SUS e Enti del Terzo Settore');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(agendaRow(app, 'Visita al quartiere San Rocco')).toContainText('Luogo: Quartiere San Rocco');
  await expect(page.getByRole('button', { name: 'Modifica: Visita al quartiere San Rocco' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Modifica: Visita al quartiere San Rocco' })).toBeInViewport();

  // An overlapping item is refused with the reason, and nothing is saved; with right times it is added.
  await page.getByRole('button', { name: 'Aggiungi attività' }).click();
  await page.getByLabel('Titolo').fill('Aperitivo di benvenuto');
  await page.getByLabel('Tipo').selectOption('pausa');
  await expect(page.getByLabel('Conta nelle ore di formazione')).not.toBeChecked();
  await page.getByLabel('Inizio').fill('16:30');
  await page.getByLabel('Fine').fill('17:30');
  await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Si sovrappone a «Confronto a caldo sulla visita» (16:15–17:00)' })).toBeVisible();
  await page.getByLabel('Inizio').fill('17:00');
  await page.getByLabel('Fine').fill('16:45');
  await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
  await expect(page.getByText('L’orario di fine deve essere successivo all’orario di inizio.')).toBeVisible();
  await page.getByLabel('Fine').fill('17:30');
  await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
  await expect(page.getByText('Attività «Aperitivo di benvenuto» aggiunta.')).toBeVisible();
  await expect(page.getByText('Ore di formazione: 13 ore', { exact: true })).toBeVisible();

  // Move it one place earlier, then delete it (after confirming).
  await page.getByRole('button', { name: 'Sposta prima: Aperitivo di benvenuto' }).click();
  await expect(agendaRow(app, 'Aperitivo di benvenuto')).toContainText('16:15–16:45');
  await page.getByRole('button', { name: 'Elimina: Aperitivo di benvenuto' }).click();
  await expect(page.getByRole('dialog', { name: 'Eliminare l’attività?' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Elimina' }).click();
  await expect(page.getByText('Attività «Aperitivo di benvenuto» eliminata.')).toBeVisible();
  await expect(agendaRow(app, 'Aperitivo')).toHaveCount(0);

  // The second day has its own items.
  await page.getByRole('tab', { name: /Giorno 2/ }).click();
  await expect(agendaRow(app, 'Sintesi dei lavori, valutazione e saluti')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Word, rendered in a worker so the screen never freezes.
  const worker = page.waitForEvent('worker');
  await page.getByRole('button', { name: 'Word – Programma' }).click();
  expect((await worker).url()).toContain('generate.worker');
  await expect(page.getByText(/File salvato: .*\.docx/)).toBeVisible(DOCUMENT_SAVED);
  const docxPath = join(app.dir, 'saved', '2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.docx');
  const xml = await docxText(docxPath);
  for (const text of ['Processo di Co-progettazione con Enti del Terzo Settore', 'giovedì 7 e venerdì 8 maggio 2026', 'Visita al quartiere San Rocco', 'Quartiere San Rocco', 'Sintesi dei lavori, valutazione e saluti', 'Palazzo Comunale, Sala Giunta', 'partecipazione@comune.monza.it']) {
    expect(xml).toContain(text);
  }
  expect(xml).toContain('<w:tblHeader/>');

  // PDF.
  await page.getByRole('button', { name: 'PDF – Programma' }).click();
  await expect(page.getByText(/File salvato: .*\.pdf/)).toBeVisible(DOCUMENT_SAVED);
  const pdf = await readFile(join(app.dir, 'saved', '2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);

  // Print: the printable page holds the same programme.
  await page.getByRole('button', { name: 'Stampa – Programma' }).click();
  await expect(page.getByText('Documento inviato alla stampante.')).toBeVisible();
  expect(app.record.printed).toHaveLength(1);
  expect(app.record.printed[0]!.html).toContain('Visita al quartiere San Rocco');
  expect(app.record.printed[0]!.landscape).toBe(false);

  // Calendar.
  await page.getByRole('button', { name: 'Calendario (.ics)' }).click();
  await expect(page.getByText(/File salvato: .*\.ics/)).toBeVisible(DOCUMENT_SAVED);
  const ics = (await readFile(join(app.dir, 'saved', '2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.ics'), 'utf8')).replace(/\r\n[ \t]/g, '');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain('DTSTART:20260507T090000');
});

test('the programme sends guests to the session’s venue address and names its contact person, not the signatory', async ({ app }) => {
  const { page } = app;
  await seed(app, [SAN_ROCCO]);
  await page.getByRole('button', { name: 'Modello visita studio (due giorni)' }).click();
  await expect(page.getByText('Modello applicato')).toBeVisible();

  // The session gets its venue, address and contact person in Sessioni.
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Sessioni' }).click();
  await page.locator('tbody tr').first().getByRole('button', { name: 'Modifica' }).click();
  const edit = page.getByRole('dialog', { name: 'Modifica sessione' });
  await edit.getByLabel('Sede', { exact: true }).fill('Centro civico San Rocco');
  await edit.getByLabel('Indirizzo della sede').fill('Via Ticino 30, 20900 Monza');
  await edit.getByLabel('Nome e cognome').fill('Giulia Ferrario');
  await edit.getByLabel('Telefono').fill('039 2372 345');
  await edit.getByLabel('E-mail').fill('giulia.ferrario');
  await edit.getByRole('button', { name: 'Salva' }).click();
  await expect(edit.getByText('L’e-mail del referente non è valida')).toBeVisible();
  await edit.getByLabel('E-mail').fill('Giulia.Ferrario@comune.monza.it');
  await edit.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Sessione salvata.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Programma' }).click();
  await page.getByRole('button', { name: 'Word – Programma' }).click();
  await expect(page.getByText(/File salvato: .*\.docx/)).toBeVisible(DOCUMENT_SAVED);
  const text = (await docxText(join(app.dir, 'saved', '2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.docx'))).replace(/<[^>]+>/g, ' ');
  expect(text).toMatch(/Centro civico San Rocco\s+Indirizzo\s+Via Ticino 30, 20900 Monza/);
  expect(text).toMatch(/Referente per la visita\s+Giulia Ferrario/);
  expect(text).toContain('039 2372 345');
  expect(text).toContain('giulia.ferrario@comune.monza.it');
  expect(text).not.toContain('Maria Rossi');
});

test('a one-day programme is drafted from the offer’s topics, copied to another session and handed out from Documenti', async ({ app }) => {
  test.slow();
  const { page } = app;
  await seed(app, [PATTI, SAN_ROCCO]);
  await expect(page.getByRole('tab')).toHaveCount(1);
  await page.getByRole('button', { name: 'Bozza dall’offerta' }).click();
  await expect(page.getByText('Bozza creata dall’offerta: 7 attività.')).toBeVisible();
  for (const topic of TOPICS) await expect(agendaRow(app, topic)).toBeVisible();
  await expect(page.getByText('Ore di formazione: 7 ore')).toBeVisible();

  // Replacing a programme asks first; cancelling keeps it.
  await page.getByRole('button', { name: 'Modello visita studio (due giorni)' }).click();
  await expect(page.getByRole('dialog', { name: 'Sostituire il programma?' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Indietro' }).click();
  await expect(agendaRow(app, TOPICS[0]!)).toBeVisible();

  // The two-day session starts from a copy of this programme: day one is copied, there is no day two to copy.
  await page.getByLabel('Sessione', { exact: true }).selectOption(SAN_ROCCO.session.id);
  await expect(page.getByRole('tab')).toHaveCount(2);
  await page.getByLabel('Copia da un’altra sessione').selectOption({ label: 'lunedì 20 aprile 2026 · Patti di Cittadinanza: interventi e progettualità su scala quartiere' });
  await page.getByRole('button', { name: 'Copia', exact: true }).click();
  await expect(page.getByText('Programma copiato: 7 attività.')).toBeVisible();
  await expect(agendaRow(app, TOPICS[5]!)).toBeVisible();
  await page.getByLabel('Sessione', { exact: true }).selectOption(PATTI.session.id);

  await page.getByRole('link', { name: 'Documenti' }).click();
  await expect(page.getByRole('heading', { name: 'Programma', level: 2 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Word – Programma' }).click();
  await expect(page.getByText(/File salvato: .*\.docx/)).toBeVisible(DOCUMENT_SAVED);
  const files = await readdir(join(app.dir, 'saved'));
  expect(files).toContain('2026-04-20 Programma - Patti di Cittadinanza- interventi e progettualità su scala.docx');
  const xml = await docxText(join(app.dir, 'saved', '2026-04-20 Programma - Patti di Cittadinanza- interventi e progettualità su scala.docx'));
  expect(xml).toContain('lunedì 20 aprile 2026');
  for (const topic of TOPICS) expect(xml).toContain(topic.replace('&', '&amp;'));
});
