// A document exercising every block of the model, for the renderer tests and sample renders.
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/lib/domain/settings';
import type { HostSettings } from '../../../../../src-renderer/lib/domain/types';
import { hostSection } from '../../../../../src-renderer/lib/documents/handouts/common';
import { cell, heading, pageBreak, paragraph, row, run, spacer, type DocModel } from '../../../../../src-renderer/lib/documents/model';

/** A 1x1 transparent PNG. */
export const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const SETTINGS: HostSettings = {
  ...DEFAULT_SETTINGS,
  municipality: 'Comune di Monza',
  office: 'Servizio Partecipazione, Giovani e Pari Opportunità',
  address: 'Piazza Trento e Trieste',
  city: '20900 Monza (MB)',
  phone: '039 2372 1',
  email: 'partecipazione@comune.monza.it',
  website: 'www.comune.monza.it',
  logo: { dataUrl: TINY_PNG, mime: 'image/png', name: 'logo.png', width: 200, height: 240 },
};

export function sampleDoc(rows = 60): DocModel {
  const table = {
    kind: 'table' as const,
    columns: [{ width: 1 }, { width: 4 }, { width: 2 }],
    header: [row(['Orario', 'Attività', 'Luogo'])],
    rows: Array.from({ length: rows }, (_, i) => row([`${String(9 + (i % 8)).padStart(2, '0')}:00`, cell([run(`Attività ${i + 1} <con> & "virgolette"`, { bold: true }), run(' e dettaglio', { italic: true })]), 'Sala Giunta'])),
    borders: 'grid' as const,
    zebra: 'F5F8FB',
  };
  return {
    title: 'Documento di prova',
    lang: 'it',
    sections: [
      hostSection(SETTINGS, 'it', [heading('Titolo del documento'), paragraph('Giovedì 7 e venerdì 8 maggio 2026'), table, pageBreak, heading('Dopo il salto', 2), spacer(10), { kind: 'signature', placeAndDate: 'Monza, 8 maggio 2026', role: 'Il Responsabile', name: 'Maria Rossi' }], {
        footerText: 'Programma',
      }),
      hostSection(SETTINGS, 'it', [heading('Foglio orizzontale'), { ...table, rows: table.rows.slice(0, 5) }], { orientation: 'landscape' }),
    ],
  };
}
