// What a packaged build offers beyond the app's own screens: no DevTools, and not Electron's default menu
// (File, Edit, View with «Toggle Developer Tools» and «Reload», Help linking to electronjs.org). A development
// build (`npm start` with Electron, the end-to-end suite) keeps both. Pure, so it is tested in Node.
import type { MenuItemConstructorOptions } from 'electron';

/** DevTools only while developing (`app.isPackaged` is false when Electron runs the project folder). */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged;
}

/**
 * The menu of a packaged build, for `Menu.setApplicationMenu` (null removes the default menu, and on Windows and
 * Linux the menu bar with it). macOS keeps a minimal one: its copy, paste and quit shortcuts live in the menu.
 */
export function packagedMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
}
