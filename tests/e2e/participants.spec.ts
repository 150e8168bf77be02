import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seriousViolations } from './axe';
import { expect, test, type App } from './fixtures';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'participants');
const shots = process.env.OSPITA_SHOTS;

/** Puts an offer and a session of `capacityMax` places straight into the app's database (the Sessioni screen is another area). */
async function seedSession(app: App, capacityMax: number): Promise<void> {
  await app.open('partecipanti');
  // The app has opened (and created) its database once the session picker has asked it for sessions.
  await expect(app.page.getByText('Non ci sono ancora sessioni')).toBeVisible();
  await app.page.evaluate(async (max) => {
    const stamp = '2026-04-01T09:00:00.000Z';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ospita');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['offers', 'sessions'], 'readwrite');
    tx.objectStore('offers').put({
      id: 'offer-1', createdAt: stamp, updatedAt: stamp, hostMunicipality: 'Comune di Monza', hostOffice: 'Servizio Partecipazione',
      title: 'Processo di co-progettazione con Enti del Terzo Settore', description: '', transferMethod: '', capacityMin: 4, capacityMax: max,
      targetProfiles: '', durationDays: 2, dateMode: 'single', candidateSessions: [{ days: ['2026-05-07', '2026-05-08'] }], notes: '',
      format: 'presenza', agendaDraft: [], source: null,
    });
    tx.objectStore('sessions').put({
      id: 'session-1', createdAt: stamp, updatedAt: stamp, offerId: 'offer-1', days: ['2026-05-07', '2026-05-08'], candidates: [],
      venue: 'Palazzo Comunale', venueAddress: 'Piazza Trento e Trieste, 20900 Monza', contact: { name: '', phone: '', email: '' },
      status: 'confermata', capacityMin: 4, capacityMax: max, notes: '', firstDay: '2026-05-07',
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    localStorage.setItem('ospita.currentSession', 'session-1');
  }, capacityMax);
  await app.reload();
}

async function shot(app: App, name: string): Promise<void> {
  if (shots) await app.page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

test('a list from Italian Excel (Windows-1252, ";") is imported with mapping and preview, capacity applied, and a cancellation offers the place', async ({ app }) => {
  const { page } = app;
  await seedSession(app, 6);
  await expect(page.getByRole('heading', { name: 'Nessun partecipante iscritto' })).toBeVisible();
  await expect(page.getByText('Posti disponibili: 6 su 6')).toBeVisible();
  await shot(app, '1-empty');

  await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importa partecipanti' });
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'journey-windows-1252.csv'));

  // Mapping: recognised from the Italian headers, with the encoding and separator detected.
  await expect(dialog.getByText('codifica windows-1252, separatore «;»')).toBeVisible();
  await expect(dialog.getByLabel('Dato della colonna Cognome')).toHaveValue('surname');
  await expect(dialog.getByLabel('Dato della colonna Qualifica')).toHaveValue('role');
  await expect(dialog.getByLabel('Dato della colonna Cellulare')).toHaveValue('phone');
  await dialog.getByLabel('Dato della colonna Cellulare').selectOption('');
  await shot(app, '2-mapping');
  await dialog.getByRole('button', { name: 'Vai all’anteprima' }).click();

  // Preview: eight people for six places, nothing written yet.
  await expect(dialog.getByText('Da iscrivere: 8 (confermati: 6, in lista d’attesa: 2).')).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Nicolò' })).toBeVisible();
  await shot(app, '3-preview');
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Conferma e importa (8)' }).click();

  await expect(page.getByText('Importazione completata. Iscritti: 8 (confermati: 6, in lista d’attesa: 2).')).toBeVisible();
  await expect(page.getByText('Posti disponibili: 0 su 6')).toBeVisible();
  await expect(page.getByText('In lista d’attesa: 2', { exact: true })).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(8);
  await expect(rows.first()).toContainText('Amadori');
  await expect(page.getByRole('row', { name: /Bàrtoli Nicolò/ })).toContainText('Confermato');
  await expect(page.getByRole('row', { name: /Rinaldi Paolo/ })).toContainText('In attesa (n. 1)');
  await expect(page.getByRole('row', { name: /Sintoni Chiara/ })).toContainText('In attesa (n. 2)');
  await shot(app, '4-list');

  // The Sessioni list counts the places taken, with the waiting list apart: a full session is not "over the maximum".
  const nav = page.getByRole('navigation', { name: 'Sezioni' });
  await nav.getByRole('link', { name: 'Sessioni', exact: true }).click();
  const sessionRow = page.locator('tbody tr').first();
  await expect(sessionRow).toContainText('6 su 6');
  await expect(sessionRow).toContainText('In lista d’attesa: 2');
  await expect(sessionRow).not.toContainText('oltre il massimo');
  await nav.getByRole('link', { name: 'Partecipanti', exact: true }).click();
  await expect(rows).toHaveCount(8);

  // A cancellation, confirmed in a dialog, offers the freed place to the first on the waiting list.
  await page.getByRole('button', { name: 'Annulla l’iscrizione di Casadei Sofia' }).click();
  await page.getByRole('dialog', { name: 'Annullare l’iscrizione?' }).getByRole('button', { name: 'Annulla iscrizione' }).click();
  const offer = page.getByRole('alert').filter({ hasText: 'Si è liberato un posto' });
  await expect(offer).toContainText('Rinaldi Paolo');
  await shot(app, '5-offer');
  await offer.getByRole('button', { name: 'Conferma Rinaldi Paolo' }).click();
  await page.getByRole('dialog', { name: 'Confermare Rinaldi Paolo?' }).getByRole('button', { name: 'Conferma iscrizione' }).click();
  await expect(page.getByRole('row', { name: /Rinaldi Paolo/ })).toContainText('Confermato');
  await expect(page.getByRole('row', { name: /Sintoni Chiara/ })).toContainText('In attesa (n. 1)');
  await expect(page.getByRole('row', { name: /Casadei Sofia/ })).toContainText('Annullato');

  // Search narrows the list, accents and case aside.
  await page.getByLabel('Cerca tra i partecipanti').fill('nicolo');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Cerca tra i partecipanti').fill('');

  expect(await seriousViolations(page), 'axe on the filled Partecipanti screen').toEqual([]);

  // The Elenco partecipanti printed: the confirmed by surname, then the waiting list, accents intact.
  await page.getByRole('button', { name: 'Stampa – Elenco partecipanti' }).click();
  await expect(page.getByText('Documento inviato alla stampante.')).toBeVisible();
  expect(app.record.printed).toHaveLength(1);
  const printed = app.record.printed[0]!;
  expect(printed.title).toContain('Elenco partecipanti');
  expect(printed.landscape).toBe(true);
  expect(printed.html).toContain('<strong>BÀRTOLI</strong> Nicolò');
  expect(printed.html.indexOf('AMADORI')).toBeLessThan(printed.html.indexOf('ZANOTTI'));
  expect(printed.html.indexOf('Lista d’attesa')).toBeLessThan(printed.html.indexOf('SINTONI'));
  expect(printed.html).not.toContain('CASADEI');

  // The badges, from the Documenti screen: one per confirmed person, with QR code and barcode images.
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Documenti', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cartellini' })).toBeVisible();
  await page.getByRole('button', { name: 'Stampa – Cartellini' }).click();
  await expect.poll(() => app.record.printed.length).toBe(2);
  const badges = app.record.printed[1]!.html;
  expect(badges.match(/alt="Codice QR di check-in/g)).toHaveLength(6);
  expect(badges.match(/alt="Codice a barre di check-in/g)).toHaveLength(6);
  await shot(app, '7-documents');
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Partecipanti', exact: true }).click();

  // CSV export through the host: ";" and the accents kept.
  await page.getByRole('button', { name: 'Esporta CSV' }).click();
  await expect(page.getByText(/Elenco esportato in/)).toBeVisible();
});

test('a person is added by hand: problems, duplicate warning, over capacity only with a reason', async ({ app }) => {
  const { page } = app;
  await seedSession(app, 1);
  const add = async () => {
    await page.getByRole('button', { name: 'Aggiungi partecipante' }).click();
    return page.getByRole('dialog', { name: 'Nuovo partecipante' });
  };
  let form = await add();
  await form.getByLabel('Nome', { exact: true }).fill('Anna');
  await form.getByLabel('E-mail').fill('anna.rossi@comune');
  await form.getByRole('button', { name: 'Salva' }).click();
  await expect(form.getByText('Il cognome è obbligatorio')).toBeVisible();
  await expect(form.getByText('L’indirizzo e-mail non è valido')).toBeVisible();
  await form.getByLabel('Cognome').fill('Rossi');
  await form.getByLabel('E-mail').fill('anna.rossi@comune.lecco.it');
  await form.getByText('La persona ha dato il consenso').click();
  await form.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Rossi Anna è iscritto e confermato.')).toBeVisible();
  await expect(page.getByText('Posti disponibili: 0 su 1')).toBeVisible();

  form = await add();
  await form.getByLabel('Cognome').fill('Bianchi');
  await form.getByLabel('Nome', { exact: true }).fill('Luca');
  await form.getByLabel('E-mail').fill('Anna.Rossi@comune.lecco.it');
  await expect(form.getByText('già iscritta una persona con la stessa e-mail (Rossi Anna)')).toBeVisible();
  await form.getByLabel('E-mail').fill('luca.bianchi@comune.lecco.it');
  await form.getByText('Conferma comunque, oltre il numero massimo').click();
  await form.getByRole('button', { name: 'Salva' }).click();
  await expect(form.getByText('Scrivi il motivo')).toBeVisible();
  await form.getByLabel('Motivo per superare il massimo').fill('Relatore invitato dal Comune ospite');
  await shot(app, '6-form');
  await form.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('row', { name: /Bianchi Luca/ })).toContainText('Oltre il massimo');
  await expect(page.getByRole('row', { name: /Bianchi Luca/ })).toContainText('Consenso mancante');
  await expect(page.getByText('Oltre il massimo: 1')).toBeVisible();
});

test('a file that cannot be read is refused with its reason and nothing changes', async ({ app }) => {
  const { page } = app;
  await seedSession(app, 5);
  await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importa partecipanti' });
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'truncated.xlsx'));
  await expect(dialog.getByText('Il file .xlsx è danneggiato o incompleto')).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'problems.csv'));
  await dialog.getByRole('button', { name: 'Vai all’anteprima' }).click();
  // Rows are named as the file names them: the header is row 1.
  await expect(dialog.getByText('Riga 3: Manca il cognome')).toBeVisible();
  await expect(dialog.getByText('Riga 5: Stessa persona (cognome, nome ed ente) della riga 2 del file.')).toBeVisible();
  await expect(dialog.getByLabel('Importa la riga 3')).toBeDisabled();
  await expect(dialog.getByText('Da iscrivere: 1 (confermati: 1, in lista d’attesa: 0).')).toBeVisible();
  await dialog.getByLabel('Importa la riga 5').check({ force: true });
  await expect(dialog.getByText('Da iscrivere: 2 (confermati: 2, in lista d’attesa: 0).')).toBeVisible();
  // «Chiudi» closes the dialog; «Annulla» is kept for cancelling a registration.
  await expect(dialog.getByRole('button', { name: 'Annulla', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Chiudi' }).click();
  await expect(page.getByRole('heading', { name: 'Nessun partecipante iscritto' })).toBeVisible();
});

test('a CSV with 5,000 columns is refused at once with a clear message, the page never freezing; Excel error cells are named with the sheet’s own rows', async ({ app }) => {
  const { page } = app;
  await seedSession(app, 10);
  await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importa partecipanti' });

  // 175 KB, 5,000 columns: read in a Worker, refused before the mapping step tries to draw them.
  const header = ['Cognome', 'Nome', ...Array.from({ length: 4998 }, (_, i) => `C${i}`)].join(';');
  const rows = Array.from({ length: 10 }, (_, r) => ['Rossi', `P${r}`, ...Array.from({ length: 4998 }, () => 'x')].join(';'));
  const wide = join(app.dir, 'colonne.csv');
  await writeFile(wide, [header, ...rows].join('\r\n'));
  await dialog.locator('input[type=file]').setInputFiles(wide);
  await expect(dialog.getByText(/Il file ha 5000 colonne con dati.*al massimo 200/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Scegli il file…' })).toBeVisible();

  // An .xlsx whose formulas failed: every error cell named, rows keep their numbers, a row of errors stays.
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'excel-errors.xlsx'));
  await expect(dialog.getByText(/Nel file ci sono 9 celle con un errore di Excel.*D3 \(#N\/A\), A5 \(#REF!\)/)).toBeVisible();
  await shot(app, '7-import-errors-mapping');
  await dialog.getByRole('button', { name: 'Vai all’anteprima' }).click();
  await expect(dialog.getByText('Riga 3: La cella D3 contiene l’errore #N/A di Excel')).toBeVisible();
  await expect(dialog.getByText('Riga 5: La cella A5 contiene l’errore #REF! di Excel')).toBeVisible();
  await expect(dialog.getByText('Riga 8: Manca il cognome')).toBeVisible();
  await expect(dialog.getByText('Riga 6: La cella E6 contiene l’errore #DIV/0! di Excel (in una colonna che non si importa).')).toBeVisible();
  // A note in a column not imported does not leave the row out; an error in an imported one does, until ticked.
  await expect(dialog.getByLabel('Importa la riga 6')).toBeChecked();
  await expect(dialog.getByLabel('Importa la riga 3')).not.toBeChecked();
  await expect(dialog.getByText('Da iscrivere: 3 (confermati: 3, in lista d’attesa: 0).')).toBeVisible();
  await shot(app, '8-import-errors-preview');
  await dialog.getByLabel('Importa la riga 3').check({ force: true });
  await expect(dialog.getByText('Da iscrivere: 4 (confermati: 4, in lista d’attesa: 0).')).toBeVisible();
});

test('a wrong e-mail is corrected in the preview, checked again, counted and imported with the corrected value', async ({ app }) => {
  const { page } = app;
  await seedSession(app, 10);
  const file = join(app.dir, 'iscritti.csv');
  await writeFile(file, [
    'Cognome;Nome;Ente;E-mail',
    'Rossi;Nicolò;Comune di Bergamo;nicolo.rossi@comune.bergamo.it',
    'Bianchi;Giulia;Comune di Lecco;giulia.bianchi@@comune.lecco.it',
    'Verdi;Anna;Comune di Como;anna.verdi@comune.como.it',
  ].join('\r\n'));
  await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importa partecipanti' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Vai all’anteprima' }).click();
  await expect(dialog.getByText('Riga 3: L’indirizzo e-mail non è valido')).toBeVisible();
  await expect(dialog.getByText('Da iscrivere: 2 (confermati: 2, in lista d’attesa: 0).')).toBeVisible();
  // The row to check comes first.
  await expect(dialog.locator('tbody th[scope=row]').first()).toHaveText('3');

  await dialog.getByRole('button', { name: 'Correggi la riga 3' }).click();
  const email = dialog.getByRole('textbox', { name: 'E-mail' });
  await expect(email).toBeFocused();
  await expect(email).toHaveValue('giulia.bianchi@@comune.lecco.it');
  expect(await seriousViolations(page), 'axe on the correction in the preview').toEqual([]);
  // Still wrong: said under the field, and nothing changes.
  await email.fill('giulia.bianchi@comune');
  await dialog.getByRole('button', { name: 'Applica la correzione' }).click();
  await expect(dialog.getByText('L’indirizzo e-mail non è valido: controlla che sia nella forma nome@dominio.it.')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await shot(app, '8-import-correction');
  await expect(dialog.getByText('Da iscrivere: 2 (confermati: 2, in lista d’attesa: 0).')).toBeVisible();

  await email.fill('giulia.bianchi@comune.lecco.it');
  await email.press('Enter');
  await expect(dialog.getByText('Corretta qui: il file resta com’è.')).toBeVisible();
  await expect(dialog.getByText('Riga 3: L’indirizzo e-mail non è valido')).toBeHidden();
  await expect(dialog.getByText('Da iscrivere: 3 (confermati: 3, in lista d’attesa: 0).')).toBeVisible();
  await expect(dialog.getByLabel('Importa la riga 3')).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Correggi la riga 3' })).toBeFocused();
  await expect(dialog.getByRole('status').filter({ hasText: 'Riga 3 corretta.' })).toBeAttached();
  await shot(app, '9-import-corrected');

  await dialog.getByRole('button', { name: 'Conferma e importa (3)' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Bianchi Giulia/ })).toContainText('giulia.bianchi@comune.lecco.it');
  await expect(page.getByText('Confermati: 3', { exact: true })).toBeVisible();
});

test('a list of 1,000 people shows the rows to check first and the others a hundred at a time', async ({ app }) => {
  const { page } = app;
  await seedSession(app, 2000);
  const file = join(app.dir, 'mille.csv');
  const lines = Array.from({ length: 1000 }, (_, i) => `Cognome${i};Nome${i};Comune di Prova;${i === 700 ? 'senza-chiocciola' : `persona${i}@comune.it`}`);
  await writeFile(file, ['Cognome;Nome;Ente;E-mail', ...lines].join('\r\n'));
  await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importa partecipanti' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Vai all’anteprima' }).click();
  await expect(dialog.getByText('Da iscrivere: 999')).toBeVisible();
  const rows = dialog.locator('tbody th[scope=row]');
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toHaveText('702');
  await expect(rows.nth(1)).toHaveText('2');
  await expect(dialog.getByText('Righe mostrate: 100 di 1000; quelle da controllare sono in cima.')).toBeVisible();
  await shot(app, '10-import-long');
  await dialog.getByRole('button', { name: 'Mostra le 100 righe successive' }).click();
  await expect(rows).toHaveCount(200);
  // The focus goes to the first row added, so a keyboard user carries on from there.
  await expect(rows.nth(100)).toBeFocused();
  await expect(rows.nth(100)).toHaveText('101');
  await expect(dialog.getByRole('button', { name: 'Conferma e importa (999)' })).toBeEnabled();
});
