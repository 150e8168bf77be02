import { describe, expect, it } from 'vitest';
import { htmlToText, readFormFile } from '../../../../../../src-renderer/lib/import/form';
import { fixture } from './helpers';

describe('reading a .docx form (built with the docx library by scripts/fixtures/build-form-docx.ts)', () => {
  it('reads seed 001 written as Word paragraphs with a real numbered list and bold topic titles', async () => {
    const r = await readFormFile('seed-001-paragraphs.docx', fixture('seed-001-paragraphs.docx'), { today: '2026-01-10' });
    expect(r.offer).toMatchObject({
      hostMunicipality: 'Comune di Monza',
      hostOffice: 'Settore Partecipazione, Politiche Abitative, Sport / Servizio Partecipazione, Giovani e Pari Opportunità',
      capacityMin: null,
      capacityMax: 10,
      targetProfiles: 'personale amministrativo e/o progettisti di interventi sociali',
      durationDays: 1,
      dateMode: 'alternatives',
      sessions: [{ days: ['2026-04-20'] }, { days: ['2026-04-27'] }],
      format: 'workshop',
    });
    expect(r.offer.notes).toMatch(/^Le date possono essere soggette a modifiche/);
    expect(r.offer.description).not.toContain('scriverla come');
    expect(r.agendaDraft).toEqual([
      { title: 'Organismi partecipativi comunali', detail: 'cosa sono, chi può farne parte, come interagiscono con il Comune.' },
      { title: 'Strumenti di progettazione condivisa', detail: 'individuazione obiettivi e regolamentazione.' },
      { title: 'I Patti di Cittadinanza', detail: 'affiancamento nella realizzazione, co-valutazione e rendicontazione pubblica dell’impatto.'.replace('’', "'") },
    ]);
  });

  it('reads seed 000 written as a two-column table, the office cell on two paragraphs', async () => {
    const r = await readFormFile('seed-000-table.docx', fixture('seed-000-table.docx'), { today: '2026-11-21' });
    expect(r.offer).toMatchObject({
      hostMunicipality: 'Comune di Monza',
      hostOffice: 'Struttura PNRR / Progettazione Europea',
      title: 'Processo di Co-progettazione con Enti del Terzo Settore',
      capacityMin: 4,
      capacityMax: 5,
      durationDays: 2,
      dateMode: 'single',
      sessions: [{ days: ['2027-05-07', '2027-05-08'] }],
    });
    expect(r.offer.description).toBe('Un nuovo settore per i progetti finanziati con fondi europei.\n\nLa co-progettazione con 13 Enti del terzo settore.');
    expect(r.warnings.some((w) => w.field === 'sessions' && w.code === 'noYear')).toBe(true);
  });

  it('reads a table with "Da 6 a 8 persone (…)", "due giornate", an "E" line, bullets and an N.B. inside a cell', async () => {
    const r = await readFormFile('variants-table.docx', fixture('variants-table.docx'), { today: '2026-11-21' });
    expect(r.offer).toMatchObject({
      hostOffice: 'Settore Innovazione / Servizio Transizione Digitale',
      capacityMin: 6,
      capacityMax: 8,
      targetProfiles: 'funzionari dei servizi informativi',
      durationDays: 2,
      dateMode: 'multiple',
      sessions: [{ days: ['2027-09-14', '2027-09-15'] }, { days: ['2027-09-21', '2027-09-22'] }],
      notes: 'Portare un computer portatile.',
      format: 'presenza',
    });
    expect(r.agendaDraft).toEqual([
      { title: 'Accoglienza', detail: 'presentazione della piattaforma' },
      { title: 'Laboratorio con i tecnici', detail: '' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('turns mammoth’s HTML into lines: cells apart, list items numbered, bold kept as **', () => {
    const html = '<table><tr><td><p><strong>Comune ospitante</strong></p></td><td><p>Comune di Monza &amp; Brianza</p></td></tr></table><ol><li><strong>Uno:</strong> primo</li><li>Due</li></ol>';
    expect(htmlToText(html)).toBe('**Comune ospitante**\n\nComune di Monza & Brianza\n\n1. **Uno:** primo\n2. Due');
  });
});
