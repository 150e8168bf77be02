import { describe, expect, it } from 'vitest';
import { isAppUrl, isNavigationAllowed, isPermissionGranted, isTrustedSender, resolveAppAsset, CONTENT_SECURITY_POLICY } from '../../../src-main/security';

describe('security guards', () => {
  it('treats only the app scheme and host as the app', () => {
    expect(isAppUrl('ospita://app/index.html')).toBe(true);
    expect(isAppUrl('ospita://app/index.html#/offerte')).toBe(true);
    expect(isAppUrl('ospita://evil/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/?ospita://app')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('blocks navigation to any other origin so a link can never take the window to the web', () => {
    expect(isNavigationAllowed('https://www.comune.monza.it')).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)')).toBe(false);
    expect(isNavigationAllowed('ospita://app/index.html')).toBe(true);
  });

  it('answers IPC only from the app top frame', () => {
    expect(isTrustedSender('ospita://app/index.html', true)).toBe(true);
    expect(isTrustedSender('ospita://app/index.html', false)).toBe(false);
    expect(isTrustedSender('data:text/html,hi', true)).toBe(false);
  });

  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) expect(isPermissionGranted(p)).toBe(false);
  });

  it('serves only files inside the renderer folder', () => {
    const root = '/opt/ospita/renderer';
    expect(resolveAppAsset(root, 'ospita://app/')).toBe('/opt/ospita/renderer/index.html');
    expect(resolveAppAsset(root, 'ospita://app/assets/index.js')).toBe('/opt/ospita/renderer/assets/index.js');
    // The URL parser folds ../ away: the request stays inside the folder.
    expect(resolveAppAsset(root, 'ospita://app/../../etc/passwd')).toBe('/opt/ospita/renderer/etc/passwd');
    expect(resolveAppAsset(root, 'ospita://app/%2e%2e/%2e%2e/etc/passwd')).toBe('/opt/ospita/renderer/etc/passwd');
    expect(resolveAppAsset(root, 'ospita://app/assets%2f..%2f..%2fsecret')).toBeNull();
    expect(resolveAppAsset(root, 'ospita://app/a%5c..%5csecret')).toBeNull();
    expect(resolveAppAsset(root, 'ospita://other/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'https://app/index.html')).toBeNull();
  });

  it('has a CSP with no remote sources and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|script-src[^;]*unsafe-inline/);
  });
});
