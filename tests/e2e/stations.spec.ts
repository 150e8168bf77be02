// Two laptops at the door (issue 15): each has a name and an identity of its own from the first start, and
// after merging the other station's data «Annulla l'ultima azione» takes back only what was recorded here,
// even when the other station has the same name. A restore keeps this laptop's name.
import type { Page } from '@playwright/test';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBackupDocument, serialiseBackup, type BackupDocument } from '../../src-renderer/lib/db/backup-document';
import type { AttendanceEvent, Participant } from '../../src-renderer/lib/domain/types';
import { expect, test } from './fixtures';
import { installHostBridge } from './host-bridge';
import { codeFor, demoSession, pageToday, seed } from './seed';

const stationField = (page: Page) => page.getByLabel('Nome di questa postazione');
const banner = (page: Page) => page.locator('.banner');
const row = (page: Page, name: string) => page.getByRole('listitem').filter({ hasText: name });

test('two new stations have different names, and undo after a merge never takes back the other station’s walk-in', async ({ app, browser, server }) => {
  const { page } = app;
  await app.open('checkin');
  const today = await pageToday(page);
  await seed(page, demoSession({ days: [today] }));
  await app.reload();

  // Each laptop gets a name of its own on first start: never both «Postazione 1».
  await app.open('impostazioni');
  await expect(stationField(page)).toHaveValue(/^Postazione [2-9A-Z]{4}$/);
  const nameHere = await stationField(page).inputValue();
  const other = await browser.newContext();
  const there = await other.newPage();
  await installHostBridge(there, join(app.dir, 'there'));
  await there.goto(`${server.url}/index.html#/impostazioni`);
  await expect(stationField(there)).toHaveValue(/^Postazione [2-9A-Z]{4}$/);
  expect(await stationField(there).inputValue()).not.toBe(nameHere);
  await other.close();

  // This station checks Giulia Bianchi in.
  await app.open('checkin');
  await page.getByLabel('Cerca il partecipante o leggi il codice').fill('bianchi');
  await page.keyboard.press('Enter');
  await expect(row(page, 'Bianchi Giulia')).toContainText('Presente dalle');

  // The other laptop, given the same name by hand, registered a walk-in a minute later; its backup is merged here.
  await app.open('impostazioni');
  await page.getByRole('button', { name: 'Esporta backup' }).click();
  await expect(page.getByText(/Backup salvato in/)).toBeVisible();
  const [saved] = await readdir(join(app.dir, 'saved'));
  const mine = JSON.parse(await readFile(join(app.dir, 'saved', saved!), 'utf8')) as BackupDocument;
  const data = structuredClone(mine.data);
  const someone = data.participants[0]!;
  const walkIn: Participant = { ...someone, id: 'walk-in-there', surname: 'Brambilla', name: 'Ernesto', organisation: 'Comune di Lissone', email: '', checkinCode: codeFor(99), walkIn: true, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
  const later = new Date(Date.now() + 60_000).toISOString();
  const entry: AttendanceEvent = { id: 'there-1', sessionId: someone.sessionId, participantId: walkIn.id, day: today, kind: 'in', time: '09:30', recordedAt: later, station: nameHere, stationId: 'the-other-laptop', source: 'desk', voidsEventId: null, reason: '' };
  data.participants.push(walkIn);
  data.attendance.push(entry);
  data.settings = data.settings.map((s) => ({ ...s, stationName: nameHere, stationId: 'the-other-laptop' }));
  const theirs = await buildBackupDocument(data, { appVersion: mine.appVersion, schemaVersion: mine.schemaVersion, createdAt: later, station: nameHere });
  const path = join(app.dir, 'altra-postazione.json');
  await writeFile(path, serialiseBackup(theirs));
  await page.getByLabel('Unisci dati di un’altra postazione').setInputFiles(path);
  await expect(page.getByText('Registrazioni di presenza: nuove 1, già presenti 1 (nessuna viene duplicata).')).toBeVisible();
  await page.getByRole('button', { name: 'Unisci i dati' }).click();
  await expect(page.getByText(/Dati uniti/)).toBeVisible();

  // Undo here takes back this station's check-in, not the later walk-in of the other.
  await app.open('checkin');
  await expect(row(page, 'Brambilla Ernesto')).toContainText('Presente dalle');
  await page.getByRole('button', { name: 'Annulla l’ultima azione' }).click();
  await expect(banner(page)).toContainText('Annullato l’ingresso di Giulia Bianchi');
  await expect(row(page, 'Bianchi Giulia')).toContainText('Non arrivato');
  await expect(row(page, 'Brambilla Ernesto')).toContainText('Presente dalle');
  await page.getByRole('button', { name: 'Annulla l’ultima azione' }).click();
  await expect(banner(page)).toContainText('Non c’è nessuna azione da annullare');
  await expect(row(page, 'Brambilla Ernesto')).toContainText('Presente dalle');

  // Restoring the other laptop's backup keeps this laptop's name (and its identity: undo still knows its own).
  await app.open('impostazioni');
  await stationField(page).fill('Ingresso sala');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Impostazioni salvate.')).toBeVisible();
  await page.getByLabel('Ripristina da file').setInputFiles(path);
  await expect(page.getByText('Il nome e l’identità di questa postazione restano quelli di questo computer')).toBeVisible();
  await page.getByRole('button', { name: 'Sostituisci tutti i dati con questo backup' }).click();
  await expect(page.getByText(/Dati ripristinati/)).toBeVisible();
  await app.reload();
  await expect(stationField(page)).toHaveValue('Ingresso sala');
});
