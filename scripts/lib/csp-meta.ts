// The app's Content-Security-Policy in index.html's <meta> tag, written by the build from the one policy that
// the desktop app and the browser fallback also send as a header (src-main/web-policy.mjs). The tag keeps the
// policy where no header is sent (a page opened some other way); the build fails if the placeholder is missing.
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../../src-main/web-policy.mjs';

export const CSP_PLACEHOLDER = '__OSPITA_CONTENT_SECURITY_POLICY__';

export function withContentSecurityPolicy(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html: manca ${CSP_PLACEHOLDER} nel <meta http-equiv="Content-Security-Policy">`);
  return html.replaceAll(CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY);
}

export function contentSecurityPolicyMeta(): Plugin {
  return { name: 'ospita-csp-meta', transformIndexHtml: (html) => withContentSecurityPolicy(html) };
}
