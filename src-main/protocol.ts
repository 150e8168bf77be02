// Serves the built renderer on the app's own scheme (ospita://app/), with the CSP as a response header, and the
// documents waiting to be printed (ospita://print/…). What each request gets is decided in ./app-protocol.ts.
import { protocol } from 'electron';
import { createAppRequestHandler } from './app-protocol';
import { printPages } from './print-pages';
import { APP_SCHEME } from './security';

/** Must run before the app is ready, and only once (Electron's documented limits of registerSchemesAsPrivileged). */
export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs resolve and IndexedDB is allowed; secure: a secure context, like https.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** After ready. The default session's protocol: the main window and the hidden print windows both use it. */
export function serveRenderer(rendererDir: string): void {
  const handle = createAppRequestHandler({ rendererDir, printPages });
  protocol.handle(APP_SCHEME, (request) => handle(request.url, request.method));
}
