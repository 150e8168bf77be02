// A session of real-world awkward guests for layout checks: a four-part name with a double surname, an
// organisation of 130 characters, letters outside Italian (Ñ, Ç, ë), a long title and venue. Used by the
// LibreOffice line-box check (scripts/check-layout.ts, tests) and the badge scan check.
import { noMeeting } from '../../src-renderer/lib/domain/session-format';
import { DEFAULT_SETTINGS } from '../../src-renderer/lib/domain/settings';
import type { AgendaItem, AttendanceEvent, Participant } from '../../src-renderer/lib/domain/types';
import type { SessionDocumentInput } from '../../src-renderer/lib/domain/session-data';

const T0 = '2026-04-01T08:00:00.000Z';
const DAYS = ['2026-05-07', '2026-05-08'];

/** 130 characters, as some bodies are called in full. */
export const LONG_ORGANISATION = 'Azienda Speciale Consortile per i Servizi alla Persona dei Comuni dell’Ambito Territoriale di Vimercate e Trezzo sull’Adda (MB)';

export const AWKWARD_PEOPLE: [surname: string, name: string, organisation: string, role: string][] = [
  ['Bianchi-Scaramuzza De Santis', 'Maria Antonietta Giuseppina', LONG_ORGANISATION, 'Responsabile del Servizio Politiche Sociali, Abitative e del Lavoro'],
  ['Ñúñez Çelik', 'Zoë', 'Ayuntamiento de Valladolid – Concejalía de Participación Ciudadana', 'Técnica de participación'],
  ['Rossi', 'Anna', 'Comune di Lecco', 'Funzionaria'],
  ['Dell’Acqua Scarabelli Fontana', 'Giovanni Battista Maria', 'Città metropolitana di Milano – Settore Pianificazione territoriale generale e rigenerazione urbana', 'Istruttore direttivo tecnico'],
];

function item(dayIndex: number, start: string, end: string, title: string, kind: AgendaItem['kind'], counts: boolean, extra: Partial<AgendaItem> = {}): AgendaItem {
  return { id: `a${dayIndex}${start}`, createdAt: T0, updatedAt: T0, sessionId: 's1', dayIndex, start, end, title, description: '', kind, place: '', speakers: '', countsTowardHours: counts, ...extra };
}

export function longNamesSessionInput(lang: 'it' | 'en' = 'it'): SessionDocumentInput {
  const participants: Participant[] = AWKWARD_PEOPLE.map(([surname, name, organisation, role], i) => ({
    id: `p${i + 1}`, createdAt: T0, updatedAt: T0, sessionId: 's1', surname, name, organisation, role,
    email: `persona${i + 1}@example.org`, phone: '+39 039 2372 1234', notes: '', status: 'confermato', checkinCode: `K7Q${i + 1}X9`,
    consent: { given: true, date: '2026-04-01' }, overCapacityReason: null, walkIn: false,
    dietary: i === 0 ? 'Celiachia; intollerante al lattosio; niente frutta a guscio (arachidi, nocciole, noci): allergia grave' : '',
  }));
  const items: AgendaItem[] = [0, 1].flatMap((d) => [
    item(d, '09:00', '13:00', 'Presentazione del processo di co-progettazione con gli Enti del Terzo Settore e del quadro normativo di riferimento', 'intervento', true, {
      description: 'Il Codice del Terzo Settore (D.Lgs. 117/2017), le linee guida ministeriali e l’esperienza del Comune dall’avviso pubblico alla convenzione.',
      speakers: 'Maria Antonietta Giuseppina Bianchi-Scaramuzza De Santis, Ufficio Partecipazione', place: 'Sala Giunta del Palazzo Comunale, primo piano, ingresso da piazza Trento e Trieste',
    }),
    item(d, '13:00', '14:00', 'Pranzo', 'pranzo', false),
    item(d, '14:00', '17:00', 'Laboratorio', 'laboratorio', true, { place: 'Centro civico San Rocco' }),
  ]);
  const events: AttendanceEvent[] = participants.flatMap((p) =>
    DAYS.flatMap((day) => [
      { id: `${p.id}-${day}-in`, sessionId: 's1', participantId: p.id, day, kind: 'in' as const, time: '08:55', recordedAt: T0, station: 'Postazione 1', source: 'desk' as const, voidsEventId: null, reason: '' },
      { id: `${p.id}-${day}-out`, sessionId: 's1', participantId: p.id, day, kind: 'out' as const, time: '17:05', recordedAt: T0, station: 'Postazione 1', source: 'desk' as const, voidsEventId: null, reason: '' },
    ]),
  );
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      municipality: 'Comune di Monza', office: 'Settore Partecipazione, Politiche Abitative, Sport – Servizio Partecipazione, Giovani e Pari Opportunità',
      address: 'Piazza Trento e Trieste', city: '20900 Monza (MB)', phone: '039 2372 1', email: 'partecipazione@comune.monza.it', website: 'www.comune.monza.it',
      signatoryName: 'Maria Teresa Brambilla Colombo', signatoryRole: 'La Dirigente del Settore Partecipazione, Politiche Abitative, Sport',
    },
    offer: {
      id: 'o1', createdAt: T0, updatedAt: T0, hostMunicipality: 'Comune di Monza', hostOffice: 'Settore Partecipazione, Politiche Abitative, Sport / Servizio Partecipazione, Giovani e Pari Opportunità',
      title: 'Processo di Co-progettazione con Enti del Terzo Settore per la gestione condivisa dei beni comuni urbani e dei centri civici di quartiere',
      description: '', transferMethod: '', capacityMin: 4, capacityMax: 10, targetProfiles: '', durationDays: 2, dateMode: 'single', candidateSessions: [{ days: DAYS }], notes: '', format: 'presenza', agendaDraft: [], source: null,
    },
    session: {
      id: 's1', createdAt: T0, updatedAt: T0, offerId: 'o1', days: DAYS, candidates: [], venue: 'Centro civico San Rocco, via Ticino 30, sala polifunzionale al piano terra (ingresso dal cortile)',
      venueAddress: 'Via Ticino 30, 20900 Monza (MB), ingresso pedonale dal cortile interno',
      contact: { name: 'Maria Antonietta Giuseppina Bianchi-Scaramuzza De Santis', phone: '+39 039 2372 1234', email: 'maria.bianchi-scaramuzza@comune.monza.it' },
      format: 'presenza', online: noMeeting(), status: 'svolta', capacityMin: 4, capacityMax: 10, notes: 'Ritrovo all’ingresso di piazza Trento e Trieste alle 8:45.', firstDay: DAYS[0]!,
    },
    items,
    participants,
    events,
    lang,
  };
}
