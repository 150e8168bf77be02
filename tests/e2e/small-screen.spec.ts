import type { Page } from '@playwright/test';
import { expect, test, type App } from './fixtures';

// A small laptop: 1024×768. No screen may scroll sideways, and no part of one may hide in a sideways scroller
// nobody sees (the row buttons of a table); the check-in confirmation is in view once given.

/**
 * Elements wider than the room they are given: the page itself, or a box that scrolls sideways inside it (except
 * the boxes named in `allowed`, which are meant to: the grid of paper answers has a column per question).
 */
async function sidewaysScrollers(page: Page, allowed: string[] = []): Promise<string[]> {
  return page.evaluate((allowed) => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page (${root.scrollWidth - root.clientWidth} px)`);
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1 && !allowed.some((s) => el.matches(s))) {
        found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${el.scrollWidth - el.clientWidth} px)`);
      }
    }
    return found;
  }, allowed);
}

/**
 * Visible elements that stick out past the right edge of the content (into main's padding or beyond), outside
 * the boxes that scroll or clip: a table pushed wider than its room, buttons touching the window's edge.
 */
async function pastTheRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const edge = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
    const found: string[] = [];
    for (const el of main.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || box.right <= edge + 1) continue;
      if (el.closest('.visually-hidden, dialog')) continue;
      let clipped = false;
      for (let up = el.parentElement; up && up !== main; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') clipped = true;
      }
      if (!clipped) found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} «${(el.textContent ?? '').trim().slice(0, 30)}» (${Math.round(box.right - edge)} px)`);
    }
    return found.slice(0, 5);
  });
}

const nav = (app: App, name: string) => app.page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name, exact: true });

for (const lang of ['it', 'en'] as const) {
  test(`at 1024×768 (${lang}) every screen fits the width, with the demo data`, async ({ app }) => {
    test.slow();
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.open('offerte');
    await page.getByRole('button', { name: 'Prova con i dati dimostrativi' }).click();
    await expect(page.getByText(/Dati dimostrativi caricati/)).toBeVisible();
    if (lang === 'en') await page.getByLabel('Lingua').selectOption('en');
    const screens = lang === 'it'
      ? [['Offerte', 'Offerte'], ['Sessioni', 'Sessioni'], ['Programma', 'Programma'], ['Partecipanti', 'Partecipanti'], ['Check-in', 'Check-in'], ['Questionario', 'Questionario'], ['Documenti', 'Documenti'], ['Riepilogo', 'Riepilogo'], ['Impostazioni', 'Impostazioni']]
      : [['Offers', 'Offers'], ['Sessions', 'Sessions'], ['Programme', 'Programme'], ['Participants', 'Participants'], ['Check-in', 'Check-in'], ['Questionnaire', 'Questionnaire'], ['Documents', 'Documents'], ['Summary', 'Summary'], ['Settings', 'Settings']];
    for (const [link, heading] of screens) {
      await page.getByRole('navigation', { name: lang === 'it' ? 'Sezioni' : 'Sections' }).getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('main table, main form, main section').first()).toBeVisible();
      // The Riepilogo's charts are drawn once its figures are read.
      if (heading === 'Riepilogo' || heading === 'Summary') await expect(page.locator('main canvas, main svg').first()).toBeVisible();
      // The Questionario's grid of paper answers has a column per question: it may scroll inside its own box.
      await expect.poll(() => sidewaysScrollers(page, ['.grid-section .table-responsive']), { message: `${heading} scrolls sideways` }).toEqual([]);
      await expect.poll(() => pastTheRightEdge(page), { message: `${heading} sticks out past the right edge` }).toEqual([]);
    }
    // The Programma's row buttons sit inside their table.
    await page.getByRole('navigation', { name: lang === 'it' ? 'Sezioni' : 'Sections' }).getByRole('link', { name: lang === 'it' ? 'Programma' : 'Programme', exact: true }).click();
    const agenda = page.locator('table.agenda').first();
    const remove = agenda.locator('tbody tr').first().getByRole('button', { name: lang === 'it' ? /^Elimina:/ : /^Delete:/ });
    await expect(remove).toBeVisible();
    const [table, button] = [(await agenda.boundingBox())!, (await remove.boundingBox())!];
    expect(button.x + button.width).toBeLessThan(table.x + table.width);
    // The sessions' and participants' row buttons are on screen, not past the right edge.
    await page.getByRole('navigation', { name: lang === 'it' ? 'Sezioni' : 'Sections' }).getByRole('link', { name: lang === 'it' ? 'Sessioni' : 'Sessions', exact: true }).click();
    const edit = page.locator('tbody tr').first().getByRole('button', { name: lang === 'it' ? 'Modifica' : 'Edit' });
    await expect(edit).toBeVisible();
    expect((await edit.boundingBox())!.x + (await edit.boundingBox())!.width).toBeLessThanOrEqual(1024);
  });
}

test('at 1024×768 the check-in confirmation is in view after Enter', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.open('offerte');
  await page.getByRole('button', { name: 'Prova con i dati dimostrativi' }).click();
  await expect(page.getByText(/Dati dimostrativi caricati/)).toBeVisible();
  await nav(app, 'Check-in').click();
  const search = page.getByLabel('Cerca il partecipante o leggi il codice');
  await expect(search).toBeFocused();
  await page.keyboard.type('cantù');
  await page.keyboard.press('Enter');
  const banner = page.locator('.banner');
  await expect(banner).toContainText('Marta Cantù');
  await expect(banner).toBeInViewport({ ratio: 1 });
  await expect(search).toBeInViewport();
});
