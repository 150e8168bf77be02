// Which platform wrote a report, from what is in it (never from the file's name): each platform has words and
// a layout of its own. Every sign found adds to that platform's score; the highest wins.
import type { ReportPlatform } from '../../domain/types';
import { fold } from './labels';

const SIGNS: Record<ReportPlatform, (RegExp | string)[]> = {
  teams: [
    /^\d\.\s*(summary|participants|in-meeting activities|riepilogo|partecipanti|attivita)/,
    'in-meeting duration', 'in-meeting activities', 'durata nella riunione', 'participant id (upn)', 'id partecipante (upn)', 'first join', 'last leave',
    'primo ingresso', 'primo accesso', 'ultima uscita', 'user action', 'azione utente', 'meeting title', 'titolo riunione', 'titolo della riunione',
    'attended participants', 'partecipanti presenti', 'average attendance time', 'tempo medio di partecipazione', 'meeting summary', 'riepilogo riunione',
    'total number of participants', 'numero totale di partecipanti', 'meeting duration', 'durata della riunione',
  ],
  zoom: [
    'name (original name)', 'nome (nome originale)', 'in waiting room', "nella sala d'attesa", "in sala d'attesa", 'recording consent',
    'consenso alla registrazione', 'duration (minutes)', 'durata (minuti)', 'meeting id', 'id riunione', 'topic', 'argomento', 'user email', 'e-mail utente',
  ],
  webex: [
    'attendee email', 'attendance duration', 'session name', 'nome sessione', 'connection type', 'tipo di connessione', 'meeting name', 'display name',
    'nome visualizzato', 'meeting number', 'numero riunione', 'invited', 'registered', 'attendee type',
  ],
  // Only Meet's sheet splits first and last name ("Nome", "Cognome" in Italian).
  meet: ['time joined', 'time exited', 'first seen', 'last seen', 'time in call', 'tempo in chiamata', 'meeting code', 'codice riunione', 'codice della riunione', 'first name', 'last name', 'cognome'],
};

/** The platform the labels of a report point to, or null when none does. */
export function detectPlatform(labels: Iterable<string>): ReportPlatform | null {
  const folded = [...new Set([...labels].map(fold).filter(Boolean))];
  let best: ReportPlatform | null = null;
  let bestScore = 0;
  for (const platform of Object.keys(SIGNS) as ReportPlatform[]) {
    const score = SIGNS[platform].filter((sign) => folded.some((label) => (typeof sign === 'string' ? label === sign : sign.test(label)))).length;
    if (score > bestScore) {
      best = platform;
      bestScore = score;
    }
  }
  return best;
}
