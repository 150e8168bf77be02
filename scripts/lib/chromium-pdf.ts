// PDF from printable HTML through the system Chromium, as the desktop app's printer makes it: used by the
// command-line tools (`npm run documents`, `npm run mail-drafts`). Null when no Chromium is installed.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

export type PdfPrinter = (html: string, landscape: boolean) => Promise<Uint8Array>;

export interface ChromiumPdf {
  pdf: PdfPrinter;
  close(): Promise<void>;
}

export async function startChromiumPdf(): Promise<ChromiumPdf | null> {
  const executablePath = await findChromium();
  if (!executablePath) return null;
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  return {
    pdf: async (html, landscape) => {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ format: 'A4', landscape, printBackground: true, preferCSSPageSize: true }));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
