import { expect, test } from './fixtures';
import { demoSession, seed } from './seed';

// Chromium's own date and time inputs show 11/30/2026 and 04:30 PM on an English system whatever the page's
// language: Ospita's fields take dates and times as Italians type them, whatever the browser.

test('a date typed as 7/5/2026 and a time typed as 9.30 are saved, shown the Italian way and given their weekday', async ({ app }) => {
  const { page } = app;
  await app.open('sessioni');
  await seed(page, { ...demoSession({ days: ['2026-06-11', '2026-06-12'] }), agendaItems: [] });
  await app.reload();

  // The session editor: the date shown as gg/mm/aaaa with its weekday.
  await page.locator('tbody tr').first().getByRole('button', { name: 'Modifica' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifica sessione' });
  const day = dialog.getByLabel('Giorno 1');
  await expect(day).toHaveValue('11/06/2026');
  await expect(day).toHaveAccessibleDescription('giovedì 11 giugno 2026');

  // A day that does not exist is said in words, and nothing is saved.
  await day.clear();
  await day.pressSequentially('31/02/2026');
  await day.press('Tab');
  await expect(dialog.getByText('La data 31/02/2026 non esiste: controlla giorno e mese.')).toBeVisible();
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Salva' }).click();
  await expect(dialog.getByText('Una data manca o non è valida: scrivila come gg/mm/aaaa, per esempio 07/05/2026.')).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(page.locator('tbody tr').first()).toContainText('giovedì 11 e venerdì 12 giugno 2026');

  await day.clear();
  await day.pressSequentially('7/5/2026');
  await expect(dialog.getByText('giovedì 7 maggio 2026', { exact: true })).toBeVisible();
  await expect(dialog.getByText(/non esiste/)).toBeHidden();
  await day.press('Tab');
  await expect(day).toHaveValue('07/05/2026');
  await expect(day).not.toHaveAttribute('aria-invalid', 'true');
  // The second day follows the first.
  await expect(dialog.getByLabel('Giorno 2')).toHaveValue('08/05/2026');
  await expect(dialog.getByLabel('Giorno 2')).toHaveAccessibleDescription(/^venerdì 8 maggio 2026/);
  await dialog.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Sessione salvata.')).toBeVisible();
  await expect(page.locator('tbody tr').first()).toContainText('giovedì 7 e venerdì 8 maggio 2026');
  await page.locator('tbody tr').first().getByRole('button', { name: 'Modifica' }).click();
  await expect(page.getByRole('dialog', { name: 'Modifica sessione' }).getByLabel('Giorno 1')).toHaveValue('07/05/2026');
  await page.getByRole('dialog').getByRole('button', { name: 'Chiudi' }).first().click();

  // The programme: 9.30 is 09:30, 24:00 is no time at all.
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Programma', exact: true }).click();
  await page.getByRole('button', { name: 'Aggiungi attività' }).click();
  await page.getByLabel('Titolo').fill('Accoglienza');
  const start = page.getByLabel('Inizio');
  const end = page.getByLabel('Fine');
  await start.clear();
  await start.pressSequentially('9.30');
  await start.press('Tab');
  await expect(start).toHaveValue('09:30');
  await end.clear();
  await end.pressSequentially('24:00');
  await end.press('Tab');
  await expect(page.getByText('L’ora 24:00 non esiste: le ore vanno da 00 a 23 e i minuti da 00 a 59.')).toBeVisible();
  await end.clear();
  await end.pressSequentially('1045');
  // Enter saves with the time as typed.
  await end.press('Enter');
  await expect(page.getByText('Attività «Accoglienza» aggiunta.')).toBeVisible();
  await expect(page.locator('table.agenda tbody tr').filter({ hasText: 'Accoglienza' })).toContainText('09:30–10:45');

  // In English, the weekday in English and the same day-first order.
  await page.getByLabel('Lingua').selectOption('en');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sessions', exact: true }).click();
  await page.locator('tbody tr').first().getByRole('button', { name: 'Edit' }).click();
  const english = page.getByRole('dialog', { name: 'Edit session' }).getByLabel('Day 1');
  await expect(english).toHaveValue('07/05/2026');
  await expect(english).toHaveAccessibleDescription('Thursday 7 May 2026');
  await expect(english).toHaveAttribute('placeholder', 'dd/mm/yyyy');
});
