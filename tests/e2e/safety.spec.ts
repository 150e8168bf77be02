// Data safety through the UI: restore with a summary first, a corrupted file refused with the data unchanged,
// and a page killed in the middle of a restore or a merge leaving the old data or the new, never half.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleData } from '../../scripts/lib/sample-data';
import { buildBackupDocument, serialiseBackup } from '../../src-renderer/lib/db/backup-document';
import { protectBackup, unprotectBackup } from '../../src-renderer/lib/db/backup-protection';
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/lib/db/versions';
import { seriousViolations } from './axe';
import { expect, test, type App } from './fixtures';

type Size = Parameters<typeof sampleData>[0];
const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as { version: string };

async function backupFile(app: App, name: string, size: Size): Promise<string> {
  const doc = await buildBackupDocument(sampleData(size), { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-08T16:00:00.000Z', station: 'Ingresso B' });
  const path = join(app.dir, name);
  await writeFile(path, serialiseBackup(doc));
  return path;
}

/** Counts the records of the app's IndexedDB database directly, outside the app. */
function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('ospita');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = ['offers', 'sessions', 'participantLists', 'attendanceDays'].filter((n) => db.objectStoreNames.contains(n));
          if (names.length === 0) {
            db.close();
            return resolve({});
          }
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            // Attendance is kept one record per session day, participants one per session: count what is inside.
            if (name === 'attendanceDays') {
              const q = tx.objectStore(name).getAll();
              q.onsuccess = () => (out.attendance = (q.result as { events: unknown[] }[]).reduce((n, d) => n + d.events.length, 0));
            } else if (name === 'participantLists') {
              const q = tx.objectStore(name).getAll();
              q.onsuccess = () => (out.participants = (q.result as { participants: unknown[] }[]).reduce((n, l) => n + l.participants.length, 0));
            } else {
              const q = tx.objectStore(name).count();
              q.onsuccess = () => (out[name] = q.result);
            }
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

async function restoreThroughUi(app: App, path: string): Promise<void> {
  const { page } = app;
  await page.getByLabel('Ripristina da file').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Contenuto del backup da ripristinare' })).toBeVisible();
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText(/Dati ripristinati/)).toBeVisible();
}

test('a backup is restored after showing what it holds; a corrupted one is refused and nothing changes', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  await expect(page.getByRole('heading', { name: 'Backup e ripristino' })).toBeVisible();
  await expect(page.getByText('Non ci sono ancora backup automatici')).toBeVisible();

  const good = await backupFile(app, 'buono.json', { participants: 6, attendance: 8 });
  await page.getByLabel('Ripristina da file').setInputFiles(good);
  await expect(page.getByText('Contenuto: offerte 1 · sessioni 2 · partecipanti 6 · registrazioni di presenza 8.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'giovedì 7 maggio 2026' })).toBeVisible();
  expect(await counts(page)).toMatchObject({ participants: 0 });
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText('Dati ripristinati (sessioni 2, partecipanti 6).', { exact: false })).toBeVisible();
  expect(await counts(page)).toEqual({ offers: 1, sessions: 2, participants: 6, attendance: 8 });
  // The station's name belongs to this laptop, not to the data: another station's backup does not rename it.
  await expect(page.getByLabel('Nome di questa postazione')).toHaveValue(/^Postazione [A-Z0-9]{4}$/);

  // A file cut in half and a file with one changed letter are refused; the data is untouched.
  const text = await readFile(good, 'utf8');
  const truncated = join(app.dir, 'troncato.json');
  await writeFile(truncated, text.slice(0, text.length / 2));
  await page.getByLabel('Ripristina da file').setInputFiles(truncated);
  await expect(page.getByRole('alert')).toContainText('Il backup è incompleto');
  await expect(page.getByRole('alert')).toContainText('I dati non sono stati modificati');
  const altered = join(app.dir, 'alterato.json');
  await writeFile(altered, text.replace('Galli', 'Gallo'));
  await page.getByLabel('Ripristina da file').setInputFiles(altered);
  await expect(page.getByRole('alert')).toContainText('codice di controllo non corrisponde');
  expect(await counts(page)).toEqual({ offers: 1, sessions: 2, participants: 6, attendance: 8 });

  // The export writes a file that restores to the same data.
  await page.getByRole('button', { name: 'Esporta backup' }).click();
  await expect(page.getByText(/Backup salvato in/)).toBeVisible();
  const [savedName] = await readdir(join(app.dir, 'saved'));
  const exported = JSON.parse(await readFile(join(app.dir, 'saved', savedName!), 'utf8')) as { counts: Record<string, number> };
  expect(exported.counts).toMatchObject({ participants: 6, attendance: 8 });
});

test('a backup can be exported protected by a passphrase, long enough and typed twice', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  await restoreThroughUi(app, await backupFile(app, 'dati.json', { participants: 6, attendance: 8 }));

  await page.getByText('Proteggi il file con una frase segreta').click();
  await expect(page.getByLabel('Proteggi il file con una frase segreta')).toBeChecked();
  await page.getByLabel('Frase segreta', { exact: true }).fill('tre gatti');
  await page.getByLabel('Ripeti la frase segreta').fill('tre gatti');
  await page.getByRole('button', { name: 'Esporta backup protetto' }).click();
  await expect(page.getByRole('alert')).toContainText('La frase segreta è troppo corta');
  await page.getByLabel('Frase segreta', { exact: true }).fill('tre gatti sul tetto');
  await page.getByLabel('Ripeti la frase segreta').fill('tre gatti sul tetto');
  await page.getByRole('button', { name: 'Esporta backup protetto' }).click();
  await expect(page.getByText(/Backup protetto salvato in/)).toBeVisible();
  const [savedName] = await readdir(join(app.dir, 'saved'));
  expect(savedName).toMatch(/-protetto\.json$/);
  const sealed = await readFile(join(app.dir, 'saved', savedName!), 'utf8');
  expect(sealed).not.toMatch(/Galli|ospita-backup"/);
  // Made by Chromium's WebCrypto, opened by Node's: the same backup inside.
  const opened = await unprotectBackup(sealed, 'tre gatti sul tetto');
  expect(opened.ok && (JSON.parse(opened.text) as { counts: Record<string, number> }).counts).toMatchObject({ participants: 6, attendance: 8 });
});

test('a protected backup opens only with its passphrase: a wrong one is refused and changes nothing', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  await restoreThroughUi(app, await backupFile(app, 'altri.json', { participants: 2, attendance: 0 }));
  const before = await counts(page);
  const sealed = join(app.dir, 'protetto.json');
  await writeFile(sealed, await protectBackup(await readFile(await backupFile(app, 'dati.json', { participants: 6, attendance: 8 }), 'utf8'), 'tre gatti sul tetto', { iterations: 100_000 }));

  await page.getByLabel('Ripristina da file').setInputFiles(sealed);
  await expect(page.getByRole('heading', { name: 'Backup protetto da una frase segreta' })).toBeVisible();
  await expect(page.getByLabel('Frase segreta del backup')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Frase segreta del backup').fill('tre gatti sul tetti');
  await page.getByRole('button', { name: 'Apri il backup' }).click();
  await expect(page.getByRole('alert')).toContainText('La frase segreta non è corretta');
  await expect(page.getByRole('alert')).toContainText('Nessun dato è stato cambiato');
  expect(await counts(page)).toEqual(before);
  await page.getByLabel('Frase segreta del backup').fill('tre gatti sul tetto');
  await page.getByRole('button', { name: 'Apri il backup' }).click();
  await expect(page.getByRole('heading', { name: 'Contenuto del backup da ripristinare' })).toBeVisible();
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText(/Dati ripristinati/)).toBeVisible();
  expect(await counts(page)).toEqual({ offers: 1, sessions: 2, participants: 6, attendance: 8 });
});

