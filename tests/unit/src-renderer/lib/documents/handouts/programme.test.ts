import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildProgramme } from '../../../../../../src-renderer/lib/documents/handouts/programme';
import { plainText } from '../../../../../../src-renderer/lib/documents/model';
import { renderDocx } from '../../../../../../src-renderer/lib/documents/render-docx';
import { renderHtml } from '../../../../../../src-renderer/lib/documents/render-html';
import { sanRocco } from './fixtures';

describe('the Programma handout', () => {
  it('says what, who, when and where, with the dates written the Italian way', () => {
    const text = plainText(buildProgramme(sanRocco()));
    expect(text).toContain('Processo di Co-progettazione con Enti del Terzo Settore');
    expect(text).toContain('Comune di Monza – Struttura PNRR-Progettazione Europea');
    expect(text).toContain('giovedì 7 e venerdì 8 maggio 2026');
    expect(text).toContain('Palazzo Comunale, Sala Giunta');
    expect(text).toContain('Giornata 1 – Giovedì 7 maggio 2026');
    expect(text).toContain('Giornata 2 – Venerdì 8 maggio 2026');
    // The 30-minute transfer to the visit is not training time.
    expect(text).toContain('13 ore');
    expect(text).not.toContain('13 ore e 30 minuti');
  });

  it('lists every item of the agenda with its times, place and speakers', () => {
    const source = sanRocco();
    const text = plainText(buildProgramme(source));
    for (const item of source.items) {
      expect(text).toContain(item.title);
      expect(text).toContain(`${item.start} – ${item.end}`);
    }
    expect(text).toContain('Quartiere San Rocco');
    expect(text).toContain('Ufficio SUS & partner <ETS>');
  });

  it('ends with practical information and the contacts from Settings, never calling the signatory the contact person', () => {
    const text = plainText(buildProgramme(sanRocco()));
    expect(text).toContain('Informazioni pratiche');
    expect(text).toContain('Ritrovo all’ingresso di piazza Trento e Trieste.');
    expect(text).toContain('partecipazione@comune.monza.it');
    // With no venue address the office's is given, called so; the signatory is not whom guests call.
    expect(text).toContain('Indirizzo dell’ufficio');
    expect(text).not.toContain('Maria Rossi');
    expect(text).not.toContain('Referente');
  });

  it('sends guests to the venue’s own address and names the session’s contact person with phone and e-mail', () => {
    const source = sanRocco();
    source.session = { ...source.session, venue: 'Centro civico San Rocco', venueAddress: 'Via Ticino 30, 20900 Monza', contact: { name: 'Giulia Ferrario', phone: '039 2372 345', email: 'giulia.ferrario@comune.monza.it' } };
    const text = plainText(buildProgramme(source));
    expect(text).toMatch(/Sede\nCentro civico San Rocco\nIndirizzo\nVia Ticino 30, 20900 Monza/);
    expect(text).not.toContain('Indirizzo dell’ufficio');
    expect(text).toContain('Referente per la visita\nGiulia Ferrario');
    expect(text).toContain('039 2372 345');
    expect(text).toContain('giulia.ferrario@comune.monza.it');
    expect(text).not.toContain('partecipazione@comune.monza.it');
  });

  it('as a Word file: A4 portrait, header row repeated, page numbers, every item', async () => {
    const source = sanRocco();
    const zip = await JSZip.loadAsync(await renderDocx(buildProgramme(source)));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toContain('giovedì 7 e venerdì 8 maggio 2026');
    for (const item of source.items) expect(xml).toContain(item.title);
    expect(xml).toContain('Ufficio SUS &amp; partner &lt;ETS&gt;');
    const footers = await Promise.all(Object.keys(zip.files).filter((n) => /footer\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(footers.join('')).toMatch(/NUMPAGES/);
  });

  it('as a printout: the same texts in an A4 page with the letterhead', () => {
    const source = sanRocco();
    const html = renderHtml(buildProgramme(source));
    expect(html).toContain('size: A4 portrait');
    expect(html).toContain('giovedì 7 e venerdì 8 maggio 2026');
    for (const item of source.items) expect(html).toContain(item.title);
    expect(html).toContain('Ufficio SUS &amp; partner &lt;ETS&gt;');
  });

  it('a one-day session has no day numbers and a session without dates says so', () => {
    const source = sanRocco();
    source.session = { ...source.session, days: ['2026-04-20'] };
    source.items = source.items.filter((i) => i.dayIndex === 0);
    const text = plainText(buildProgramme(source));
    expect(text).toContain('Lunedì 20 aprile 2026');
    expect(text).not.toContain('Giornata 1');
    source.session = { ...source.session, days: [], candidates: [] };
    expect(plainText(buildProgramme(source))).toContain('da definire');
  });
});
