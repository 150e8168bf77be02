// Purges and erasures reach every copy the app made: the automatic backups are cleaned, and a restore or a merge
// of a file made before applies them again.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sampleData } from '../../scripts/lib/sample-data';
import { buildBackupDocument, serialiseBackup } from '../../src-renderer/lib/db/backup-document';
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/lib/db/versions';
import { expect, test, type App } from './fixtures';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

/**
 * A backup file with sessions s1 (held in 2024, past its retention: p1, p3, p5) and s2 (p2, p4, p6); Giulia Rossi
 * (p1, s1) signed her questionnaire answer r1 with her name.
 */
async function olderBackup(app: App, name: string): Promise<string> {
  const data = sampleData({ participants: 6, attendance: 8 });
  data.feedback[0] = { ...data.feedback[0]!, sessionId: 's1', respondentName: 'Giulia Rossi' };
  data.sessions[0] = { ...data.sessions[0]!, days: ['2024-05-07'], firstDay: '2024-05-07' };
  data.attendance = data.attendance.map((e) => (e.sessionId === 's1' ? { ...e, day: '2024-05-07' } : e));
  const doc = await buildBackupDocument(data, { appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-05-08T16:00:00.000Z', station: 'Ingresso B' });
  const path = join(app.dir, name);
  await writeFile(path, serialiseBackup(doc));
  return path;
}

async function restoreFile(page: Page, path: string): Promise<void> {
  await page.getByLabel('Ripristina da file').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Contenuto del backup da ripristinare' })).toBeVisible();
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText(/Dati ripristinati/)).toBeVisible();
}

/** The automatic backups as the desktop app keeps them in <data folder>/backups. */
async function automaticBackups(app: App): Promise<string[]> {
  const dir = join(app.dir, 'userData', 'backups');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  return Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
}

test('after a purge the automatic backups no longer hold the session’s people, and restoring an older file keeps them purged', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  const older = await olderBackup(app, 'vecchio.json');
  await restoreFile(page, older);
  await page.evaluate(() => (window as unknown as { __ospitaRequestBackup: (r: string) => void }).__ospitaRequestBackup('daily'));
  await expect(page.getByRole('row', { name: /giornaliero/ })).toContainText('partecipanti 6');
  expect((await automaticBackups(app)).join('')).toContain('persona1@comune.example.it');

  const privacy = page.getByRole('region', { name: 'Protezione dei dati personali' });
  await privacy.getByRole('button', { name: /Anonimizza i dati personali della sessione/ }).click();
  await privacy.getByRole('button', { name: 'Sì, cancella i dati personali' }).click();
  await expect(privacy.getByText(/restano le statistiche anonime di 3 partecipanti/)).toBeVisible();
  // The daily one and the copy the restore wrote («dopo un ripristino»); the new one after the purge is clean.
  await expect(privacy.getByText('Backup automatici: 2 riscritti senza quei dati, 0 rimossi.')).toBeVisible();
  const copies = (await automaticBackups(app)).join('');
  for (const email of ['persona1@', 'persona3@', 'persona5@']) expect(copies).not.toContain(email);
  expect(copies).toContain('persona2@'); // the other session is untouched
  await expect(page.getByRole('row', { name: /giornaliero/ })).toContainText('partecipanti 3');

  // The file from before the purge, restored: the session's people stay out.
  await page.getByRole('button', { name: 'Chiudi' }).click();
  await page.getByLabel('Ripristina da file').setInputFiles(older);
  // Said before confirming: who the deletion register keeps out of the file.
  const review = page.getByRole('region', { name: 'Contenuto del backup da ripristinare' });
  await expect(review.getByText('Persone lasciate fuori: 3.', { exact: false })).toBeVisible();
  await expect(review.getByText('partecipanti di sessioni già anonimizzate: 3')).toBeVisible();
  await expect(review.getByText('risposte ai questionari ripristinate senza il nome di chi le ha firmate: 1')).toBeVisible();
  await expect(review.getByText(/persone cancellate su richiesta/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText(/partecipanti 3\)\. 3 persone cancellate o anonimizzate dopo la data del file non sono state ripristinate/)).toBeVisible();
  await expect(privacy.getByText('Nessuna sessione ha superato il periodo di conservazione')).toBeVisible();
  await expect(privacy.getByText(/partecipanti 3, presenti 2/)).toBeVisible();
});

test('a person erased on request after an export of their data does not come back with a merge of a backup made before', async ({ app }) => {
  const { page } = app;
  await app.open('impostazioni');
  const before = await olderBackup(app, 'prima.json');
  await restoreFile(page, before);

  await app.open('partecipanti');
  await page.getByLabel('Sessione').selectOption({ index: 1 });
  const row = page.getByRole('row', { name: /ROSSI|Rossi/ });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Cancella dati di Rossi Giulia' }).click();
  const dialog = page.getByRole('dialog', { name: /Cancellare i dati di/ });
  await expect(dialog.getByRole('button', { name: 'Cancella definitivamente' })).toBeDisabled();
  await dialog.getByRole('button', { name: '1. Esporta i suoi dati' }).click();
  await expect(dialog.getByText(/consegna il file alla persona/)).toBeVisible();
  const dossier = JSON.parse(await readFile(join(app.dir, 'saved', 'dati-rossi-giulia.json'), 'utf8')) as { participant: { email: string } };
  expect(dossier.participant.email).toBe('persona1@comune.example.it');
  await dialog.getByRole('button', { name: 'Cancella definitivamente' }).click();
  await expect(page.getByText(/Dati di .*Giulia.* cancellati/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Rossi/i })).toHaveCount(0);

  // The other station's file, made before the erasure, merged in: Giulia Rossi stays erased.
  await app.open('impostazioni');
  await page.getByLabel('Unisci dati di un’altra postazione').setInputFiles(before);
  await expect(page.getByText(/Dati di persone cancellate su richiesta non ripresi o tolti anche qui: 3/)).toBeVisible();
  // Everything else in the file is already here: nothing to merge, and the person is not taken back.
  await expect(page.getByText('Non c’è niente da unire').first()).toBeVisible();
  const privacy = page.getByRole('region', { name: 'Protezione dei dati personali' });
  await expect(privacy.getByLabel('Partecipante')).toBeVisible();
  await expect(privacy.getByLabel('Partecipante').locator('option', { hasText: 'Rossi Giulia' })).toHaveCount(0);
  await expect(privacy.getByLabel('Partecipante').locator('option', { hasText: 'Bianchi Marco' })).toHaveCount(1);

  // The same file offered for a restore: the review says, before anything is replaced, that she stays out.
  await page.getByRole('button', { name: 'Chiudi' }).click();
  await page.getByLabel('Ripristina da file').setInputFiles(before);
  const review = page.getByRole('region', { name: 'Contenuto del backup da ripristinare' });
  await expect(review.getByText(/Persone lasciate fuori: 1\./)).toBeVisible();
  await expect(review.getByText('persone cancellate su richiesta: 1')).toBeVisible();
  await expect(review.getByText('risposte ai questionari ripristinate senza il nome di chi le ha firmate: 1')).toBeVisible();
  await review.getByRole('button', { name: 'Non ripristinare' }).click();
  await expect(review).toHaveCount(0);
});
