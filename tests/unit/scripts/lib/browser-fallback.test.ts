import { createServer, type Server } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appDataFolder, browserArgs, browserProfileFolder, portFromEnv, probeInstance, serveOrReuse } from '../../../../scripts/lib/browser-fallback.mjs';
import { chromiumCandidates } from '../../../../scripts/lib/find-chromium.mjs';
import { startStaticServer } from '../../../../scripts/lib/static-server.mjs';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

describe('where the browser fallback keeps its data', () => {
  it('is a profile of its own inside the folder the desktop app uses, on every system', () => {
    expect(browserProfileFolder({ platform: 'win32', env: { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, home: 'C:\\Users\\anna' })).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\Ospita\\browser-profile',
    );
    expect(browserProfileFolder({ platform: 'linux', env: {}, home: '/home/anna' })).toBe('/home/anna/.config/Ospita/browser-profile');
    expect(browserProfileFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '/srv/conf' }, home: '/home/anna' })).toBe('/srv/conf/Ospita/browser-profile');
    expect(browserProfileFolder({ platform: 'darwin', env: {}, home: '/Users/anna' })).toBe('/Users/anna/Library/Application Support/Ospita/browser-profile');
    // The desktop app's own override (portable installs, tests) moves it along.
    expect(appDataFolder({ platform: 'linux', env: { OSPITA_USER_DATA: '/media/usb/ospita' }, home: '/home/anna' })).toBe('/media/usb/ospita');
  });
});

describe("the browser's command line", () => {
  it('opens the app in its own window with the dedicated profile and nothing talking to the network', () => {
    const args = browserArgs('http://127.0.0.1:4173/index.html', '/home/anna/.config/Ospita/browser-profile');
    expect(args).toContain('--user-data-dir=/home/anna/.config/Ospita/browser-profile');
    expect(args).toContain('--app=http://127.0.0.1:4173/index.html');
    for (const flag of ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions']) expect(args).toContain(flag);
    expect(args).not.toContain('--no-sandbox');
    expect(browserArgs('http://127.0.0.1:4173/index.html', '/root/p', { runningAsRoot: true })).toContain('--no-sandbox');
    // Exactly one profile flag: a second one from elsewhere would win.
    expect(args.filter((a) => a.startsWith('--user-data-dir')).length).toBe(1);
  });

  it('finds Chrome, Chromium or Edge where they install themselves on Windows and macOS', () => {
    const win = chromiumCandidates({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' } });
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Users\\anna\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(chromiumCandidates({ platform: 'darwin', env: {}, home: '/Users/anna' })).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(chromiumCandidates({ platform: 'linux', env: { CHROMIUM_PATH: '/opt/c/chrome' } })[0]).toBe('/opt/c/chrome');
  });
});

describe('the port', () => {
  it('is 4173 unless OSPITA_PORT names another one; a PORT left by another tool changes nothing', () => {
    expect(portFromEnv({})).toEqual({ ok: true, port: 4173 });
    expect(portFromEnv({ PORT: '3000' })).toEqual({ ok: true, port: 4173 });
    expect(portFromEnv({ OSPITA_PORT: '4180' })).toEqual({ ok: true, port: 4180 });
    for (const bad of ['abc', '80', '70000', '41.5']) expect(portFromEnv({ OSPITA_PORT: bad })).toMatchObject({ ok: false, message: expect.stringContaining('non è una porta valida') });
  });

  async function tmpRoot() {
    const dir = await mkdtemp(join(tmpdir(), 'ospita-fallback-'));
    await writeFile(join(dir, 'index.html'), '<title>Ospita</title>');
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('is served when free', async () => {
    const root = await tmpRoot();
    const outcome = await serveOrReuse({ root, port: 0 });
    expect(outcome.kind).toBe('started');
    if (outcome.kind === 'started') cleanup.push(() => outcome.server.close());
  });

  it('held by an Ospita already running: that one is reused, at the same address (the same origin, the same data)', async () => {
    const root = await tmpRoot();
    const first = await startStaticServer(root);
    cleanup.push(() => first.close());
    const port = Number(new URL(first.url).port);
    expect(await probeInstance(first.url)).toBe('ospita');
    const outcome = await serveOrReuse({ root, port });
    expect(outcome).toEqual({ kind: 'reused', url: first.url });
  });

  it('held by another program: the start stops with an Italian message, and no other port is tried', async () => {
    const root = await tmpRoot();
    const other: Server = createServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n\r\n<h1>another tool</h1>', () => socket.destroy()));
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
    cleanup.push(() => new Promise((ok) => other.close(ok)));
    const port = (other.address() as { port: number }).port;
    const tried: number[] = [];
    const outcome = await serveOrReuse({
      root,
      port,
      start: (r, options) => {
        tried.push(options.port);
        return startStaticServer(r, options);
      },
    });
    expect(outcome.kind).toBe('busy');
    if (outcome.kind === 'busy') expect(outcome.message).toMatch(new RegExp(`La porta ${port} .* già usata da un altro programma`));
    expect(tried).toEqual([port]);
    expect(await probeInstance(`http://127.0.0.1:${port}`)).toBe('other');
  });
});
