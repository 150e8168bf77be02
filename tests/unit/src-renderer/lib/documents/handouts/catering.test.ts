import { describe, expect, it } from 'vitest';
import { buildCatering, cateringCsv } from '../../../../../../src-renderer/lib/documents/handouts/catering';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/lib/domain/settings';
import type { Participant } from '../../../../../../src-renderer/lib/domain/types';
import { renderDocx } from '../../../../../../src-renderer/lib/documents/render-docx';
import { renderHtml } from '../../../../../../src-renderer/lib/documents/render-html';
import { docxText } from './docx-text';

let n = 0;
const person = (surname: string, dietary: string, organisation = 'Comune di Lecco'): Participant => ({
  id: `p${++n}`, createdAt: '', updatedAt: '', sessionId: 's', surname, name: 'Anna', organisation, role: '', email: '', phone: '', notes: '', dietary,
  status: 'confermato', checkinCode: 'ABCDE', consent: { given: false, date: null }, overCapacityReason: null, walkIn: false,
});

const input = (lang: 'it' | 'en' = 'it') => ({
  settings: { ...DEFAULT_SETTINGS, municipality: 'Comune di Monza' },
  session: { days: ['2026-05-07', '2026-05-08'], candidates: [], venue: 'Centro civico San Rocco' },
  offerTitle: 'Patti di Cittadinanza',
  participants: [person('Rossi', 'Vegetariano'), person('Verdi', 'celiaca'), person('Neri', ''), person('Gialli', '=cmd|calc', 'Comune di Forlì')],
  items: [{ dayIndex: 0, kind: 'pranzo' as const, start: '13:00', end: '14:00', title: 'Pranzo', place: 'Mensa comunale' }],
  lang,
});

describe('Pasti e intolleranze', () => {
  it('gives each day its meals, counts by need and the names beside them, in Word', async () => {
    const text = await docxText(await renderDocx(buildCatering(input())));
    expect(text).toContain('Pasti e intolleranze');
    expect(text).toContain('giovedì 7 maggio 2026');
    expect(text).toContain('venerdì 8 maggio 2026');
    expect(text).toContain('Pasti in programma: 13:00–14:00, Pranzo, Mensa comunale');
    expect(text).toContain('Nessun pranzo nel programma di questa giornata');
    expect(text).toContain('Vegetariano');
    expect(text).toContain('Rossi Anna (Comune di Lecco)');
    expect(text).toContain('Senza glutine (celiachia)');
    expect(text).toContain('Totale pasti');
  });

  it('is the same in the printable page, and in English', () => {
    const html = renderHtml(buildCatering(input('en')));
    expect(html).toContain('Meals and dietary needs');
    expect(html).toContain('Thursday 7 May 2026');
    expect(html).toContain('Gluten-free (coeliac)');
  });

  it('as CSV: day, need, number and names, «;» with a BOM, formulas defused', () => {
    const csv = cateringCsv(input());
    expect(csv.startsWith('\uFEFFGiorno;Esigenza;Numero;Nomi\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toContain('2026-05-07;Vegetariano;1;Rossi Anna (Comune di Lecco)');
    expect(lines).toContain('2026-05-07;Senza esigenze particolari;1;');
    expect(lines).toContain('2026-05-08;Totale pasti;4;');
    expect(csv).toContain("'=cmd");
    expect(lines.filter((l) => l.startsWith('2026-05-08'))).toHaveLength(lines.filter((l) => l.startsWith('2026-05-07')).length);
  });
});
