import { expect, test } from './fixtures';

const AREAS = [
  { link: 'Offerte', heading: 'Offerte', empty: 'Nessuna offerta di scambio' },
  { link: 'Sessioni', heading: 'Sessioni', empty: 'Nessuna sessione' },
  { link: 'Programma', heading: 'Programma', empty: 'Nessun programma da mostrare' },
  { link: 'Partecipanti', heading: 'Partecipanti', empty: 'Nessun partecipante da mostrare' },
  { link: 'Check-in', heading: 'Check-in', empty: 'Check-in non disponibile' },
  { link: 'Documenti', heading: 'Documenti', empty: 'Nessun documento da preparare' },
];

test('the shell opens in Italian and every area says what to do first', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  const nav = page.getByRole('navigation', { name: 'Sezioni' });
  for (const area of AREAS) {
    await nav.getByRole('link', { name: area.link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: area.heading })).toBeVisible();
    await expect(page.getByRole('heading', { name: area.empty })).toBeVisible();
    await expect(nav.getByRole('link', { name: area.link, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('English can be chosen and the choice is remembered after a restart', async ({ app }) => {
  const { page } = app;
  await app.open('sessioni');
  await page.getByLabel('Lingua').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await app.reload();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the host details are saved, survive a reload, and bad values are refused with a reason', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  await page.getByLabel('Ente', { exact: true }).fill('Comune di Monza');
  await page.getByLabel('Ufficio', { exact: true }).fill('Servizio Partecipazione, Giovani e Pari Opportunità');
  await page.getByLabel('Nome e cognome').fill('Maria Rossi');
  await page.getByLabel(/Soglia per l’attestato/).fill('80');
  await page.getByLabel('E-mail').fill('non-una-email');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Controlla i campi evidenziati')).toBeVisible();
  await expect(page.getByText('L’indirizzo e-mail non sembra valido')).toBeVisible();
  await page.getByLabel('E-mail').fill('partecipazione@comune.monza.it');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Impostazioni salvate.')).toBeVisible();
  await app.reload();
  await expect(page.getByLabel('Ente', { exact: true })).toHaveValue('Comune di Monza');
  await expect(page.getByLabel(/Soglia per l’attestato/)).toHaveValue('80');
  await expect(page.getByLabel('Nome e cognome')).toHaveValue('Maria Rossi');
});

test('the host bridge answers through the real main-side handlers', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  await expect(page.getByText('Cartella dei dati')).toBeVisible();
  const saved = await page.evaluate(async () => window.ospita!.saveFile({ suggestedName: 'prova.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], data: 'Nicolò' }));
  expect(saved).toMatchObject({ status: 'saved' });
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((saved as { path: string }).path, 'utf8')).toBe('Nicolò');
  await expect(page.evaluate(async () => window.ospita!.saveFile({ suggestedName: '../x', filters: [], data: 'x' }))).rejects.toThrow(/non valid/);
  // Only the kinds of file the app makes.
  await expect(page.evaluate(async () => window.ospita!.saveFile({ suggestedName: 'prova.txt', filters: [], data: 'x' }))).rejects.toThrow(/estensione non consentita/);
});