test('an automatic backup is listed with its contents, and a database lost after that is rebuilt at the next start', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  await restoreThroughUi(app, await backupFile(app, 'dati.json', { participants: 6, attendance: 8 }));
  // The main process asks for the daily backup.
  await page.evaluate(() => (window as unknown as { __ospitaRequestBackup: (r: string) => void }).__ospitaRequestBackup('daily'));
  const row = page.getByRole('row', { name: /giornaliero/ });
  await expect(row).toContainText('sessioni 2 · partecipanti 6 · presenze 8');

  // The laptop's data is lost: the database is wiped. At the next start Ospita says so and rebuilds it.
  await page.evaluate(() => new Promise((resolve) => {
    const r = indexedDB.deleteDatabase('ospita');
    r.onsuccess = r.onerror = r.onblocked = () => resolve(null);
  }));
  await app.reload();
  await expect(page.getByRole('heading', { name: 'La base dati è vuota: Ospita può ricostruire i dati' })).toBeVisible();
  expect(await counts(page)).toEqual({ offers: 0, sessions: 0, participants: 0, attendance: 0 });
  await expect(page.getByText(/Da dove: il backup automatico di .* \(giornaliero\); il registro di sicurezza non ha modifiche successive\./)).toBeVisible();
  await page.getByRole('button', { name: 'Ricostruisci i dati' }).click();
  await page.getByRole('button', { name: 'Continua' }).click();
  expect(await counts(page)).toEqual({ offers: 1, sessions: 2, participants: 6, attendance: 8 });

  // An automatic backup can still be restored by hand.
  await app.open('impostazioni');
  await page.getByRole('row', { name: /giornaliero/ }).getByRole('button', { name: /Ripristina il backup/ }).click();
  await expect(page.getByText('Contenuto: offerte 1 · sessioni 2 · partecipanti 6 · registrazioni di presenza 8.')).toBeVisible();
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText(/Dati ripristinati/)).toBeVisible();
  expect(await counts(page)).toEqual({ offers: 1, sessions: 2, participants: 6, attendance: 8 });
});

