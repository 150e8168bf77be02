import { describe, expect, it } from 'vitest';
import { devToolsAllowed, packagedMenuTemplate } from '../../../src-main/app-menu';

describe('a packaged build', () => {
  it('has no DevTools; a development build keeps them', () => {
    expect(devToolsAllowed(true)).toBe(false);
    expect(devToolsAllowed(false)).toBe(true);
  });

  it('has no menu on Windows and Linux, and on macOS only the menus its shortcuts need, none with DevTools or reload', () => {
    expect(packagedMenuTemplate('win32')).toBeNull();
    expect(packagedMenuTemplate('linux')).toBeNull();
    const mac = packagedMenuTemplate('darwin');
    expect(mac?.map((m) => m.role)).toEqual(['appMenu', 'editMenu', 'windowMenu']);
    expect(JSON.stringify(mac)).not.toMatch(/viewMenu|toggleDevTools|reload/i);
  });
});
