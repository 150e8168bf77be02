import { expect, test, type App } from './fixtures';

// Editing where you are, on every list: «Modifica» opens the form (in a dialog, or the offer's own page) with the
// focus on its first field, and once it is saved or closed the focus is back on the row it came from, in view.
// (The programme's items, edited right under their row, are checked in programme.spec.ts.)

const nav = (app: App, name: string) => app.page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name, exact: true });

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 768 });
  await app.open('offerte');
  await app.page.getByRole('button', { name: 'Prova con i dati dimostrativi' }).click();
  await expect(app.page.getByText(/Dati dimostrativi caricati/)).toBeVisible();
});

test('a session is edited in a dialog that starts on its first field and hands the focus back to its row', async ({ app }) => {
  const { page } = app;
  await nav(app, 'Sessioni').click();
  const edit = page.locator('tbody tr').last().getByRole('button', { name: /^Modifica la sessione/ });
  await edit.click();
  const dialog = page.getByRole('dialog', { name: 'Modifica sessione' });
  // The offer cannot change for a saved session: the first field that can is focused.
  await expect(dialog.locator('input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea').first()).toBeFocused();
  await dialog.getByRole('button', { name: 'Chiudi', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(edit).toBeInViewport();

  // Saved: the same.
  await edit.click();
  await page.getByRole('dialog', { name: 'Modifica sessione' }).getByLabel('Note').fill('Ingresso dal cortile');
  await page.getByRole('dialog', { name: 'Modifica sessione' }).getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(edit).toBeFocused();
});

test('a participant is edited in a dialog that starts on the surname and hands the focus back to the row', async ({ app }) => {
  const { page } = app;
  await nav(app, 'Partecipanti').click();
  const edit = page.getByRole('button', { name: /^Modifica .*Cantù/ });
  await edit.click();
  const dialog = page.getByRole('dialog', { name: /^Modifica: / });
  await expect(dialog.locator('input, select, textarea').first()).toBeFocused();
  await expect(dialog.getByLabel('Cognome')).toBeFocused();
  await dialog.getByLabel('Esigenze alimentari').fill('Vegetariana');
  await dialog.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(edit).toBeInViewport();
});

test('an offer opens on its first field, and «Torna all’elenco» brings the focus back to its row', async ({ app }) => {
  const { page } = app;
  const link = page.locator('a.title').last();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('form.offer-form').locator('input, select, textarea').first()).toBeFocused();
  await page.getByRole('button', { name: 'Torna all’elenco' }).click();
  const back = page.getByRole('link', { name: title, exact: true });
  await expect(back).toBeFocused();
  await expect(back).toBeInViewport();
});
