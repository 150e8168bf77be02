// Serves the built renderer on 127.0.0.1: used by `npm start` in browser mode and by the end-to-end suite.
// Every response carries the app's Content-Security-Policy and nosniff (the same headers as the desktop app's
// scheme, from src-main/web-policy.mjs); a request whose Host is not this server's own address is refused, so a
// web page that points its own name at 127.0.0.1 (DNS rebinding) cannot read the app; nothing outside the folder
// is served, symbolic links included. Plain Node, no dependencies, so it runs before anything is built.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { containedFile } from '../../src-main/contained-file.mjs';
import { contentTypeFor, securityHeaders } from '../../src-main/web-policy.mjs';

/** Answered with {"app":"ospita"}: how `npm start` recognises an Ospita already serving on its port. */
export const INSTANCE_PATH = '/.well-known/ospita';

/** The file a request path names inside `root` (not yet checked on disk), or null when it would leave it. */
export function requestedPath(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl ?? '/', 'http://x').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const rel = normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return null;
  const base = resolve(root);
  const file = resolve(base, rel);
  const inside = relative(base, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? file : null;
}

/** True when a request's Host header is exactly this server's address ("127.0.0.1:4173"), as browsers send it. */
export function isOwnHost(hostHeader, ownHost) {
  return typeof hostHeader === 'string' && hostHeader.toLowerCase() === ownHost.toLowerCase();
}

/** Resolves to { url, close() } once listening; port 0 picks a free port. Rejects (EADDRINUSE…) if it cannot listen. */
export async function startStaticServer(root, { port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  let ownHost = '';
  const server = createServer(async (req, res) => {
    const refuse = (status, text) => res.writeHead(status, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' }).end(text);
    if (!isOwnHost(req.headers.host, ownHost)) return refuse(403, 'Host non consentito');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Metodo non consentito');
    if ((req.url ?? '/').split('?')[0] === INSTANCE_PATH) {
      return res.writeHead(200, { ...securityHeaders(), 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{"app":"ospita"}');
    }
    const requested = requestedPath(base, req.url);
    const file = requested ? await containedFile(base, requested) : null;
    if (!file) return refuse(404, 'Not found');
    res.writeHead(200, { ...securityHeaders(), 'content-type': contentTypeFor(file.path), 'content-length': file.size, 'cache-control': 'no-cache' });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file.path)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = new URL(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
  ownHost = url.host;
  return {
    url: url.origin,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections?.();
      }),
  };
}

export const rendererDir = (projectRoot) => join(projectRoot, 'out', 'renderer');
