// Lifecycle only: single-instance lock, the app scheme, the window, IPC, backups on quit.
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { join } from 'node:path';
import { packagedMenuTemplate } from './app-menu';
import { BackupScheduler } from './backup-scheduler';
import { createHandlers, type MainDeps } from './ipc/handlers';
import { printHtml, printToPdf } from './ipc/printing';
import { registerHandlers } from './ipc/register';
import { CHANNELS, type BackupReason } from './preload/api';
import { declareAppScheme, serveRenderer } from './protocol';
import { createMainWindow, hardenDefaultSession } from './window';

let mainWindow: BrowserWindow | null = null;
let quitting = false;

// The controls Chromium draws itself (date fields as gg/mm/aaaa, the required-field bubble) follow this locale, not
// the app's language setting: Italian, as the people who use Ospita write dates, whatever the system's language.
app.commandLine.appendSwitch('lang', 'it-IT');

// A separate data folder on request: portable installs and the end-to-end suite.
if (process.env.OSPITA_USER_DATA) app.setPath('userData', process.env.OSPITA_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  const scheduler = new BackupScheduler(() => mainWindow);

  void app.whenReady().then(() => {
    hardenDefaultSession();
    // A packaged build has no DevTools (window.ts) and not Electron's default menu, which offers them.
    if (app.isPackaged) {
      const template = packagedMenuTemplate(process.platform);
      Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
    }
    serveRenderer(join(__dirname, '../renderer'));
    const deps: MainDeps = {
      userDataDir: app.getPath('userData'),
      defaultDocumentsDir: app.getPath('documents'),
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        runtime: 'electron',
        electronVersion: process.versions.electron ?? null,
        platform: process.platform,
        userDataPath: app.getPath('userData'),
      }),
      chooseSavePath: async ({ defaultPath, filters }) => {
        // Windows and macOS always ask before replacing a file; GTK on Linux only when told to.
        const result = await dialog.showSaveDialog(mainWindow!, { defaultPath, filters, properties: ['showOverwriteConfirmation'] });
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      chooseFolder: async ({ defaultPath, title }) => {
        const result = await dialog.showOpenDialog(mainWindow!, { defaultPath, title, properties: ['openDirectory', 'createDirectory'] });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      showItemInFolder: (path) => shell.showItemInFolder(path),
      print: printHtml,
      printToPdf,
      // Only mailto: URLs built and checked by the mail handler reach this (src-main/mail/mailto.ts).
      openExternal: (url) => shell.openExternal(url),
    };
    const handlers = createHandlers(deps);
    const writeBackup = handlers[CHANNELS.writeBackup];
    handlers[CHANNELS.writeBackup] = async (payload) => {
      const entry = await writeBackup(payload);
      scheduler.backupWritten((payload as { reason: BackupReason }).reason);
      return entry;
    };
    registerHandlers(handlers);
    mainWindow = createMainWindow(join(__dirname, '../preload'));
    mainWindow.on('closed', () => (mainWindow = null));
    scheduler.start();
  });

  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    scheduler.stop();
    void scheduler.backupBeforeQuit().finally(() => app.quit());
  });

  app.on('window-all-closed', () => app.quit());
}
