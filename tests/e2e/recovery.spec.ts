// The recovery screen: the database is gone (as when Chromium deletes one it finds damaged after a kill); at the
// next start Ospita says so in Italian, shows what it can rebuild from the newest automatic backup and the journal,
// and rebuilds it when the coordinator confirms. Runs on the desktop app's journal file (window.ospita bound to the
// main-side modules).
import type { Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBackupDocument, serialiseBackup } from '../../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/lib/db/versions';
import { DEFAULT_SETTINGS } from '../../src-renderer/lib/domain/settings';
import { seriousViolations } from './axe';
import { expect, test, type App } from './fixtures';
import { demoSession, pageToday } from './seed';

const search = (page: Page) => page.getByLabel('Cerca il partecipante o leggi il codice');
const counter = (page: Page, label: string) => page.locator('.counter').filter({ hasText: label }).locator('.n');

/** The office's data restored through Settings, as a coordinator would; then the desk of today's session. */
async function openDesk(app: App, participants = 12): Promise<ReturnType<typeof demoSession>> {
  const { page } = app;
  await app.open('impostazioni');
  const data = demoSession({ days: [await pageToday(page)], participants, capacityMax: 50 });
  const doc = await buildBackupDocument(
    { settings: [{ ...DEFAULT_SETTINGS, municipality: 'Comune di Monza', stationName: 'Ingresso', updatedAt: '2026-01-10T09:00:00.000Z' }], offers: [data.offer], sessions: [data.session], agendaItems: data.agendaItems, participants: data.participants, attendance: [], documentTemplates: [], questionnaires: [], feedback: [], privacyLedger: [] },
    { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-01-10T09:00:00.000Z', station: 'Ingresso' },
  );
  const file = join(app.dir, 'ufficio.json');
  await writeFile(file, serialiseBackup(doc));
  await page.getByLabel('Ripristina da file').setInputFiles(file);
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText(/Dati ripristinati/)).toBeVisible();
  // Read when the page loads, as after a restart.
  await page.evaluate((id) => localStorage.setItem('ospita.currentSession', id), data.session.id);
  await app.reload();
  await app.open('checkin');
  await expect(search(page)).toBeFocused();
  return data;
}

/** What Chromium does to a database it finds damaged: deletes it, and the app opens on an empty one. */
async function chromiumDeletesTheDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('ospita');
        request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
      }),
  );
}

test('a database Chromium deleted is noticed at start-up, explained in Italian and rebuilt from the backup and the journal', async ({ app }) => {
  test.slow(); // a restore, five check-ins, a recovery and two restarts
  const { page } = app;
  const data = await openDesk(app);
  for (const person of data.participants.slice(0, 5)) {
    await page.keyboard.type(person.checkinCode, { delay: 5 });
    await page.keyboard.press('Enter');
    await expect(page.locator('.banner')).toContainText(`${person.name} ${person.surname}`);
  }
  await expect(counter(page, 'presenti')).toHaveText('5');

  await chromiumDeletesTheDatabase(page);
  await app.reload();
  const screen = page.getByRole('region', { name: 'La base dati è vuota: Ospita può ricostruire i dati' });
  await expect(screen.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(screen).toContainText('l’archivio interno di Ospita è risultato danneggiato ed è stato svuotato');
  await expect(screen).toContainText(/Da dove: il backup automatico di .* \(dati ripristinati\), più 5 modifiche dal registro di sicurezza\./);
  const rows = screen.getByRole('table', { name: 'Che cosa c’è ora e che cosa ci sarà dopo la ricostruzione' });
  await expect(rows.getByRole('row', { name: /Sessioni/ })).toHaveText(/Sessioni\s*0\s*1/);
  await expect(rows.getByRole('row', { name: /Partecipanti/ })).toHaveText(/Partecipanti\s*0\s*12/);
  await expect(rows.getByRole('row', { name: /Presenze/ })).toHaveText(/Presenze \(entrate registrate\)\s*0\s*5/);
  // Where the files are, for whoever supports the office.
  await expect(screen).toContainText(`Registro di sicurezza: ${join(app.dir, 'userData', 'journal', 'ospita-journal.log')}`);
  await expect(screen).toContainText(`Backup automatici: ${join(app.dir, 'userData', 'backups')}`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('ricostruzione.png'), fullPage: true });

  // A copy of the files for support, into a folder (the dialog answers with a folder of the test).
  await screen.getByRole('button', { name: 'Salva una copia del registro e dei backup' }).click();
  await expect(screen.getByText(/Copia salvata in .*: \d+ file\./)).toBeVisible();
  expect(await readFile(join(app.dir, 'folder', 'ospita-journal.log'), 'utf8')).toContain('"format":"ospita-journal"');

  await screen.getByRole('button', { name: 'Ricostruisci i dati' }).click();
  await expect(page.getByRole('heading', { name: 'Dati ricostruiti' })).toBeVisible();
  await expect(page.getByText('Sessioni 1, partecipanti 12, presenze 5.')).toBeVisible();
  await page.getByRole('button', { name: 'Continua' }).click();
  await expect(counter(page, 'presenti')).toHaveText('5');
  await expect(search(page)).toBeVisible();

  // And a start after that is an ordinary start.
  await app.reload();
  await expect(counter(page, 'presenti')).toHaveText('5');
});

test('with nothing to rebuild from, the screen says so and names the files to bring to support', async ({ app }) => {
  const { page } = app;
  const data = await openDesk(app, 4);
  await page.keyboard.type(data.participants[0]!.checkinCode, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(counter(page, 'presenti')).toHaveText('1');
  // The backups are gone too (a disk cleaned up by hand), and the journal was trimmed by the last of them.
  const { rm } = await import('node:fs/promises');
  await page.evaluate(() => (window as unknown as { __ospitaRequestBackup: (r: string) => void }).__ospitaRequestBackup('daily'));
  await expect.poll(async () => (await readFile(join(app.dir, 'userData', 'journal', 'ospita-journal.log'), 'utf8')).split('\n').filter(Boolean).length).toBe(1);
  await page.keyboard.type(data.participants[1]!.checkinCode, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(counter(page, 'presenti')).toHaveText('2');
  await rm(join(app.dir, 'userData', 'backups'), { recursive: true, force: true });
  await chromiumDeletesTheDatabase(page);
  await app.reload();

  const screen = page.getByRole('region', { name: 'La base dati è vuota e non si può ricostruire' });
  await expect(screen).toContainText('fai una copia dei file elencati qui sotto');
  await expect(screen).toContainText(`Registro di sicurezza: ${join(app.dir, 'userData', 'journal', 'ospita-journal.log')}`);
  await expect(screen).toContainText(`Base dati (IndexedDB): ${join(app.dir, 'userData', 'IndexedDB')}`);
  // Nothing starts afresh until the coordinator says so, twice.
  await screen.getByRole('button', { name: 'Continua con una base dati vuota' }).click();
  await expect(screen).toContainText('I dati che mancano non torneranno');
  await screen.getByRole('button', { name: 'Ho salvato una copia dei file: continua con una base dati vuota' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in', exact: true })).toBeVisible();
});
