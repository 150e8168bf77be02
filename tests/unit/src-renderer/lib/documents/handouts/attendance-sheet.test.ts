import { describe, expect, it } from 'vitest';
import { buildAttendanceRegister, buildAttendanceSheets } from '../../../../../../src-renderer/lib/documents/handouts/attendance-sheet';
import { renderDocx } from '../../../../../../src-renderer/lib/documents/render-docx';
import { renderHtml } from '../../../../../../src-renderer/lib/documents/render-html';
import { docxText, docxXml } from './docx-text';
import { input, person, PEOPLE } from './attendance-fixture';

describe('the sign-in sheet (foglio firme)', () => {
  it('has one landscape page set per session day, with the good practice, the Italian date and the venue', async () => {
    const doc = buildAttendanceSheets(input(), { columns: 'inOut', blankRows: 4 });
    expect(doc.sections).toHaveLength(2);
    expect(doc.sections.every((s) => s.page.orientation === 'landscape')).toBe(true);
    const xml = await docxXml(await renderDocx(doc));
    expect(xml).toMatch(/w:orient="landscape"/);
    const text = await docxText(await renderDocx(doc));
    expect(text).toContain('Foglio firme');
    expect(text).toContain('Processo di Co-progettazione con Enti del Terzo Settore');
    expect(text).toContain('Giornata 1 di 2: giovedì 7 maggio 2026');
    expect(text).toContain('Giornata 2 di 2: venerdì 8 maggio 2026');
    expect(text).toContain('Centro civico San Rocco, via Ticino 30');
    expect(text).toContain('orario 09:00–17:00');
  });

  it('lists only the confirmed participants, by surname in Italian order, then numbered blank rows', async () => {
    const doc = buildAttendanceSheets(input(), { columns: 'inOut', blankRows: 4, days: ['2026-05-07'] });
    const text = await docxText(await renderDocx(doc));
    const names = ['Bianchi Anna', "D'Amico Nicolò", 'Éboli Giulia', 'Làzzari Fabrizio'];
    const positions = names.map((n) => text.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('Zanetti');
    expect(text).not.toContain('Rossi');
    expect(text).toContain('Firma ingresso');
    expect(text).toContain('Firma uscita');
    // 4 people + 4 blank rows, numbered 1..8, plus the header row.
    expect(text).toMatch(/\n8\n/);
    const xml = await docxXml(await renderDocx(doc));
    expect((xml.match(/<w:tr>/g) ?? []).length).toBe(1 + 8 + 1); // header, rows, signature block
  });

  it('offers morning and afternoon signature columns instead of entry and exit', async () => {
    const text = await docxText(await renderDocx(buildAttendanceSheets(input(), { columns: 'halfDay', blankRows: 0 })));
    expect(text).toContain('Firma mattina');
    expect(text).toContain('Firma pomeriggio');
    expect(text).not.toContain('Firma ingresso');
  });

  it("ends with the host's signature line, place and date", async () => {
    const text = await docxText(await renderDocx(buildAttendanceSheets(input(), { columns: 'inOut', blankRows: 0 })));
    expect(text).toContain('Monza, 7 maggio 2026');
    expect(text).toContain('La Dirigente del Settore Partecipazione');
    expect(text).toContain('Maria Teresa Brambilla');
  });

  it('prints the same people on paper as in Word', () => {
    const html = renderHtml(buildAttendanceSheets(input(), { columns: 'inOut', blankRows: 2 }));
    expect(html).toContain('Làzzari Fabrizio');
    expect(html).toContain('D&#39;Amico Nicolò');
    expect(html).toContain('size: A4 landscape');
  });
});

describe('the attendance register (registro presenze)', () => {
  it('shows the times recorded at check-in and the hours counted each day', async () => {
    const text = await docxText(await renderDocx(buildAttendanceRegister(input())));
    expect(text).toContain('Registro presenze');
    expect(text).toMatch(/Làzzari Fabrizio[\s\S]*?08:55[\s\S]*?17:05[\s\S]*?7 ore/);
    expect(text).toMatch(/Bianchi Anna[\s\S]*?09:30\n14:00[\s\S]*?13:00\n17:00[\s\S]*?6 ore e 30 minuti/);
    expect(text).toMatch(/D'Amico Nicolò[\s\S]*?5 ore e 30 minuti/); // day 2
  });

  it('leaves out voided check-ins and flags a missing check-out', async () => {
    const text = await docxText(await renderDocx(buildAttendanceRegister(input(), { days: ['2026-05-07'] })));
    // Zanetti is on the waiting list and her only check-in was voided: not on the register.
    expect(text).not.toContain('Zanetti');
    expect(text).toContain('uscita non registrata: conteggiata fino alle 17:00');
    expect(text).toContain('Presenti 4 su 4');
  });

  it('marks a confirmed participant who did not come as absent', async () => {
    const late = person('p9', 'Ferri', 'Ugo', 'Comune di Lodi', 'Geometra');
    const text = await docxText(await renderDocx(buildAttendanceRegister(input({ participants: [...PEOPLE, late] }), { days: ['2026-05-08'] })));
    expect(text).toMatch(/Ferri Ugo[\s\S]*?assente/);
  });
});

describe('the lines of the sign-in sheet', () => {
  it('are drawn on every cell in a dark colour, so LibreOffice and a photocopier show them too', async () => {
    const xml = await docxXml(await renderDocx(buildAttendanceSheets(input(), { columns: 'inOut', blankRows: 1 })));
    expect(xml).toMatch(/<w:tcBorders><w:top w:val="single" w:sz="6" w:color="5C6F82"\/>/);
    expect(renderHtml(buildAttendanceSheets(input(), { columns: 'inOut', blankRows: 1 }))).toContain('--line: #5C6F82');
  });
});
