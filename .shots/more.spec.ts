
test('a two-day session opens on today, and the other day keeps its own attendance', async ({ app }) => {
  const { page } = app;
  await app.open('checkin');
  const today = await pageToday(page);
  const tomorrow = await page.evaluate((d) => {
    const [y, m, dd] = d.split('-').map(Number);
    const next = new Date(y!, m! - 1, dd! + 1);
    return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
  }, today);
  await seed(page, demoSession({ days: [today, tomorrow] }));
  await app.reload();
  const day = page.getByLabel('Giornata');
  await expect(day).toHaveValue(today);
  await expect(page.getByText('che non è oggi')).toHaveCount(0);
  await page.keyboard.type('rossi');
  await page.keyboard.press('Enter');
  await expect(counter(page, 'presenti')).toHaveText('1');
  await day.selectOption(tomorrow);
  await expect(page.getByText('che non è oggi')).toBeVisible();
  await expect(counter(page, 'presenti')).toHaveText('0');
  await expect(row(page, 'Rossi Nicolò')).toContainText('Non arrivato');
  await day.selectOption(today);
  await expect(row(page, 'Rossi Nicolò')).toContainText('Presente dalle');
});

test('in full screen the desk still checks in by keyboard and its dialogs still open', async ({ app }) => {
  const { page } = app;
  await openDesk(app);
  await page.getByRole('button', { name: 'Schermo intero' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('desk') ?? false)).toBe(true);
  await expect(page.getByRole('button', { name: 'Esci da schermo intero' })).toBeVisible();
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('ferrari');
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Chiara Ferrari');
  await page.getByRole('button', { name: 'Registra un nuovo arrivato' }).click();
  await expect(page.getByRole('dialog', { name: 'Nuovo arrivato' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Nuovo arrivato' }).getByRole('button', { name: 'Chiudi' }).click();
  await expect(page.getByRole('dialog', { name: 'Nuovo arrivato' })).toBeHidden();
  await expect(search(page)).toBeFocused();
  await page.getByRole('button', { name: 'Esci da schermo intero' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});
