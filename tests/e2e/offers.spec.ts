import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seriousViolations } from './axe';
import { expect, test, type App } from './fixtures';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const forms = join(root, 'tests', 'fixtures', 'forms');
/** The two real forms that ship with the project (docs/examples/): the San Rocco visit and the Patti workshop. */
const SEED_000 = join(root, 'docs', 'examples', 'scheda-co-progettazione-terzo-settore.txt');
const SEED_001 = join(root, 'docs', 'examples', 'scheda-patti-di-cittadinanza.txt');

async function importForm(app: App, file: string) {
  const { page } = app;
  await page.getByRole('button', { name: 'Importa scheda' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importa la scheda di scambio' })).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(file);
}

const row = (app: App, field: string) => app.page.locator(`tr[data-field="${field}"]`);

test.beforeEach(async ({ app }) => {
  // Dates without a year are read from "today": fix it so the test means the same every day.
  await app.page.clock.setFixedTime(new Date('2026-11-21T10:00:00+01:00'));
});

test('seed form 001 goes from the file on disk to a confirmed session without typing a field', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  await importForm(app, SEED_001);
  await expect(page.getByRole('heading', { name: 'Controlla i dati letti' })).toBeVisible();
  await expect(row(app, 'hostOffice').locator('td.value .read')).toHaveText('Settore Partecipazione, Politiche Abitative, Sport / Servizio Partecipazione, Giovani e Pari Opportunità');
  await expect(row(app, 'hostOffice').locator('td.source')).toContainText('Servizio Partecipazione, Giovani e Pari Opportunità');
  await expect(row(app, 'capacity').locator('td.value .read')).toContainText('fino a 10');
  await expect(row(app, 'targetProfiles').locator('td.value .read')).toHaveText('personale amministrativo e/o progettisti di interventi sociali');
  await expect(row(app, 'durationDays').locator('td.value .read')).toHaveText('Una giornata');
  await expect(row(app, 'sessions').locator('td.value .read')).toContainText('lunedì 20 aprile 2026');
  await expect(row(app, 'sessions').locator('td.value .read')).toContainText('lunedì 27 aprile 2026');
  await expect(row(app, 'agendaDraft').locator('td.value .read > div')).toHaveCount(6);
  await expect(row(app, 'notes').locator('td.value .read')).toContainText('Le date possono essere soggette a modifiche');
  await expect(row(app, 'format')).toHaveClass(/table-warning/);
  await expect(page.getByText('Verranno create: una sessione proposta, con 2 date fra cui scegliere.')).toBeVisible();
  expect(await seriousViolations(page), 'axe on the review screen').toEqual([]);

  // Nothing is saved before confirming.
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Sessioni' }).click();
  await expect(page.getByRole('heading', { name: 'Nessuna sessione' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Controlla i dati letti' })).toBeVisible();
  await page.getByRole('button', { name: 'Conferma e crea le sessioni' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sessioni' })).toBeVisible();
  await expect(page.getByText(/Offerta «Patti di Cittadinanza.*» salvata\. Sessioni create: 1\./)).toBeVisible();
  const session = page.locator('tbody tr').first();
  await expect(session).toContainText('Date da scegliere: lunedì 20 aprile 2026 o lunedì 27 aprile 2026');
  await expect(session).toContainText('Proposta');
  await expect(session).toContainText('0 su 10');
  await session.getByRole('button', { name: 'Scegli la data' }).click();
  await page.getByRole('dialog').getByText('lunedì 27 aprile 2026', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'lunedì 27 aprile 2026' })).toBeChecked();
  await page.getByRole('button', { name: 'Conferma questa data' }).click();
  await expect(session).toContainText('lunedì 27 aprile 2026');
  await expect(session).toContainText('Confermata');
  await expect(page.getByText('Data confermata: lunedì 27 aprile 2026.')).toBeVisible();
  expect(await seriousViolations(page), 'axe on the sessions list').toEqual([]);

  // The chosen session is the one the other areas follow.
  await session.getByRole('button', { name: 'Lavora su questa' }).click();
  await expect(session.getByRole('button', { name: 'Sessione scelta' })).toHaveAttribute('aria-pressed', 'true');
  // It says what changed, and leads to the session's programme.
  await expect(page.getByTestId('session-chosen')).toHaveText(/^Ora Programma, Partecipanti, Check-in e Documenti mostrano «.+», lunedì 27 aprile 2026\.$/);
  await page.getByRole('button', { name: 'Apri il programma' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programma' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /lunedì 27 aprile 2026/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Sessioni', exact: true }).click();
  await app.reload();
  await expect(page.locator('tbody tr').first().getByRole('button', { name: 'Sessione scelta' })).toBeVisible();

  // Settings are still empty: they offer the host and office of the form just imported, filled in on one click.
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Impostazioni', exact: true }).click();
  await expect(page.getByText(/^Dalla prima scheda importata \(.+\): Comune di Monza – .*Servizio Partecipazione/)).toBeVisible();
  await page.getByRole('button', { name: 'Usa questi dati' }).click();
  await expect(page.getByLabel('Ente', { exact: true })).toHaveValue(/Comune di Monza/);
  await expect(page.getByLabel('Ufficio', { exact: true })).toHaveValue(/Servizio Partecipazione/);
  await expect(page.getByRole('button', { name: 'Usa questi dati' })).toHaveCount(0);
});

test('seed form 000 becomes one two-day session in May, with the missing year pointed out', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  await importForm(app, SEED_000);
  await expect(row(app, 'hostOffice').locator('td.value .read')).toHaveText('Struttura PNRR-Progettazione Europea');
  await expect(row(app, 'capacity').locator('td.value .read')).toHaveText('da 4 a 5');
  await expect(row(app, 'durationDays').locator('td.value .read')).toHaveText('Due giornate consecutive');
  await expect(row(app, 'sessions').locator('td.value .read')).toHaveText('venerdì 7 e sabato 8 maggio 2027');
  await expect(row(app, 'sessions')).toHaveClass(/table-warning/);
  await expect(row(app, 'sessions')).toContainText('non indica l’anno');
  await expect(row(app, 'dateMode').locator('td.source')).toContainText('7-8 MAGGIO');
  await page.getByRole('button', { name: 'Conferma e crea le sessioni' }).click();

  const session = page.locator('tbody tr').first();
  await expect(session).toContainText('venerdì 7 e sabato 8 maggio 2027');
  await expect(session).toContainText('4–5');
  await session.getByRole('button', { name: 'Conferma' }).click();
  await expect(session).toContainText('Confermata');

  // The offer is in the list with its next date, and opens with every field filled in.
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Offerte' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr')).toContainText('venerdì 7 maggio 2027');
  await page.getByRole('link', { name: 'Processo di Co-progettazione con Enti del Terzo Settore' }).click();
  await expect(page.getByLabel('Area, Settore, Ufficio ospitante')).toHaveValue('Struttura PNRR-Progettazione Europea');
  await expect(page.getByLabel('Partecipanti minimi')).toHaveValue('4');
  await expect(page.getByLabel('Partecipanti massimi')).toHaveValue('5');
  await expect(page.getByLabel('Giorno 1 della sessione 1')).toHaveValue('07/05/2027');
  await expect(page.getByLabel('Giorno 2 della sessione 1')).toHaveValue('08/05/2027');
  await expect(page.getByLabel('Giorno 1 della sessione 1')).toHaveAccessibleDescription('venerdì 7 maggio 2027');
  expect(await seriousViolations(page), 'axe on the offer form').toEqual([]);

  // A minimum above the maximum is refused with a reason and not saved.
  await page.getByLabel('Partecipanti minimi').fill('8');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Il minimo (8) non può superare il massimo (5): correggere uno dei due.')).toBeVisible();
  await app.reload();
  await expect(page.getByLabel('Partecipanti minimi')).toHaveValue('4');
});

test('the same date checks follow the dates through the review, the editor, the choice of a date and the session form', async ({ app }) => {
  const { page } = app;
  // The Patti form (20 or 27 April 2026) imported in November 2026: both dates are already past.
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
  await app.open('offerte');
  await importForm(app, SEED_001);
  await expect(row(app, 'sessions')).toContainText('Lunedì 20 aprile 2026 è già passato: verificare la data.');
  await expect(row(app, 'sessions')).toContainText('Lunedì 27 aprile 2026 è già passato: verificare la data.');

  // «Modifica prima di salvare»: the warnings stay, and follow the dates as they are edited.
  await page.getByRole('button', { name: 'Modifica prima di salvare' }).click();
  const concerns = page.locator('.date-concerns');
  await expect(concerns).toContainText('Lunedì 20 aprile 2026 è già passato: verifica la data.');
  await expect(page.getByText('Da verificare', { exact: false }).first()).toBeVisible();
  await page.getByLabel('Giorno 1 della sessione 1').fill('24/4/2027');
  await expect(concerns).toContainText('Sabato 24 aprile 2027 cade di sabato: verifica la data.');
  await expect(concerns).not.toContainText('20 aprile 2026');
  // A two-digit year is taken when the field is left.
  await page.getByLabel('Giorno 1 della sessione 1').fill('26.4.27');
  await page.getByLabel('Giorno 1 della sessione 1').press('Tab');
  await expect(page.getByLabel('Giorno 1 della sessione 1')).toHaveValue('26/04/2027');
  await expect(concerns).toContainText('Lunedì 27 aprile 2026 è già passato');
  await expect(concerns).not.toContainText('26 aprile 2027');
  await page.getByRole('button', { name: /Salva e crea/ }).click();

  // Choosing a candidate date says the same.
  const session = page.locator('tbody tr').first();
  await session.getByRole('button', { name: 'Scegli la data' }).click();
  const choose = page.getByRole('dialog');
  await choose.getByText('lunedì 27 aprile 2026', { exact: true }).click();
  await expect(choose.locator('.date-concerns')).toContainText('Lunedì 27 aprile 2026 è già passato');
  await choose.getByText('lunedì 26 aprile 2027', { exact: true }).click();
  await expect(choose.locator('.date-concerns')).toBeHidden();
  await page.keyboard.press('Escape');

  // And so does the session editor: 2 June is the Festa della Repubblica.
  await page.getByRole('button', { name: 'Aggiungi sessione' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuova sessione' });
  await dialog.getByLabel('Giorno 1').fill('2/6/2027');
  await expect(dialog.locator('.date-concerns')).toContainText('Mercoledì 2 giugno 2027 è un giorno festivo (Festa della Repubblica): verifica la data.');
  await dialog.getByLabel('Giorno 1').fill('03/06/2027');
  await expect(dialog.locator('.date-concerns')).toBeHidden();
});

test('a .docx form is read in the app as in the command line', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  await importForm(app, join(forms, 'seed-001-paragraphs.docx'));
  await expect(row(app, 'hostOffice').locator('td.value .read')).toHaveText('Settore Partecipazione, Politiche Abitative, Sport / Servizio Partecipazione, Giovani e Pari Opportunità');
  await expect(row(app, 'agendaDraft').locator('td.value .read > div')).toHaveCount(3);
  await page.getByRole('button', { name: 'Scarta la scheda' }).click();
  await expect(page.getByRole('button', { name: 'Scegli il file' })).toBeVisible();
});

test('a file that is not a form gets a clear Italian message and changes nothing', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  const files = [
    ['not-a-form.txt', 'non sembra una scheda di scambio compilata'],
    ['garbage.docx', 'non è un documento Word'],
    ['empty.txt', 'Il file è vuoto'],
    ['partecipanti.csv', 'I file .csv non sono supportati'],
  ] as const;
  for (const [i, [file, message]] of files.entries()) {
    // The first from the list of offers; the others on the import screen, which stays open after a refusal.
    if (i === 0) await importForm(app, join(forms, file));
    else await page.locator('input[type=file]').setInputFiles(join(forms, file));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`La scheda «${file}» non è stata importata.`);
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nessun dato è stato modificato.');
  }
  await page.getByRole('button', { name: 'Torna all’elenco' }).click();
  await expect(page.getByRole('heading', { name: 'Nessuna offerta di scambio' })).toBeVisible();
});

