// The main window: sandboxed, isolated, no Node, no navigation away, no new windows, no permissions.
import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { devToolsAllowed } from './app-menu';
import { APP_ENTRY_URL, isNavigationAllowed, isPermissionGranted, isRequestAllowed } from './security';

export function hardenDefaultSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionGranted(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));
  // No request ever leaves the machine: anything that is not the app's own scheme or inline data is cancelled,
  // file: included (the scheme's handler reads the app's files itself, see app-protocol.ts).
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
}

export function createMainWindow(preloadDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Ospita',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(preloadDir, 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: devToolsAllowed(app.isPackaged),
    },
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
