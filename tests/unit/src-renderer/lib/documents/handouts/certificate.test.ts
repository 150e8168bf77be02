import { describe, expect, it } from 'vitest';
import { buildCertificate, buildCertificates, certificateFileStem, certificatePlan } from '../../../../../../src-renderer/lib/documents/handouts/certificate';
import { renderDocx } from '../../../../../../src-renderer/lib/documents/render-docx';
import { renderHtml } from '../../../../../../src-renderer/lib/documents/render-html';
import { docxText, docxXml } from './docx-text';
import { input, PEOPLE } from './attendance-fixture';

const OPTIONS = { issueDate: '2026-05-11', protocol: '0042137/2026' };

describe('the certificates of attendance', () => {
  it('go only to the participants who reached the hours threshold', () => {
    const { entries, decisions } = certificatePlan(input());
    // 14 hours of programme, 75% = 10 h 30: Làzzari 14 h, D'Amico 12 h 30, Éboli 14 h (missing exit closed at 17:00).
    expect(entries.map((e) => e.participant.surname)).toEqual(["D'Amico", 'Éboli', 'Làzzari']);
    const bianchi = decisions.find((d) => d.participant.surname === 'Bianchi')!;
    expect(bianchi.receives).toBe(false);
    expect(bianchi.hours.reason).toEqual({ code: 'belowThreshold', attendedMinutes: 390, requiredMinutes: 630 });
    expect(decisions.some((d) => d.participant.surname === 'Rossi')).toBe(false);
  });

  it('say who, from where, which exchange, where, when and how many hours, the Italian way', async () => {
    const { entries } = certificatePlan(input());
    const bytes = await renderDocx(buildCertificates(input(), entries, OPTIONS));
    const text = await docxText(bytes);
    expect(text).toContain('ATTESTATO DI PARTECIPAZIONE');
    expect(text).toContain('Nicolò D\'Amico');
    expect(text).toContain('Funzionario presso il Comune di Lecco');
    expect(text).toContain('«Processo di Co-progettazione con Enti del Terzo Settore»');
    expect(text).toContain('promosso dal Comune di Monza – Settore Partecipazione, Politiche Abitative, Sport');
    expect(text).toContain('svoltosi presso il Centro civico San Rocco, via Ticino 30, giovedì 7 e venerdì 8 maggio 2026,');
    expect(text).toContain('frequentando 12 ore e 30 minuti di attività formativa sulle 14 ore previste dal programma.');
    expect(text).toContain('Monza, 11 maggio 2026');
    expect(text).toContain('Maria Teresa Brambilla');
    expect(text).toContain('Prot. n. 0042137/2026');
    expect(text).not.toContain('Bianchi');
  });

  it('put each certificate on its own page, with no page numbers', async () => {
    const { entries } = certificatePlan(input());
    const bytes = await renderDocx(buildCertificates(input(), entries, OPTIONS));
    const xml = await docxXml(bytes);
    expect((xml.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(entries.length - 1);
    expect((xml.match(/ATTESTATO DI PARTECIPAZIONE/g) ?? []).length).toBe(3);
    const html = renderHtml(buildCertificates(input(), entries, OPTIONS));
    expect((html.match(/class="page-break"/g) ?? []).length).toBe(2);
    expect(html).not.toContain('counter(page)');
  });

  it('leave out the protocol line when there is no protocol number', async () => {
    const { entries } = certificatePlan(input());
    const text = await docxText(await renderDocx(buildCertificate(input(), entries[0]!, { issueDate: '2026-05-11' })));
    expect(text).not.toContain('Prot.');
  });

  it('follow a decision taken by hand, either way', () => {
    const people = PEOPLE.map((p) =>
      p.surname === 'Bianchi'
        ? { ...p, certificateOverride: { include: true, reason: 'Assente giustificata per servizio', decidedAt: '2026-05-09T10:00:00.000Z' } }
        : p.surname === 'Làzzari'
          ? { ...p, certificateOverride: { include: false, reason: 'Ha rinunciato', decidedAt: '2026-05-09T10:00:00.000Z' } }
          : p,
    );
    const { entries, decisions } = certificatePlan(input({ participants: people }));
    expect(entries.map((e) => e.participant.surname)).toEqual(['Bianchi', "D'Amico", 'Éboli']);
    expect(decisions.find((d) => d.participant.surname === 'Làzzari')).toMatchObject({ byRule: true, receives: false });
  });

  it('are named "Cognome Nome - Attestato" for one file per participant', () => {
    expect(certificateFileStem({ lang: 'it' }, PEOPLE[1]!)).toBe("D'Amico Nicolò - Attestato");
  });
});
