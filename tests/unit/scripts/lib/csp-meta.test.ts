import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_PLACEHOLDER, withContentSecurityPolicy } from '../../../../scripts/lib/csp-meta';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../../src-main/web-policy.mjs';

describe("index.html's Content-Security-Policy", () => {
  it('is written by the build from the same policy the headers carry, without what a <meta> cannot hold', () => {
    const source = readFileSync('src-renderer/index.html', 'utf8');
    expect(source).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_PLACEHOLDER}" />`);
    const built = withContentSecurityPolicy(source);
    expect(built).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    expect(CONTENT_SECURITY_POLICY.startsWith(META_CONTENT_SECURITY_POLICY)).toBe(true);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('fails the build rather than ship a page without its policy', () => {
    expect(() => withContentSecurityPolicy('<meta http-equiv="Content-Security-Policy" content="default-src *">')).toThrow(/manca/);
  });
});
