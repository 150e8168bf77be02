// Printing and PDF through a hidden, sandboxed window with JavaScript off: the HTML is a finished document.
import { BrowserWindow } from 'electron';
import type { PrintResult } from '../preload/api';

async function loadHidden(html: string): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
  return win;
}

export async function printHtml(html: string, options: { title: string; landscape: boolean }): Promise<PrintResult> {
  const win = await loadHidden(html);
  try {
    return await new Promise<PrintResult>((resolve) => {
      win.webContents.print({ silent: false, printBackground: true, landscape: options.landscape, header: options.title }, (success) =>
        resolve(success ? { status: 'printed' } : { status: 'cancelled' }),
      );
    });
  } finally {
    win.destroy();
  }
}

export async function printToPdf(html: string, options: { landscape: boolean }): Promise<Uint8Array> {
  const win = await loadHidden(html);
  try {
    const buffer = await win.webContents.printToPDF({ landscape: options.landscape, printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
    return new Uint8Array(buffer);
  } finally {
    win.destroy();
  }
}
