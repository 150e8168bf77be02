// The app's web policy in one place: the Content-Security-Policy and the headers every response of the app
// carries, and the content types of the files the build produces. Plain JavaScript with no imports, so the
// desktop app (src-main/app-protocol.ts), the browser fallback's server (scripts/lib/static-server.mjs, which runs
// before anything is built) and the build itself (the <meta> tag of index.html) all read the same text.

/** No remote content and no inline scripts. Inline styles are allowed: Svelte and Bootstrap set style attributes. */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob: about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy for the <meta> tag of index.html: browsers ignore frame-ancestors there (and warn about it). */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/**
 * A printable document (the HTML handed to the hidden print window): its styles are inline, its images and fonts
 * data: URLs, and it runs no script at all.
 */
export const PRINT_CONTENT_SECURITY_POLICY = ["default-src 'none'", "style-src 'unsafe-inline'", 'img-src data:', 'font-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');

/** Headers on every response of the app: its policy, and no guessing of content types. */
export function securityHeaders(policy = CONTENT_SECURITY_POLICY) {
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/** The file types the build writes into out/renderer; anything else is served as bytes, never guessed. */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function contentTypeFor(file) {
  const dot = file.lastIndexOf('.');
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (dot <= slash) return 'application/octet-stream';
  return CONTENT_TYPES[file.slice(dot).toLowerCase()] ?? 'application/octet-stream';
}
