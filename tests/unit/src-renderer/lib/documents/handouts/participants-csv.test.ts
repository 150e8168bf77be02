import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { participantsToCsv } from '../../../../../../src-renderer/lib/documents/handouts/participants-csv';
import type { Participant } from '../../../../../../src-renderer/lib/domain/types';

const base: Participant = {
  id: 'p', createdAt: '', updatedAt: '', sessionId: 's', surname: 'Bàrtoli', name: 'Nicolò', organisation: 'Comune di Forlì', role: 'Funzionario',
  email: 'n@x.it', phone: '333', notes: 'Vegetariano; celiaco', dietary: '', status: 'confermato', checkinCode: 'AB3DE', consent: { given: true, date: '2026-04-02' },
  overCapacityReason: null, walkIn: false,
};

describe('CSV export of the participants', () => {
  it('opens in Italian Excel with accents, ";" and the list sorted by surname', () => {
    const csv = participantsToCsv([base, { ...base, id: 'q', surname: 'Amadori', name: 'Luca', status: 'in_attesa', consent: { given: false, date: null } }]);
    expect(csv.startsWith('\uFEFFCognome;Nome;Ente;Ruolo;E-mail;Telefono;Stato;Codice;Consenso;Data consenso;Note\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[1]).toEqual(['Amadori', 'Luca', 'Comune di Forlì', 'Funzionario', 'n@x.it', '333', 'In attesa', 'AB3DE', 'No', '', 'Vegetariano; celiaco']);
    expect(rows[2]).toEqual(['Bàrtoli', 'Nicolò', 'Comune di Forlì', 'Funzionario', 'n@x.it', '333', 'Confermato', 'AB3DE', 'Sì', '02/04/2026', 'Vegetariano; celiaco']);
  });

  it('does not let a cell run as a spreadsheet formula', () => {
    const csv = participantsToCsv([{ ...base, notes: '=HYPERLINK("x")' }]);
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
