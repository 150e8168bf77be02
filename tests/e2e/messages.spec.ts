// The registrations arrive from a Microsoft Forms export; the coordinator imports them without touching the
// mapping, prepares the confirmations as a folder of .eml drafts (programme PDF and calendar attached), sees who was
// told what, is not offered the same confirmations twice, and writes to one guest through the mail program.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { expect, test, type App } from './fixtures';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'participants');
const shots = process.env.OSPITA_SHOTS;

async function shot(app: App, name: string): Promise<void> {
  if (shots) await app.page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The office's settings, an offer and its two-day session with a programme, straight into the app's database. */
async function seedSession(app: App): Promise<void> {
  await app.open('partecipanti');
  await expect(app.page.getByText('Non ci sono ancora sessioni')).toBeVisible();
  await app.page.evaluate(async () => {
    const stamp = '2026-04-01T09:00:00.000Z';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ospita');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['settings', 'offers', 'sessions', 'agendaItems'], 'readwrite');
    tx.objectStore('settings').put({
      id: 'host', municipality: 'Comune di Monza', office: 'Servizio Partecipazione', address: 'Piazza Trento e Trieste', city: 'Monza', phone: '039 2372 1',
      email: 'partecipazione@comune.monza.it', website: '', logo: null, signatoryName: 'Maria Teresa Brambilla', signatoryRole: 'Dirigente', certificateThreshold: 0.75,
      dayStart: '09:00', dayEnd: '17:00', lunchStart: '13:00', lunchEnd: '14:00', retentionMonths: 12, stationName: 'Postazione 1', messageTemplates: {}, updatedAt: stamp,
    });
    tx.objectStore('offers').put({
      id: 'offer-1', createdAt: stamp, updatedAt: stamp, hostMunicipality: 'Comune di Monza', hostOffice: 'Servizio Partecipazione',
      title: 'Processo di co-progettazione con Enti del Terzo Settore', description: '', transferMethod: '', capacityMin: 4, capacityMax: 10,
      targetProfiles: '', durationDays: 2, dateMode: 'single', candidateSessions: [{ days: ['2026-05-07', '2026-05-08'] }], notes: '',
      format: 'presenza', agendaDraft: [], source: null,
    });
    tx.objectStore('sessions').put({
      id: 'session-1', createdAt: stamp, updatedAt: stamp, offerId: 'offer-1', days: ['2026-05-07', '2026-05-08'], candidates: [],
      venue: 'Palazzo Comunale, Piazza Trento e Trieste, Monza', status: 'confermata', capacityMin: 4, capacityMax: 10, notes: '', firstDay: '2026-05-07', feedbackUrl: '',
    });
    const item = (id: string, dayIndex: number, start: string, end: string, title: string, kind: string, countsTowardHours: boolean) => ({
      id, createdAt: stamp, updatedAt: stamp, sessionId: 'session-1', dayIndex, start, end, title, description: '', kind, place: 'Sala Giunta', speakers: '', countsTowardHours,
    });
    for (const i of [
      item('a1', 0, '09:30', '13:00', 'La co-progettazione con il Terzo Settore', 'intervento', true),
      item('a2', 0, '13:00', '14:00', 'Pranzo', 'pranzo', false),
      item('a3', 0, '14:00', '17:00', 'Laboratorio', 'laboratorio', true),
      item('a4', 1, '09:00', '13:00', 'Visita al quartiere San Rocco', 'visita', true),
    ])
      tx.objectStore('agendaItems').put(i);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    localStorage.setItem('ospita.currentSession', 'session-1');
  });
  await app.reload();
}

test('registrations exported from Microsoft Forms are imported as they are, and the confirmations go out as drafts once', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  await seedSession(app);

  // Import: the form's own account columns («anonymous») give way to the questions, with no change by hand.
  await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
  const wizard = page.getByRole('dialog', { name: 'Importa partecipanti' });
  await wizard.locator('input[type=file]').setInputFiles(join(fixtures, 'microsoft-forms-it.xlsx'));
  await expect(wizard.getByText('È un’esportazione di Microsoft Forms')).toBeVisible();
  await expect(wizard.getByLabel('Dato della colonna Indirizzo e-mail')).toHaveValue('email');
  await expect(wizard.getByLabel('Dato della colonna Posta elettronica')).toHaveValue('');
  await expect(wizard.getByLabel('Dato della colonna Nome del partecipante')).toHaveValue('name');
  await expect(wizard.getByLabel('Dato della colonna Nome', { exact: true })).toHaveValue('');
  await expect(wizard.getByLabel(/Dato della colonna Acconsento al trattamento/)).toHaveValue('consent');
  await shot(app, 'messages-1-mapping');
  await wizard.getByRole('button', { name: 'Vai all’anteprima' }).click();
  await expect(wizard.getByText('Da iscrivere: 5 (confermati: 5, in lista d’attesa: 0).')).toBeVisible();
  await expect(wizard.getByText('Risposte sostituite da una risposta più recente della stessa persona (stessa e-mail): 1.')).toBeVisible();
  await expect(wizard.getByText('Riga 7: Risposta più recente di chi aveva già risposto (riga 3): vale questa.')).toBeVisible();
  await shot(app, 'messages-2-preview');
  await wizard.getByRole('button', { name: 'Conferma e importa (5)' }).click();
  await expect(page.getByText('Importazione completata. Iscritti: 5 (confermati: 5, in lista d’attesa: 0).')).toBeVisible();
  await expect(page.getByRole('row', { name: /D'Angelo Élise/ })).toContainText('elise.dangelo@comune.cantu.co.it');
  await expect(page.getByRole('row', { name: /D'Angelo Élise/ })).toContainText('Istruttrice direttiva');

  // The confirmations: four guests with an e-mail, one to call.
  await page.getByRole('button', { name: 'E-mail agli ospiti' }).click();
  const dialog = page.getByRole('dialog', { name: 'E-mail agli ospiti' });
  await expect(dialog.getByRole('radio', { name: /Conferma/ })).toBeChecked();
  await expect(dialog.locator('table.recipients tbody tr')).toHaveCount(4);
  const noEmail = dialog.getByRole('region', { name: 'Senza e-mail: da avvisare per telefono' });
  await expect(noEmail.getByRole('listitem')).toHaveText([/^De Santis Anna Maria – 0547 356111/]);
  const preview = dialog.getByTestId('message-preview');
  await dialog.getByRole('button', { name: "D'Angelo Élise" }).click();
  await expect(preview).toContainText('Gentile Élise D\'Angelo,');
  await expect(preview).toContainText('Iscrizione confermata – Processo di co-progettazione con Enti del Terzo Settore, giovedì 7 e venerdì 8 maggio 2026');
  await expect(preview).toContainText('2026-05-07 Programma - Processo di co-progettazione con Enti del Terzo.pdf');
  await shot(app, 'messages-3-dialog');
  await dialog.getByRole('button', { name: 'Prepara 4 bozze' }).click();
  // Drafts with a PDF each take a while on a busy machine.
  await expect(dialog.getByTestId('messages-outcome')).toContainText('4 bozze scritte in', { timeout: 60_000 });

  const folder = join(app.dir, 'folder');
  const files = (await readdir(folder)).sort((a, b) => a.localeCompare(b, 'it'));
  expect(files).toEqual([
    '2026-05-07 Conferma - Bàrtoli Nicolò.eml',
    "2026-05-07 Conferma - D'Angelo Élise.eml",
    '2026-05-07 Conferma - Fabbri Luca.eml',
    '2026-05-07 Conferma - Verdi Giulia.eml',
  ]);
  const mail = await PostalMime.parse(await readFile(join(folder, "2026-05-07 Conferma - D'Angelo Élise.eml")));
  expect(mail.from).toEqual({ name: 'Comune di Monza – Servizio Partecipazione', address: 'partecipazione@comune.monza.it' });
  expect(mail.to).toEqual([{ name: "Élise D'Angelo", address: 'elise.dangelo@comune.cantu.co.it' }]);
  expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
  expect(mail.text).toContain('– giovedì 7 maggio 2026, dalle 9:30 alle 17:00');
  expect(mail.attachments.map((a) => a.mimeType)).toEqual(['application/pdf', 'text/calendar']);
  expect(new TextDecoder().decode(new Uint8Array(mail.attachments[0]!.content as ArrayBuffer).subarray(0, 5))).toBe('%PDF-');

  // Who was told what: each row shows it, and the same confirmations are not offered again.
  await dialog.getByRole('button', { name: 'Chiudi' }).click();
  await expect(page.getByRole('row', { name: /Verdi Giulia/ })).toContainText(/Conferma \d\d\/\d\d/);
  await expect(page.getByRole('row', { name: /De Santis Anna Maria/ })).not.toContainText(/Conferma \d\d\/\d\d/);
  await shot(app, 'messages-4-rows');
  await page.getByRole('button', { name: 'E-mail agli ospiti' }).click();
  await expect(dialog.getByText('Per 4 ospiti questo messaggio è già stato preparato')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Prepara 0 bozze' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Chiudi' }).click();

  // One guest, through the mail program: the main process opens a mailto: address it built.
  await page.getByRole('button', { name: 'Scrivi e-mail a Fabbri Luca' }).click();
  const one = page.getByRole('dialog', { name: 'Scrivi e-mail a Fabbri Luca' });
  await one.getByLabel('Messaggio', { exact: true }).selectOption('promemoria');
  await expect(one.getByTestId('message-preview')).toContainText('Promemoria: Processo di co-progettazione');
  await one.getByRole('button', { name: 'Apri nel programma di posta' }).click();
  await expect(one.getByTestId('write-outcome')).toContainText('Il programma di posta si è aperto con il messaggio per Fabbri Luca.');
  expect(app.record.opened).toHaveLength(1);
  expect(app.record.opened[0]).toMatch(/^mailto:luca\.fabbri@romagnaforlivese\.it\?subject=Promemoria%3A%20Processo/);
  await one.getByRole('button', { name: 'Chiudi' }).click();
  await expect(page.getByRole('row', { name: /Fabbri Luca/ })).toContainText(/Promemoria \d\d\/\d\d/);
});

test('the texts of the messages are edited in Impostazioni, with a preview for a real guest', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await seedSession(app);
  await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
  const wizard = page.getByRole('dialog', { name: 'Importa partecipanti' });
  await wizard.locator('input[type=file]').setInputFiles(join(fixtures, 'google-forms-it.csv'));
  await wizard.getByRole('button', { name: 'Vai all’anteprima' }).click();
  await wizard.getByRole('button', { name: 'Conferma e importa (3)' }).click();
  await expect(page.getByText(/Importazione completata/)).toBeVisible();

  await app.open('impostazioni');
  await page.getByLabel('Messaggio', { exact: true }).selectOption('promemoria');
  const subject = page.getByLabel('Oggetto', { exact: true });
  await subject.fill('Ci vediamo domani a {luogo}');
  const preview = page.getByTestId('message-preview');
  await expect(preview).toContainText('Ci vediamo domani a Palazzo Comunale, Piazza Trento e Trieste, Monza');
  await expect(page.getByText('Anteprima per Bàrtoli Nicolò')).toBeVisible();
  await page.getByLabel('Testo', { exact: true }).fill('Gentile {nome}, a domani. {nomee}');
  await expect(page.getByText('Segnaposto sconosciuti: {nomee}')).toBeVisible();
  await shot(app, 'messages-5-settings');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Impostazioni salvate.')).toBeVisible();

  await app.reload();
  await page.getByLabel('Messaggio', { exact: true }).selectOption('promemoria');
  await expect(page.getByLabel('Oggetto', { exact: true })).toHaveValue('Ci vediamo domani a {luogo}');
  await expect(page.getByText('Testo modificato dall’ufficio.')).toBeVisible();
  await page.getByRole('button', { name: 'Ripristina il testo predefinito' }).click();
  await expect(page.getByLabel('Oggetto', { exact: true })).toHaveValue('Promemoria: {titolo}, {date}');
});
