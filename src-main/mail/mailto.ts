// The mailto: address that opens the default mail program on a new message, built here from checked parts so the
// renderer never hands the shell a URL of its own (Electron's security checklist: no shell.openExternal on
// untrusted input). Pure.

/** One address, as the participant form accepts them; no commas, no header tricks. */
const ADDRESS = /^[^\s@,;<>"()\\]+@[^\s@,;<>"()\\]+\.[^\s@,;<>"()\\]{2,}$/;

/**
 * Longer addresses are cut by some mail programs and by Windows (Outlook stops near 2,000 characters): past
 * this length the caller is told, and offered the .eml draft instead.
 */
export const MAILTO_SAFE_LENGTH = 2000;

export function isMailAddress(value: string): boolean {
  return ADDRESS.test(value);
}

/** RFC 6068: the address as it is, subject and body percent-encoded as UTF-8, line breaks as CRLF. */
export function buildMailtoUrl(request: { to: string; subject: string; body: string }): string {
  if (!isMailAddress(request.to)) throw new Error('Indirizzo e-mail non valido.');
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${request.to}?subject=${enc(request.subject)}&body=${enc(request.body)}`;
}

/** True for a URL this module built: the only kind the main process opens outside the app. */
export function isSafeMailto(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'mailto:' && isMailAddress(decodeURIComponent(parsed.pathname)) && !parsed.username && !parsed.host;
  } catch {
    return false;
  }
}
