import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { registerCsv, reportCsv } from '../../../../../../src-renderer/lib/documents/handouts/attendance-csv';
import { buildSessionReport, presenceCurve } from '../../../../../../src-renderer/lib/documents/handouts/session-report';
import { renderDocx } from '../../../../../../src-renderer/lib/documents/render-docx';
import { renderHtml } from '../../../../../../src-renderer/lib/documents/render-html';
import { docxText, docxXml } from './docx-text';
import { input } from './attendance-fixture';
import { hoursOf } from '../../../../../../src-renderer/lib/domain/session-data';

describe('the session report (rendicontazione)', () => {
  it('gives per day who was present and for how long, and totals per participant and organisation', async () => {
    const text = await docxText(await renderDocx(buildSessionReport(input())));
    expect(text).toContain('Rendicontazione dello scambio');
    expect(text).toContain('giovedì 7 maggio 2026');
    expect(text).toContain('venerdì 8 maggio 2026');
    expect(text).toMatch(/Bianchi Anna[\s\S]*?09:30–13:00\n14:00–17:00[\s\S]*?6 ore e 30 minuti/);
    expect(text).toContain('09:00–(17:00)'); // Éboli's exit was never recorded
    expect(text).toContain('Totali per partecipante');
    expect(text).toMatch(/D'Amico Nicolò[\s\S]*?12 h 30 min[\s\S]*?89%[\s\S]*?Sì/);
    expect(text).toContain('Totali per ente');
    // Comune di Lecco: 2 registered, 2 present, 6h30 + 12h30 = 19 hours, 1 certificate.
    expect(text).toMatch(/Comune di Lecco\n2\n2\n19 h\n1/);
    expect(text).toContain('Frequenza minima per l’attestato (75%)');
    expect(text).toContain('10 ore e 30 minuti');
  });

  it('draws how many were present through each day as bars, in Word and on paper', async () => {
    const curve = presenceCurve(hoursOf(input()), '2026-05-07', { start: '09:00', end: '17:00' });
    expect(curve[0]).toEqual({ start: '09:00', present: 3 }); // Bianchi arrives at 09:30
    expect(curve.find((s) => s.start === '10:00')?.present).toBe(4);
    expect(curve.find((s) => s.start === '13:00')?.present).toBe(3); // Bianchi out for lunch
    const xml = await docxXml(await renderDocx(buildSessionReport(input())));
    expect(xml).toContain('w:fill="0066CC"');
    expect(renderHtml(buildSessionReport(input()))).toContain('background: #0066CC');
  });
});

describe('the CSV exports', () => {
  it('open in Italian Excel: BOM, semicolons, accents, decimal commas', () => {
    const csv = registerCsv(input());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' });
    const [header, ...rows] = parsed.data.filter((r) => r.length > 1);
    expect(header).toEqual(['Data', 'N.', 'Cognome', 'Nome', 'Ente', 'Qualifica', 'Ingresso', 'Uscita', 'Minuti validi', 'Ore valide', 'Note']);
    const bianchi = rows.find((r) => r[2] === 'Bianchi' && r[0] === '07/05/2026')!;
    expect(bianchi.slice(6, 10)).toEqual(['09:30 14:00', '13:00 17:00', '390', '6,50']);
    expect(rows.some((r) => r[2] === 'Làzzari')).toBe(true);
    expect(rows.some((r) => r[2] === 'Zanetti')).toBe(false);
  });

  it('never let a cell become a spreadsheet formula', () => {
    const base = input();
    const csv = registerCsv({ ...base, participants: base.participants.map((p) => (p.id === 'p1' ? { ...p, organisation: '=HYPERLINK("x")' } : p)) });
    expect(csv).not.toMatch(/;=HYPERLINK/);
  });

  it('give the report per participant with the certificate decision', () => {
    const parsed = Papa.parse<string[]>(reportCsv(input()).slice(1), { delimiter: ';' });
    const [header, ...rows] = parsed.data.filter((r) => r.length > 1);
    expect(header).toContain('Minuti 07/05/2026');
    expect(header).toContain('Minuti 08/05/2026');
    const damico = rows.find((r) => r[0] === "D'Amico")!;
    expect(damico).toContain('750');
    expect(damico).toContain('12,50');
    expect(damico).toContain('Sì');
  });
});
