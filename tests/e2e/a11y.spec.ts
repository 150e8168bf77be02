import { expect, test } from './fixtures';
import { seriousViolations } from './axe';

const ROUTES = ['offerte', 'sessioni', 'programma', 'partecipanti', 'checkin', 'documenti', 'impostazioni'];

test('every screen, empty, has no serious or critical accessibility violation', async ({ app }) => {
  for (const route of ROUTES) {
    await app.open(route);
    await expect(app.page.locator('main h1')).toBeVisible();
    expect(await seriousViolations(app.page), `axe on #/${route}`).toEqual([]);
  }
});

test('the navigation is reachable by keyboard with a visible focus', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Vai al contenuto' })).toBeFocused();
  const settings = page.getByRole('link', { name: 'Impostazioni' });
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await settings.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(settings).toBeFocused();
  await expect(settings).not.toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
});

test('a screen change puts the focus on the content without drawing a frame around it; controls keep their ring', async ({ app }) => {
  const { page } = app;
  await app.open('offerte');
  const main = page.locator('main#main');
  // By keyboard (Enter on a link) and by a change of address, as the screenshot script does.
  await page.getByRole('link', { name: 'Sessioni' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessioni' })).toBeVisible();
  await expect(main).toBeFocused();
  await expect(main).toHaveCSS('box-shadow', 'none');
  await expect(main).toHaveCSS('outline-style', 'none');
  await page.goto(page.url().replace('#/sessioni', '#/documenti'));
  await expect(page.getByRole('heading', { level: 1, name: 'Documenti' })).toBeVisible();
  await expect(main).toBeFocused();
  await expect(main).toHaveCSS('box-shadow', 'none');
  // The next Tab lands on a control, which shows where the focus is.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).not.toHaveCSS('outline-style', 'none');
});