test('a second station’s check-ins are merged after a preview, and merging again changes nothing', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  await restoreThroughUi(app, await backupFile(app, 'qui.json', { participants: 6, attendance: 4 }));
  // The other station: same people, four more check-ins recorded there.
  const there = sampleData({ participants: 6, attendance: 4 });
  there.attendance.push(...there.attendance.map((e) => ({ ...e, id: `${e.id}-b`, station: 'Ingresso B' })));
  const doc = await buildBackupDocument(there, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-08T17:00:00.000Z', station: 'Ingresso B' });
  const path = join(app.dir, 'altra.json');
  await writeFile(path, serialiseBackup(doc));

  await page.getByLabel('Unisci dati di un’altra postazione').setInputFiles(path);
  await expect(page.getByText('Registrazioni di presenza: nuove 4, già presenti 4 (nessuna viene duplicata).')).toBeVisible();
  await page.getByRole('button', { name: 'Unisci i dati' }).click();
  await expect(page.getByText(/Dati uniti/)).toBeVisible();
  expect(await counts(page)).toMatchObject({ attendance: 8, participants: 6 });

  await page.getByRole('button', { name: 'Chiudi' }).click();
  await page.getByLabel('Unisci dati di un’altra postazione').setInputFiles(path);
  await expect(page.getByText('Non c’è niente da unire').first()).toBeVisible();
  expect(await counts(page)).toMatchObject({ attendance: 8 });
});

for (const moment of ['restore', 'merge'] as const) {
  test(`a page killed in the middle of a ${moment} keeps the old data or the new, never half`, async ({ app }) => {
    const { page } = app;
    await app.open('impostazioni');
    await restoreThroughUi(app, await backupFile(app, 'vecchi.json', { prefix: 'old-', participants: 10, attendance: 10 }));
    const before = await counts(page);
    const big = await backupFile(app, 'grande.json', { prefix: 'new-', sessions: 20, participants: 4000, attendance: 16000 });
    const label = moment === 'restore' ? 'Ripristina da file' : 'Unisci dati di un’altra postazione';
    await page.getByLabel(label).setInputFiles(big);
    await page.getByRole('button', { name: moment === 'restore' ? 'Sostituisci tutti i dati con questo backup' : 'Unisci i dati' }).click();
    // On a fast machine the write may end before the progress line is seen: either is a moment to go away.
    const working = page.getByText(moment === 'restore' ? 'Ripristino dei dati…' : 'Unione dei dati…');
    const done = page.getByText(moment === 'restore' ? /Dati ripristinati/ : /Dati uniti/);
    await expect(working.or(done).first()).toBeVisible();
    await page.reload(); // the window goes away while the transaction is running
    await expect(page.locator('main#main')).toBeVisible();
    const after = await counts(page);
    const complete = moment === 'restore' ? { offers: 1, sessions: 20, participants: 4000, attendance: 16000 } : { offers: 2, sessions: 22, participants: 4010, attendance: 16010 };
    test.info().annotations.push({ type: 'outcome', description: JSON.stringify(after) === JSON.stringify(before) ? 'old data kept' : 'new data complete' });
    expect([before, complete]).toContainEqual(after);
  });
}

