import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler } from '../../../src-main/app-protocol';
import { PrintPages } from '../../../src-main/print-pages';
import { CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY } from '../../../src-main/web-policy.mjs';

let dir: string;
let renderer: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ospita-protocol-'));
  renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Ospita</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log("ospita")');
  await writeFile(join(renderer, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(renderer, 'assets', 'titillium.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(dir, 'secret.txt'), 'personal data');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('the app scheme', () => {
  it('serves the app from disk, not through a request that the session filter would cancel', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const handle = createAppRequestHandler({ rendererDir: renderer });
    const response = await handle('ospita://app/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Ospita</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('opens index.html for the bare origin and gives scripts, styles and fonts their content types', async () => {
    const handle = createAppRequestHandler({ rendererDir: renderer });
    expect(await (await handle('ospita://app/')).text()).toContain('<title>Ospita</title>');
    const script = await handle('ospita://app/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("ospita")');
    expect((await handle('ospita://app/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await handle('ospita://app/assets/titillium.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect([...new Uint8Array(await font.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it('answers 404, with the same headers, for a missing file, a folder, another host or a path out of the folder', async () => {
    const handle = createAppRequestHandler({ rendererDir: renderer });
    for (const url of [
      'ospita://app/assets/missing.js',
      'ospita://app/assets',
      'ospita://other/index.html',
      'ospita://app/%2e%2e/secret.txt',
      'ospita://app/assets%2f..%2f..%2fsecret.txt',
      'ospita://app/..%5csecret.txt',
      'file:///etc/passwd',
    ]) {
      const response = await handle(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).not.toContain('personal data');
    }
  });

  it('never follows a symbolic link out of the build folder', async () => {
    await symlink(join(dir, 'secret.txt'), join(renderer, 'assets', 'leak.txt'));
    await symlink(dir, join(renderer, 'outside'));
    await symlink(join(renderer, 'assets', 'index-abc.js'), join(renderer, 'alias.js'));
    const handle = createAppRequestHandler({ rendererDir: renderer });
    expect((await handle('ospita://app/assets/leak.txt')).status).toBe(404);
    expect((await handle('ospita://app/outside/secret.txt')).status).toBe(404);
    // A link that stays inside the folder is harmless.
    expect(await (await handle('ospita://app/alias.js')).text()).toBe('console.log("ospita")');
  });

  it('works when the build folder itself is reached through a link (a packaged or relocated app)', async () => {
    await symlink(renderer, join(dir, 'linked-renderer'));
    const handle = createAppRequestHandler({ rendererDir: join(dir, 'linked-renderer') });
    expect((await handle('ospita://app/index.html')).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const handle = createAppRequestHandler({ rendererDir: renderer });
    const head = await handle('ospita://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('36');
    expect(await head.text()).toBe('');
    expect((await handle('ospita://app/index.html', 'POST')).status).toBe(405);
  });

  it('serves a page waiting to be printed with a policy that allows no script, until it is released', async () => {
    const pages = new PrintPages();
    const handle = createAppRequestHandler({ rendererDir: renderer, printPages: pages });
    const logo = `data:image/png;base64,${'A'.repeat(3 * 1024 * 1024)}`;
    const html = `<!doctype html><img src="${logo}">`;
    const page = pages.add(html);
    expect(page.url).toMatch(/^ospita:\/\/print\/[0-9a-f-]{36}\.html$/);
    const response = await handle(page.url);
    expect(response.status).toBe(200);
    expect((await response.text()).length).toBe(html.length);
    expect(response.headers.get('content-security-policy')).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toContain('script-src');
    page.release();
    expect((await handle(page.url)).status).toBe(404);
    expect(pages.size).toBe(0);
  });
});
