import { expect, test } from './fixtures';

// The app opened in a plain browser (npm start without Electron): no host bridge, so PDFs go through the print
// dialog. However that dialog ends (printed, cancelled, or a build that fires no 'afterprint' in a frame), the
// document's card must not stay on «Preparazione del documento…».

for (const ending of ['afterprint', 'no afterprint'] as const) {
  test(`the browser's PDF path ends when the print dialog closes (${ending})`, async ({ page, server }) => {
    test.slow();
    // The print dialog, closed at once: in every frame (the document is printed from a hidden one).
    await page.addInitScript((fire) => {
      window.print = () => {
        if (fire) window.dispatchEvent(new Event('afterprint'));
      };
    }, ending === 'afterprint');
    await page.goto(`${server.url}/index.html#/offerte`);
    await page.getByRole('button', { name: 'Prova con i dati dimostrativi' }).click();
    await expect(page.getByText(/Dati dimostrativi caricati/)).toBeVisible();
    await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Documenti', exact: true }).click();
    await page.getByRole('button', { name: 'PDF – Programma' }).click();
    await expect(page.getByText('Si è aperta la finestra di stampa: scegliere «Salva come PDF» come stampante.')).toBeVisible({ timeout: 90_000 });
    await expect(page.getByText('Preparazione del documento…')).toHaveCount(0);
    // A second time works the same (the first frame is cleared away, not left waiting).
    await page.getByRole('button', { name: 'PDF – Programma' }).click();
    await expect(page.getByText('Preparazione del documento…')).toHaveCount(0, { timeout: 90_000 });
    await expect(page.locator('iframe[aria-hidden="true"]')).toHaveCount(1);
  });
}
