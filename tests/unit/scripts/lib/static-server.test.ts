import { request } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INSTANCE_PATH, isOwnHost, requestedPath, startStaticServer } from '../../../../scripts/lib/static-server.mjs';
import { CONTENT_SECURITY_POLICY } from '../../../../src-main/web-policy.mjs';

let dir: string;
let root: string;
let server: { url: string; close(): Promise<void> };

/** A raw request, so the Host header can be anything, or missing ('') (fetch always sends the URL's own). */
function get(path: string, { host, method = 'GET' }: { host?: string; method?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const headers = host === '' ? {} : { host: host ?? url.host };
    const req = request({ host: url.hostname, port: url.port, path, method, headers, setHost: host !== '' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ospita-static-'));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Ospita</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(dir, 'secret.txt'), 'personal data');
  server = await startStaticServer(root);
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the browser fallback's server", () => {
  it("sends the desktop app's Content-Security-Policy and nosniff with every file", async () => {
    for (const path of ['/', '/index.html', '/assets/app.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await get('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    // Refusals carry them too.
    const missing = await get('/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a request whose Host is not its own address (a rebinding page sends its own name)', async () => {
    const own = new URL(server.url);
    expect((await get('/index.html', { host: 'evil.example' })).status).toBe(403);
    expect((await get('/index.html', { host: `evil.example:${own.port}` })).status).toBe(403);
    expect((await get('/index.html', { host: `localhost:${own.port}` })).status).toBe(403);
    expect((await get('/index.html', { host: `127.0.0.1:${Number(own.port) + 1}` })).status).toBe(403);
    // No Host at all: Node's own parser already answers 400.
    expect([400, 403]).toContain((await get('/index.html', { host: '' })).status);
    const refused = await get('/index.html', { host: 'evil.example' });
    expect(refused.body).not.toContain('Ospita');
    expect((await get('/index.html', { host: own.host })).status).toBe(200);
  });

  it('never follows a symbolic link out of the build folder, nor a path that climbs out of it', async () => {
    await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    await symlink(dir, join(root, 'up'));
    for (const path of ['/assets/leak.txt', '/up/secret.txt', '/../secret.txt', '/%2e%2e/secret.txt', '/assets%2f..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('personal data');
    }
  });

  it('serves only GET and HEAD, and says it is Ospita to a later `npm start`', async () => {
    expect((await get('/index.html', { method: 'POST' })).status).toBe(405);
    const head = await get('/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const instance = await get(INSTANCE_PATH);
    expect(JSON.parse(instance.body)).toEqual({ app: 'ospita' });
    expect(instance.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('checks paths and hosts as pure functions too', () => {
    expect(requestedPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(requestedPath('/srv/app', '/a/b.js?v=1')).toBe('/srv/app/a/b.js');
    expect(requestedPath('/srv/app', '/a%2f..%2f..%2fx')).toBeNull();
    expect(requestedPath('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(isOwnHost('127.0.0.1:4173', '127.0.0.1:4173')).toBe(true);
    expect(isOwnHost(undefined, '127.0.0.1:4173')).toBe(false);
    expect(isOwnHost('127.0.0.1:4173.evil.example', '127.0.0.1:4173')).toBe(false);
  });
});
