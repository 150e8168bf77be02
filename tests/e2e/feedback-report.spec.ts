// After the visit: the answers of an online form imported and a paper form typed in, the results seen, then the
// year's Riepilogo opened and exported as Word and Excel.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readSheet } from 'read-excel-file/node';
import { groupIntoDays } from '../../src-renderer/lib/db/attendance-days';
import { groupIntoLists } from '../../src-renderer/lib/db/participant-lists';
import { input } from '../unit/src-renderer/lib/documents/handouts/attendance-fixture';
import { expect, test, type App } from './fixtures';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'feedback');
const shots = process.env.OSPITA_SHOTS;

/** The two-day San Rocco visit of May 2026 that took place, with its check-ins (three people qualify). */
async function seedVisit(app: App): Promise<void> {
  const data = input();
  await app.open('questionario');
  await app.page.evaluate(async (d) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ospita');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['settings', 'offers', 'sessions', 'agendaItems', 'participantLists', 'attendanceDays'], 'readwrite');
    tx.objectStore('settings').put({ ...d.settings, updatedAt: '2026-04-01T09:00:00.000Z' });
    tx.objectStore('offers').put(d.offer);
    tx.objectStore('sessions').put(d.session);
    for (const item of d.items) tx.objectStore('agendaItems').put(item);
    for (const list of d.participantLists) tx.objectStore('participantLists').put(list);
    for (const day of d.attendanceDays) tx.objectStore('attendanceDays').put(day);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    localStorage.setItem('ospita.currentSession', d.session.id);
  }, { ...data, participantLists: groupIntoLists(data.participants), attendanceDays: groupIntoDays(data.events) });
  await app.reload();
}

async function saved(app: App, ending: string): Promise<string> {
  const names = await readdir(join(app.dir, 'saved'));
  const name = names.find((n) => n.endsWith(ending));
  expect(name, `a ${ending} file was saved`).toBeTruthy();
  return join(app.dir, 'saved', name!);
}

test('the coordinator imports the online answers, types a paper form, opens the year’s Riepilogo and exports it as Word and Excel', async ({ app }) => {
  // A long journey through two screens and two exports, on a machine shared with other builds.
  test.setTimeout(180_000);
  const { page } = app;
  await seedVisit(app);
  await expect(page.getByRole('heading', { name: 'Questionario', level: 1 })).toBeVisible();

  // A file that is not an export of answers: refused, nothing imported.
  await page.locator('.import-section input[type=file]').setInputFiles(join(fixtures, 'elenco-iscritti.csv'));
  await expect(page.locator('.import-section .alert-danger')).toContainText('Nessuna colonna del file corrisponde alle domande');
  await expect(page.getByText('Ancora nessuna risposta per questa sessione.')).toBeVisible();

  // Google Forms export: columns matched by themselves, preview, import.
  await page.locator('.import-section input[type=file]').setInputFiles(join(fixtures, 'google-forms-it.csv'));
  await expect(page.getByTestId('import-summary')).toHaveText('Risposte da importare: 4.');
  await expect(page.getByRole('combobox', { name: 'Si importa come: Nome e cognome (facoltativo)' })).toHaveValue('@name');
  if (shots) await page.screenshot({ path: join(shots, 'feedback-import.png'), fullPage: true });
  await page.getByRole('button', { name: 'Importa 4 risposte' }).click();
  await expect(page.getByText('Importate 4 risposte; già presenti 0.')).toBeVisible();
  await expect(page.getByTestId('results-count')).toHaveText('Risposte raccolte: 4 (su carta 0, da modulo online 4).');

  // The same file again adds nothing.
  await page.locator('.import-section input[type=file]').setInputFiles(join(fixtures, 'google-forms-it.csv'));
  await page.getByRole('button', { name: 'Importa 4 risposte' }).click();
  await expect(page.getByText('Importate 0 risposte; già presenti 4.')).toBeVisible();

  // One paper form typed with the keyboard: digits move on by themselves.
  await expect(page.locator('.import-section table')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Modulo 1: Quanto è soddisfatto/a complessivamente della visita?' }).focus();
  await page.keyboard.type('2345');
  await expect(page.getByRole('textbox', { name: 'Modulo 1: Che cosa porterà nel suo Comune?' })).toBeFocused();
  await page.keyboard.type('Il regolamento');
  await page.getByRole('button', { name: 'Salva le risposte' }).click();
  await expect(page.getByText('Risposte salvate: nuove 1, modificate 0, tolte 0.')).toBeVisible();
  await expect(page.getByTestId('results-count')).toHaveText('Risposte raccolte: 5 (su carta 1, da modulo online 4).');
  await expect(page.getByText('«Il regolamento»')).toBeVisible();
  if (shots) await page.screenshot({ path: join(shots, 'feedback-results.png'), fullPage: true });

  // Riepilogo of 2026.
  await page.getByRole('link', { name: 'Riepilogo' }).click();
  await page.getByLabel('Anno').selectOption('2026');
  await expect(page.getByRole('heading', { name: 'Dal 1 gennaio 2026 al 31 dicembre 2026' })).toBeVisible();
  const figure = (label: string) => page.locator('.figure').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
  await expect(figure('Sessioni svolte')).toHaveText('1');
  await expect(figure('Questionari raccolti')).toHaveText('5');
  await expect(figure('Attestati')).toHaveText('3');
  await expect(page.locator('.chart svg').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Enti ospiti' })).toContainText('Comune di Bergamo');
  if (shots) await page.screenshot({ path: join(shots, 'riepilogo.png'), fullPage: true });

  await page.getByRole('button', { name: 'Word' }).click();
  await expect(page.getByTestId('job-message')).toContainText('File salvato', { timeout: 60_000 });
  const zip = await JSZip.loadAsync(await readFile(await saved(app, '.docx')));
  const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(xml).toContain('Riepilogo degli scambi di buone pratiche');
  expect(xml).toContain('Comune di Bergamo');
  expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png')).length, 'the charts are in the document as images').toBeGreaterThanOrEqual(3);

  await page.getByRole('button', { name: 'Excel' }).click();
  await expect(page.getByTestId('job-message')).toContainText('File salvato', { timeout: 60_000 });
  const summary = await readSheet(await readFile(await saved(app, '.xlsx')));
  const row = summary.find((r) => r[0] === 'Questionari raccolti');
  expect(row?.[1]).toBe(5);

  // Another paper form typed after the Riepilogo was seen: the session's figures, kept since, are computed again.
  await page.getByRole('link', { name: 'Questionario' }).click();
  await page.getByRole('textbox', { name: 'Modulo 2: Quanto è soddisfatto/a complessivamente della visita?' }).focus();
  await page.keyboard.type('5555');
  await page.getByRole('button', { name: 'Salva le risposte' }).click();
  await expect(page.getByText('Risposte salvate: nuove 1, modificate 0, tolte 0.')).toBeVisible();
  await page.getByRole('link', { name: 'Riepilogo' }).click();
  await page.getByLabel('Anno').selectOption('2026');
  await expect(figure('Questionari raccolti')).toHaveText('6');
});
