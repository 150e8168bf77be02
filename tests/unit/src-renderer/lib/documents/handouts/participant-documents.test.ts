import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/lib/domain/settings';
import type { Participant } from '../../../../../../src-renderer/lib/domain/types';
import { buildBadges, fitBadgeText } from '../../../../../../src-renderer/lib/documents/handouts/badges';
import { buildParticipantList } from '../../../../../../src-renderer/lib/documents/handouts/participant-list';
import { renderDocx } from '../../../../../../src-renderer/lib/documents/render-docx';
import { renderHtml } from '../../../../../../src-renderer/lib/documents/render-html';
import type { TableBlock } from '../../../../../../src-renderer/lib/documents/model';

const settings = { ...DEFAULT_SETTINGS, municipality: 'Comune di Monza', office: 'Servizio Partecipazione' };
let n = 0;
const person = (surname: string, name: string, status: Participant['status'] = 'confermato'): Participant => ({
  id: `p${++n}`, createdAt: `2026-04-01T10:00:0${n % 10}.000Z`, updatedAt: '', sessionId: 's', surname, name, organisation: 'Comune di Forlì', role: 'Funzionario',
  email: `${name.toLowerCase()}@comune.forli.fc.it`, phone: '333 1234567', notes: '', dietary: '', status, checkinCode: `AB${n % 10}CD`.replace(/[01]/g, '2'),
  consent: { given: true, date: '2026-04-01' }, overCapacityReason: null, walkIn: false,
});
const session = { days: ['2026-05-07', '2026-05-08'], candidates: [], venue: 'Palazzo Comunale', capacityMax: 10 };
const participants = [person('Zanotti', 'Marco'), person('Bàrtoli', 'Nicolò'), person('Rinaldi', 'Paolo', 'in_attesa'), person('Casadei', 'Sofia', 'annullato')];

describe('Elenco partecipanti', () => {
  const doc = buildParticipantList({ settings, session, offerTitle: 'Co-progettazione con il Terzo Settore', participants, today: '2026-04-20' });

  it('lists the confirmed by surname, then the waiting list, and leaves out cancellations', () => {
    const tables = doc.sections[0]!.blocks.filter((b): b is TableBlock => b.kind === 'table');
    const names = (t: TableBlock) => t.rows.map((r) => r.cells[1]!.blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((x) => x.text).join('') : '')).join(''));
    expect(names(tables[0]!)).toEqual(['BÀRTOLI Nicolò', 'ZANOTTI Marco']);
    expect(names(tables[1]!)).toEqual(['RINALDI Paolo']);
    const html = renderHtml(doc);
    expect(html).toContain('giovedì 7 e venerdì 8 maggio 2026');
    expect(html).not.toContain('CASADEI');
    expect(html).toContain('Contiene dati personali');
  });

  it('renders to a Word file with the names and the repeated header row', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('BÀRTOLI');
    expect(xml).toContain('w:tblHeader');
  });
});

describe('badges', () => {
  const many = Array.from({ length: 9 }, (_, i) => person(`Cognome${i}`, `Nome${i}`));
  const doc = buildBadges({ settings, offerTitle: 'Co-progettazione', participants: [...many, person('Attesa', 'Tizio', 'in_attesa')] });

  it('puts eight confirmed people on an A4 sheet, two per row, each card its text above and its QR code and barcode below', () => {
    const table = doc.sections[0]!.blocks[0] as TableBlock;
    // Nine people: five pairs of cards, each card two rows joined (text, codes).
    expect(table.rows).toHaveLength(10);
    expect(table.rows.every((r) => r.cells.length === 2)).toBe(true);
    expect(table.rows.filter((_, i) => i % 2 === 0).every((r) => r.joinWithNext === true)).toBe(true);
    const codes = table.rows[1]!.cells[0]!.blocks.find((b) => b.kind === 'imageRow');
    expect(codes?.kind === 'imageRow' && codes.images).toHaveLength(2);
    for (const img of codes?.kind === 'imageRow' ? codes.images : []) expect(img.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    // Four cards fit a page within its margins, whatever the text.
    expect(4 * (table.rows[0]!.exactHeight! + table.rows[1]!.exactHeight!) + 24).toBeLessThanOrEqual(297);
    expect(renderHtml(doc)).not.toContain('Tizio');
  });

  it('sets a long name and a long organisation smaller, then shortens them, so they stay within the card', () => {
    const long = fitBadgeText({ name: 'Maria Antonietta Giuseppina', surname: 'Bianchi-Scaramuzza De Santis', organisation: 'Azienda Speciale Consortile per i Servizi alla Persona dei Comuni dell’Ambito Territoriale di Vimercate e Trezzo sull’Adda (MB)' });
    const short = fitBadgeText({ name: 'Anna', surname: 'Rossi', organisation: 'Comune di Lecco' });
    expect(short.surname).toEqual({ text: 'ROSSI', size: 17 });
    expect(long.organisation!.size).toBeLessThan(short.organisation!.size);
    expect(long.surname.text).toBe('BIANCHI-SCARAMUZZA DE SANTIS');
    const absurd = fitBadgeText({ name: 'Anna', surname: 'Rossi', organisation: 'Ente '.repeat(80) });
    expect(absurd.organisation!.text.endsWith('…')).toBe(true);
    expect(absurd.organisation!.text.length).toBeLessThan(200);
    expect(absurd.surname.size).toBe(17);
  });

  it('prints the session’s contact person at the foot of each badge, and nothing when there is none', () => {
    const withContact = buildBadges({ settings, offerTitle: 'Co-progettazione', participants: many, contact: { name: 'Giulia Ferrario', phone: '039 2372 345', email: 'g@comune.monza.it' } });
    expect(renderHtml(withContact)).toContain('Referente: Giulia Ferrario · 039 2372 345');
    expect(renderHtml(doc)).not.toContain('Referente');
  });

  it('renders to Word with the images embedded', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThan(0);
  });
});