test('a session past the retention period is anonymised after confirmation, and a participant’s data is exported', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  const data = sampleData({ participants: 6, attendance: 8 });
  data.sessions[0] = { ...data.sessions[0]!, days: ['2024-05-07'], firstDay: '2024-05-07' };
  data.attendance = data.attendance.map((e) => (e.sessionId === 's1' ? { ...e, day: '2024-05-07' } : e));
  const doc = await buildBackupDocument(data, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-08T16:00:00.000Z', station: 'A' });
  const path = join(app.dir, 'vecchia.json');
  await writeFile(path, serialiseBackup(doc));
  await restoreThroughUi(app, path);

  const privacy = page.getByRole('region', { name: 'Protezione dei dati personali' });
  await expect(privacy.getByText('senza consenso: 1 su 3')).toBeVisible();
  await privacy.getByRole('button', { name: /Anonimizza i dati personali della sessione/ }).click();
  await expect(privacy.getByText(/Verranno cancellati definitivamente .* 3 partecipanti/)).toBeVisible();
  await privacy.getByRole('button', { name: 'Sì, cancella i dati personali' }).click();
  await expect(privacy.getByText(/restano le statistiche anonime di 3 partecipanti/)).toBeVisible();
  await expect(privacy.getByText('Nessuna sessione ha superato il periodo di conservazione')).toBeVisible();
  await privacy.getByText(/partecipanti 3, presenti 2, ore di formazione 12 ore e 50 minuti/).click();
  // One person from each body: no body is named, they are counted together.
  await expect(privacy.getByRole('cell', { name: 'Altri enti (3, ciascuno con meno di tre partecipanti)' })).toBeVisible();
  await expect(privacy.getByRole('cell', { name: 'Comune di Bergamo' })).toHaveCount(0);
  expect(await counts(page)).toMatchObject({ participants: 3, attendance: 4 });

  await privacy.getByLabel('Partecipante').selectOption({ label: 'Bianchi Marco · Comune di Lecco' });
  await privacy.getByRole('button', { name: 'Esporta i suoi dati' }).click();
  await expect(privacy.getByText(/Dati del partecipante salvati in/)).toBeVisible();
  const dossier = JSON.parse(await readFile(join(app.dir, 'saved', 'dati-bianchi-marco.json'), 'utf8')) as { participant: { email: string }; attendance: unknown[] };
  expect(dossier.participant.email).toBe('persona2@comune.example.it');
  expect(dossier.attendance).toHaveLength(2);
});

test('a page killed in the middle of a participant import keeps none of the list or all of it', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  const data = sampleData({ sessions: 1, participants: 2, attendance: 0 });
  data.sessions[0] = { ...data.sessions[0]!, capacityMax: 5000 };
  const doc = await buildBackupDocument(data, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-08T16:00:00.000Z', station: 'A' });
  const seed = join(app.dir, 'seed.json');
  await writeFile(seed, serialiseBackup(doc));
  await restoreThroughUi(app, seed);

  // The longest list the importer takes (1,000 rows), so the write takes a while.
  const rows = Array.from({ length: 1000 }, (_, i) => `Cognome${i};Nome${i};Comune di Lodi;persona${i}@comune.lodi.it`);
  const csv = join(app.dir, 'elenco.csv');
  await writeFile(csv, `Cognome;Nome;Ente;E-mail\n${rows.join('\n')}\n`);
  await app.open('partecipanti');
  // Chosen in the picker, as a coordinator would (a value put in localStorage is read only when the page loads).
  await page.locator('#session-picker').selectOption('s1');
  await page.getByRole('button', { name: 'Importa da foglio di calcolo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importa partecipanti' });
  await dialog.locator('input[type=file]').setInputFiles(csv);
  await dialog.getByRole('button', { name: 'Vai all’anteprima' }).click();
  await dialog.getByRole('button', { name: /Conferma e importa/ }).click();
  await page.waitForTimeout(150);
  await page.reload(); // the window goes away while the import is being written
  await expect(page.locator('main#main')).toBeVisible();
  const after = (await counts(page)).participants ?? 0;
  test.info().annotations.push({ type: 'outcome', description: after === 2 ? 'none of the list' : `${after - 2} rows written` });
  expect([2, 1002]).toContain(after);
});

test('the backup and privacy panels have no serious accessibility violation with data, a review and a confirmation open', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  const data = sampleData({ participants: 6, attendance: 8 });
  data.sessions[0] = { ...data.sessions[0]!, days: ['2024-05-07'], firstDay: '2024-05-07' };
  const doc = await buildBackupDocument(data, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-08T16:00:00.000Z', station: 'A' });
  const path = join(app.dir, 'dati.json');
  await writeFile(path, serialiseBackup(doc));
  await restoreThroughUi(app, path);
  await page.evaluate(() => (window as unknown as { __ospitaRequestBackup: (r: string) => void }).__ospitaRequestBackup('daily'));
  await expect(page.getByRole('row', { name: /giornaliero/ })).toContainText('partecipanti 6');
  await page.getByLabel('Unisci dati di un’altra postazione').setInputFiles(path);
  await expect(page.getByText('Cosa cambierà')).toBeVisible();
  await page.getByRole('button', { name: /Anonimizza i dati personali della sessione/ }).click();
  await expect(page.getByRole('button', { name: 'Sì, cancella i dati personali' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // Keyboard: the review takes the focus, and the data is replaced only by a deliberate choice.
  await page.getByRole('button', { name: 'No, conserva i dati' }).click();
  await page.getByLabel('Ripristina da file').setInputFiles(path);
  await expect(page.getByRole('region', { name: 'Contenuto del backup da ripristinare' })).toBeFocused();
});
