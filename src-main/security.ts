// Security policy as small pure functions, tested in Node (tests/unit/src-main/security.test.ts).
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

/** The app is served from its own privileged scheme, never from file:// or the network. */
export const APP_SCHEME = 'ospita';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The policy itself lives with the headers in ./web-policy.mjs, shared with the browser fallback's server. */
export { CONTENT_SECURITY_POLICY } from './web-policy.mjs';

/**
 * Every request of the default session goes through this filter: only the app's own scheme and inline data
 * (data:, blob:, and devtools: for a developer build) pass; anything else, the web and file: included, is cancelled.
 * The app's files are read from disk by the scheme's handler itself, so they never become file: requests.
 */
export function isRequestAllowed(url: string): boolean {
  return /^(ospita|data|blob|devtools):/i.test(url);
}

function parse(url: string | undefined | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL of the app itself: same scheme and host, compared as parsed origins, never by substring. */
export function isAppUrl(url: string | undefined | null): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
}

/** The app never navigates away from itself; in-page navigation (hash routes) does not reach this guard. */
export function isNavigationAllowed(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}

/** IPC is answered only for the app's own top frame. */
export function isTrustedSender(frameUrl: string | undefined | null, isTopFrame: boolean): boolean {
  return isTopFrame && isAppUrl(frameUrl);
}

/** The app asks for no permission (camera, notifications, geolocation…): all are denied. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/**
 * Maps a request on the app scheme to a file inside the built renderer folder, or null when the
 * request is not for the app or would escape the folder (../, encoded slashes, absolute paths).
 */
export function resolveAppAsset(rendererDir: string, requestUrl: string): string | null {
  const parsed = parse(requestUrl);
  if (!parsed || !isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (isAbsolute(relativePath) || relativePath.startsWith('..')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, relativePath);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return file;
}