test('in English the review says the form’s warnings and a refusal in English', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  await page.getByLabel('Lingua').selectOption('en');
  await page.getByRole('button', { name: 'Import form' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import the exchange form' })).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(join(forms, 'partecipanti.csv'));
  await expect(page.getByRole('alert')).toContainText('Files of type .csv are not supported: choose the form as .docx, .txt or .md.');
  await page.locator('input[type=file]').setInputFiles(SEED_000);
  await expect(page.getByRole('heading', { name: 'Check the data read' })).toBeVisible();
  await expect(page.getByText('To check (2)')).toBeVisible();
  await expect(row(app, 'sessions')).toContainText('The form gives no year (7 MAGGIO → 2027; 8 MAGGIO → 2027): the first such date from today on was taken. Check the year.');
  await expect(row(app, 'sessions')).toContainText('Saturday 8 May 2027 falls on a Saturday: check the date.');
  await expect(page.getByText('non indica l’anno')).toHaveCount(0);
});

test('a session is added by hand, edited and cancelled after confirmation', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  await importForm(app, SEED_000);
  await page.getByRole('button', { name: 'Conferma e crea le sessioni' }).click();
  await page.getByRole('button', { name: 'Aggiungi sessione' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuova sessione' });
  await dialog.getByLabel('Giorno 1').fill('10/06/2027');
  await dialog.getByLabel('Sede', { exact: true }).fill('Sala Giunta, Palazzo Comunale');
  await dialog.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Sessione salvata.')).toBeVisible();
  const added = page.locator('tbody tr', { hasText: 'giovedì 10 e venerdì 11 giugno 2027' });
  await expect(added).toContainText('Sala Giunta, Palazzo Comunale');

  await added.getByRole('button', { name: 'Modifica' }).click();
  const edit = page.getByRole('dialog', { name: 'Modifica sessione' });
  await edit.getByLabel('Posti minimi').fill('9');
  await edit.getByRole('button', { name: 'Salva' }).click();
  await expect(edit.getByText('Il minimo (9) non può superare il massimo (5).')).toBeVisible();
  await edit.getByLabel('Posti minimi').fill('');
  await edit.getByLabel('Posti massimi').fill('6');
  await edit.getByRole('button', { name: 'Salva' }).click();
  await expect(added).toContainText('max 6');

  await added.getByRole('button', { name: 'Annulla sessione' }).click();
  await page.getByRole('dialog', { name: 'Annulla sessione' }).getByRole('button', { name: 'Indietro' }).click();
  await expect(added).toContainText('Proposta');
  await added.getByRole('button', { name: 'Annulla sessione' }).click();
  await page.getByRole('dialog', { name: 'Annulla sessione' }).getByRole('button', { name: 'Annulla sessione' }).click();
  await expect(page.getByText('Sessione annullata.')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await page.getByLabel('Mostra').selectOption('all');
  await expect(page.locator('tbody tr')).toHaveCount(2);
});
