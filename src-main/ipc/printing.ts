// Printing and PDF through a hidden, sandboxed window with JavaScript and DevTools off: the HTML is a finished
// document, served from memory on the app's scheme (see ../print-pages.ts), one job at a time.
import { BrowserWindow } from 'electron';
import { printPages } from '../print-pages';
import type { PrintResult } from '../preload/api';
import { createSerialQueue } from '../serial-queue';

const jobs = createSerialQueue();

async function withHiddenPage<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const page = printPages.add(html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, devTools: false, spellcheck: false },
  });
  try {
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    await win.loadURL(page.url);
    return await use(win);
  } finally {
    page.release();
    win.destroy();
  }
}

export function printHtml(html: string, options: { title: string; landscape: boolean }): Promise<PrintResult> {
  return jobs.run(() =>
    withHiddenPage(
      html,
      (win) =>
        new Promise<PrintResult>((resolve) => {
          win.webContents.print({ silent: false, printBackground: true, landscape: options.landscape, header: options.title }, (success) =>
            resolve(success ? { status: 'printed' } : { status: 'cancelled' }),
          );
        }),
    ),
  );
}

export function printToPdf(html: string, options: { landscape: boolean }): Promise<Uint8Array> {
  return jobs.run(() =>
    withHiddenPage(html, async (win) => {
      const buffer = await win.webContents.printToPDF({ landscape: options.landscape, printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
      return new Uint8Array(buffer);
    }),
  );
}
