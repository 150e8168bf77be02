// What the app's scheme answers, as a plain function of the request: the built renderer's files read with Node's
// file system, and the pages waiting to be printed. No Electron here, so it is tested in Node
// (tests/unit/src-main/app-protocol.test.ts); src-main/protocol.ts hands it to `protocol.handle`.
//
// The files are not fetched with `net.fetch(file://…)`: Electron documents that such requests go through the
// session's webRequest handlers, and the request filter of window.ts cancels every file: URL.
import { promises as fsp } from 'node:fs';
import { containedFile } from './contained-file.mjs';
import type { PrintPages } from './print-pages';
import { resolveAppAsset } from './security';
import { contentTypeFor, PRINT_CONTENT_SECURITY_POLICY, securityHeaders } from './web-policy.mjs';

export interface AppProtocolOptions {
  /** The built renderer (out/renderer, inside app.asar once packaged). */
  rendererDir: string;
  printPages?: PrintPages;
}

export type AppRequestHandler = (url: string, method?: string) => Promise<Response>;

function refused(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders() },
  });
}

export function createAppRequestHandler({ rendererDir, printPages }: AppProtocolOptions): AppRequestHandler {
  return async (url, method = 'GET') => {
    if (method !== 'GET' && method !== 'HEAD') return refused(405);
    const body = (bytes: Uint8Array<ArrayBuffer> | string) => (method === 'HEAD' ? null : bytes);

    const page = printPages?.htmlFor(url) ?? null;
    if (page !== null) {
      return new Response(body(page), {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders(PRINT_CONTENT_SECURITY_POLICY) },
      });
    }

    // The path is checked twice: as text (no ../, no encoded separators, the app's host only), then on disk
    // (a regular file that, with its links resolved, is still inside the folder).
    const requested = resolveAppAsset(rendererDir, url);
    const file = requested ? await containedFile(rendererDir, requested) : null;
    if (!file) return refused(404);
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      // A file's bytes never sit in a SharedArrayBuffer: the cast only tells TypeScript so.
      bytes = (await fsp.readFile(file.path)) as Uint8Array<ArrayBuffer>;
    } catch {
      return refused(404);
    }
    return new Response(body(bytes), {
      status: 200,
      headers: { 'content-type': contentTypeFor(file.path), 'content-length': String(bytes.byteLength), ...securityHeaders() },
    });
  };
}
