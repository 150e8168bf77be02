// The participants of a session as CSV for a spreadsheet: ";" and a BOM, so Italian Excel opens it with
// the accents right. Pure: the screen hands the text to host.saveFile.
import Papa from 'papaparse';
import { formatShortDate } from '../../domain/dates';
import { compareBySurname } from '../../domain/participants';
import type { Participant, ParticipantStatus } from '../../domain/types';

export interface ParticipantsCsvLabels {
  headers: [string, string, string, string, string, string, string, string, string, string, string];
  status: Record<ParticipantStatus, string>;
  yes: string;
  no: string;
}

export const ITALIAN_CSV_LABELS: ParticipantsCsvLabels = {
  headers: ['Cognome', 'Nome', 'Ente', 'Ruolo', 'E-mail', 'Telefono', 'Stato', 'Codice', 'Consenso', 'Data consenso', 'Note'],
  status: { confermato: 'Confermato', in_attesa: 'In attesa', annullato: 'Annullato' },
  yes: 'Sì',
  no: 'No',
};

/** Spreadsheets run a cell starting with = + - @ as a formula: such text is written with a leading apostrophe. */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function participantsToCsv(participants: readonly Participant[], labels: ParticipantsCsvLabels = ITALIAN_CSV_LABELS): string {
  const rows = [...participants].sort(compareBySurname).map((p) =>
    [
      p.surname,
      p.name,
      p.organisation,
      p.role,
      p.email,
      p.phone,
      labels.status[p.status],
      p.checkinCode,
      p.consent.given ? labels.yes : labels.no,
      p.consent.date ? formatShortDate(p.consent.date) : '',
      p.notes,
    ].map(safeCell),
  );
  return `\uFEFF${Papa.unparse({ fields: labels.headers, data: rows }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}
