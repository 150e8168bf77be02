// The .eml drafts as a mail program reads them: parsed back with a real MIME parser (postal-mime).
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { composeDraft } from '../../../../src-main/mail/compose';
import { buildMailtoUrl, isSafeMailto } from '../../../../src-main/mail/mailto';

const pdf = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 256);
const draft = {
  from: { name: 'Comune di Monza – Servizio Partecipazione', address: 'partecipazione@comune.monza.it' },
  to: { name: "Nicolò D'Amico", address: 'nicolo.damico@comune.forli.it' },
  subject: "Attestato di partecipazione – Processo di Co-progettazione con Enti del Terzo Settore: l'esperienza di San Rocco",
  text: "Gentile Nicolò D'Amico,\n\nin allegato trova l’attestato «per la partecipazione» – così è più facile.\n\nCordiali saluti,\nSara Làzzari",
  attachments: [
    { fileName: "D'Amico Nicolò - Attestato.pdf", contentType: 'application/pdf', data: pdf },
    { fileName: '2026-05-07 Programma - Processo di Co-progettazione.ics', contentType: 'text/calendar', data: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
  ],
};

describe('a draft composed as MIME', () => {
  it('reads back with the same sender, recipient, subject, text and attachments, accents and apostrophes intact', async () => {
    const bytes = await composeDraft(draft, new Date('2026-05-11T08:00:00Z'));
    const mail = await PostalMime.parse(bytes);
    expect(mail.from).toEqual({ name: draft.from.name, address: draft.from.address });
    expect(mail.to).toEqual([{ name: draft.to.name, address: draft.to.address }]);
    expect(mail.subject).toBe(draft.subject);
    expect(mail.text?.trim()).toBe(draft.text);
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      ["D'Amico Nicolò - Attestato.pdf", 'application/pdf'],
      ['2026-05-07 Programma - Processo di Co-progettazione.ics', 'text/calendar'],
    ]);
    expect(new Uint8Array(mail.attachments[0]!.content as ArrayBuffer)).toEqual(pdf);
  });

  it('keeps every line within the limits of RFC 5322, headers in ASCII and attachments in base64', async () => {
    const text = new TextDecoder().decode(await composeDraft(draft));
    const lines = text.split('\r\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(78);
    const headers = text.slice(0, text.indexOf('\r\n\r\n'));
    expect(headers).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(headers).toMatch(/^Subject: =\?UTF-8\?/m);
    // Outlook reads the attachment's name from Content-Type, other programs from the RFC 2231 parameter.
    expect(text).toMatch(/name="=\?UTF-8\?Q\?D=27Amico_Nicol=C3=B2/);
    expect(text).toMatch(/filename\*0\*=utf-8''D%27Amico%20Nicol%C3%B2/);
    expect(text).toMatch(/Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment;/);
  });
});

describe('mailto addresses', () => {
  it('encode subject and body as UTF-8 and accept only a plain address', () => {
    const url = buildMailtoUrl({ to: 'a.b@comune.it', subject: 'Perché sì & no', body: 'Riga 1\nRiga 2' });
    expect(url).toBe('mailto:a.b@comune.it?subject=Perch%C3%A9%20s%C3%AC%20%26%20no&body=Riga%201%0D%0ARiga%202');
    expect(isSafeMailto(url)).toBe(true);
    expect(() => buildMailtoUrl({ to: 'a@b.it,c@d.it', subject: '', body: '' })).toThrow();
    expect(isSafeMailto('file:///etc/passwd')).toBe(false);
    expect(isSafeMailto('https://example.org')).toBe(false);
  });
});
