import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serialiseBackup } from '../../src-renderer/lib/db/backup-document';
import { buildDemoBackup } from '../../scripts/lib/demo-backup';
import { seriousViolations } from './axe';
import { DOCUMENT_SAVED, expect, test, type App } from './fixtures';

const nav = (app: App, name: string) => app.page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name, exact: true });
const banner = (app: App) => app.page.getByRole('region', { name: 'Dati dimostrativi', exact: true });

test('a first-time user loads the demo data, looks around, registers a real person, and removes the demo keeping that person', async ({ app }) => {
  test.slow(); // a long journey through every screen on a shared machine
  const { page } = app;
  await app.open('offerte');

  // The empty app says what to do first, on Offerte and on the screens that need a session.
  await expect(page.getByRole('heading', { name: 'Nessuna offerta di scambio' })).toBeVisible();
  await expect(page.getByText(/Per cominciare importa la scheda di scambio compilata/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Prova con i dati dimostrativi' })).toBeVisible();
  expect(await seriousViolations(page), 'axe on the empty Offerte').toEqual([]);
  await nav(app, 'Programma').click();
  await expect(page.getByRole('heading', { name: 'Nessun programma da mostrare' })).toBeVisible();
  await expect(page.getByText(/Per cominciare importa la scheda di scambio compilata/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importa scheda' })).toBeVisible();

  // Load it from there: it says what came in, and the visit of San Rocco is the session being worked on.
  await page.getByRole('button', { name: 'Prova con i dati dimostrativi' }).click();
  await expect(page.getByText('Dati dimostrativi caricati: 2 offerte, 2 sessioni, 13 partecipanti con le loro presenze.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Anche i dati dell’ente in Impostazioni \(Comune di Monza/)).toBeVisible();
  await expect(banner(app)).toContainText('Stai usando i dati dimostrativi');
  await expect(page.getByText(/Ore di formazione: 12 ore e 15 minuti/)).toBeVisible();
  await expect(page.getByLabel('Sessione', { exact: true })).toContainText('Demo · giovedì 7 e venerdì 8 maggio 2026');
  expect(await seriousViolations(page), 'axe with the demo banner').toEqual([]);

  // Every list marks the demo records.
  await nav(app, 'Offerte').click();
  const offers = page.locator('tbody tr');
  await expect(offers).toHaveCount(2);
  await expect(offers.filter({ hasText: 'Demo' })).toHaveCount(2);
  await nav(app, 'Sessioni').click();
  await expect(page.locator('tbody tr').filter({ hasText: 'Demo' })).toHaveCount(2);
  await nav(app, 'Partecipanti').click();
  await expect(page.getByRole('row', { name: /Làzzari Fabrizio/ })).toContainText('Demo');
  await nav(app, 'Check-in').click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Làzzari Fabrizio' }).first()).toContainText('Demo');
  await nav(app, 'Programma').click();
  await page.getByRole('button', { name: 'Word – Programma' }).click();
  await expect(page.getByText(/File salvato: .*DEMO 2026-05-07 Programma - Processo di Co-progettazione/)).toBeVisible(DOCUMENT_SAVED);
  await expect.poll(() => readdir(join(app.dir, 'saved'))).toEqual(['DEMO 2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo Settore.docx']);
  await nav(app, 'Impostazioni').click();
  await expect(page.getByLabel('Ente', { exact: true })).toHaveValue('Comune di Monza');

  // A real person registered to the demo workshop.
  await nav(app, 'Partecipanti').click();
  await page.getByLabel('Sessione', { exact: true }).selectOption('demo-patti');
  await expect(page.getByRole('row', { name: /Bassi Noemi/ })).toBeVisible();
  await page.getByRole('button', { name: 'Aggiungi partecipante' }).click();
  const form = page.getByRole('dialog', { name: 'Nuovo partecipante' });
  await form.getByLabel('Cognome').fill('Verdi');
  await form.getByLabel('Nome', { exact: true }).fill('Anna');
  await form.getByLabel('Ente').fill('Comune di Pavia');
  await form.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Verdi Anna è iscritto e confermato.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Verdi Anna/ })).not.toContainText('Demo');

  // Removing says first what goes and what stays; the workshop stays for Anna Verdi, without the demo people.
  await banner(app).getByRole('button', { name: 'Rimuovi i dati dimostrativi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rimuovere i dati dimostrativi?' });
  await expect(dialog).toContainText('offerte 1, sessioni 1, voci di programma 12, partecipanti 13, registrazioni di presenza 35');
  await expect(dialog).toContainText('La sessione «Patti di Cittadinanza');
  await expect(dialog).toContainText('(Verdi Anna): resta, con la sua offerta e il suo programma');
  await expect(dialog).toContainText('I dati dell’ente in Impostazioni tornano vuoti');
  expect(await seriousViolations(page), 'axe on the removal dialog').toEqual([]);
  await dialog.getByRole('button', { name: 'Rimuovi', exact: true }).click();
  await expect(page.getByText('Dati dimostrativi rimossi.')).toBeVisible();
  await expect(page.getByText(/Restano tra i tuoi dati, senza il segno «Demo»: «Patti di Cittadinanza/)).toBeVisible();
  await expect(banner(app)).toHaveCount(0);

  // What is left is real: Anna Verdi in the workshop, still the session being worked on, with its programme.
  const people = page.locator('tbody tr');
  await expect(people).toHaveCount(1);
  await expect(people).toContainText('Verdi Anna');
  await expect(page.getByLabel('Sessione', { exact: true })).toContainText('lunedì 27 aprile 2026 · Patti di Cittadinanza');
  await expect(page.getByText('Demo', { exact: true })).toHaveCount(0);
  await nav(app, 'Programma').click();
  await expect(page.getByText(/Ore di formazione: 5 ore e 45 minuti/)).toBeVisible();
  await nav(app, 'Offerte').click();
  await expect(offers).toHaveCount(1);
  await expect(offers).toContainText('Patti di Cittadinanza');
  await expect(offers).not.toContainText('Demo');
  await nav(app, 'Impostazioni').click();
  await expect(page.getByLabel('Ente', { exact: true })).toHaveValue('');

  // It survives a reload: no banner, no demo.
  await app.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
  await expect(banner(app)).toHaveCount(0);
});

test('the backup written by npm run demo restores in the app, marked as demo, and goes away in one step', async ({ app }) => {
  const { page } = app;
  const path = join(app.dir, 'demo.json');
  await writeFile(path, serialiseBackup(await buildDemoBackup()));
  await app.open('impostazioni');
  await page.getByLabel('Ripristina da file').setInputFiles(path);
  await expect(page.getByText('Contenuto: offerte 2 · sessioni 2 · partecipanti 13 · registrazioni di presenza 35.')).toBeVisible();
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText(/Dati ripristinati/)).toBeVisible();
  await expect(banner(app)).toBeVisible();

  await nav(app, 'Sessioni').click();
  await expect(page.locator('tbody tr').filter({ hasText: 'Demo' })).toHaveCount(2);
  await banner(app).getByRole('button', { name: 'Rimuovi i dati dimostrativi' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Rimuovi', exact: true }).click();
  await expect(page.getByText('Dati dimostrativi rimossi.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nessuna sessione' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Prova con i dati dimostrativi' })).toBeVisible();
});

test('the first run speaks English too', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  await page.getByLabel('Lingua').selectOption('en');
  await expect(page.getByText(/To begin, import the filled-in exchange form/)).toBeVisible();
  await page.getByRole('button', { name: 'Try it with demo data' }).click();
  await expect(page.getByText(/Demo data loaded: 2 offers, 2 sessions, 13 participants/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove the demo data' })).toBeVisible();
});

test('an example form opens from the import screen, read for review like a file chosen on disk', async ({ app }) => {
  const { page } = app;
  await app.page.clock.setFixedTime(new Date('2026-01-15T10:00:00+01:00'));
  await app.open('offerte');
  await page.getByRole('button', { name: 'Importa scheda' }).first().click();
  await expect(page.getByText(/Nessuna scheda a portata di mano\? Apri una scheda di esempio/)).toBeVisible();
  await page.getByRole('button', { name: 'Patti di Cittadinanza' }).click();
  await expect(page.getByRole('heading', { name: 'Controlla i dati letti' })).toBeVisible();
  await expect(page.locator('tr[data-field="sessions"] td.value .read')).toContainText('lunedì 27 aprile 2026');
  await expect(page.getByText('Verranno create: una sessione proposta, con 2 date fra cui scegliere.')).toBeVisible();
});
