// A session of any size with a full two-day programme and everyone checked in and out: the benchmark's input.
import { DEFAULT_SETTINGS } from '../../src-renderer/lib/domain/settings';
import type { AgendaItem, AttendanceEvent, Participant } from '../../src-renderer/lib/domain/types';
import type { SessionDocumentInput } from '../../src-renderer/lib/domain/session-data';

const T0 = '2026-04-01T08:00:00.000Z';
const SURNAMES = ['Rossi', 'Bianchi', 'Làzzari', "D'Amico", 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Galli', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano'];
const NAMES = ['Giulia', 'Marco', 'Nicolò', 'Chiara', 'Luca', 'Francesca', 'Andrea', 'Elena', 'Matteo', 'Sara', 'Fabrizio', 'Noemi'];
const BODIES = ['Comune di Bergamo', 'Comune di Lecco', 'Comune di Cremona', 'Comune di Pavia', 'Città metropolitana di Milano', 'Comune di Como'];
const ROLES = ['Funzionario amministrativo', 'Istruttore direttivo', 'Assistente sociale', 'Dirigente', 'Educatrice'];
// A 1x1 PNG standing in for the logo.
const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function largeSessionInput(people: number): SessionDocumentInput {
  const days = ['2026-05-07', '2026-05-08'];
  const items: AgendaItem[] = [0, 1].flatMap((dayIndex) =>
    [
      ['09:00', '13:00', 'intervento', true],
      ['13:00', '14:00', 'pranzo', false],
      ['14:00', '17:00', 'laboratorio', true],
    ].map(([start, end, kind, counts], i) => ({
      id: `a${dayIndex}${i}`, createdAt: T0, updatedAt: T0, sessionId: 's1', dayIndex, start: start as string, end: end as string,
      title: 'Attività', description: '', kind: kind as AgendaItem['kind'], place: '', speakers: '', countsTowardHours: counts as boolean,
    })),
  );
  const participants: Participant[] = Array.from({ length: people }, (_, i) => ({
    id: `p${i}`, createdAt: T0, updatedAt: T0, sessionId: 's1',
    surname: `${SURNAMES[i % SURNAMES.length]}${i >= SURNAMES.length ? ` ${Math.floor(i / SURNAMES.length)}` : ''}`,
    name: NAMES[i % NAMES.length]!, organisation: BODIES[i % BODIES.length]!, role: ROLES[i % ROLES.length]!,
    email: '', phone: '', notes: '', dietary: '', status: 'confermato', checkinCode: `C${i}`, consent: { given: true, date: '2026-04-01' }, overCapacityReason: null, walkIn: false,
  }));
  const events: AttendanceEvent[] = participants.flatMap((p, i) =>
    days.flatMap((day, d) => [
      { id: `e${i}-${d}-in`, sessionId: 's1', participantId: p.id, day, kind: 'in' as const, time: '08:55', recordedAt: T0, station: 'Postazione 1', source: 'desk' as const, voidsEventId: null, reason: '' },
      { id: `e${i}-${d}-out`, sessionId: 's1', participantId: p.id, day, kind: 'out' as const, time: i % 7 === 0 ? '12:00' : '17:05', recordedAt: T0, station: 'Postazione 1', source: 'desk' as const, voidsEventId: null, reason: '' },
    ]),
  );
  return {
    settings: {
      ...DEFAULT_SETTINGS, municipality: 'Comune di Monza', office: 'Servizio Partecipazione', address: 'Piazza Trento e Trieste', city: '20900 Monza (MB)',
      logo: { dataUrl: LOGO, mime: 'image/png', name: 'logo.png', width: 1, height: 1 }, signatoryName: 'Maria Teresa Brambilla', signatoryRole: 'La Dirigente',
    },
    offer: {
      id: 'o1', createdAt: T0, updatedAt: T0, hostMunicipality: 'Comune di Monza', hostOffice: 'Settore Partecipazione', title: 'Processo di Co-progettazione con Enti del Terzo Settore',
      description: '', transferMethod: '', capacityMin: null, capacityMax: people, targetProfiles: '', durationDays: 2, dateMode: 'single', candidateSessions: [{ days }], notes: '', format: 'presenza', agendaDraft: [], source: null,
    },
    session: { id: 's1', createdAt: T0, updatedAt: T0, offerId: 'o1', days, candidates: [], venue: 'Centro civico San Rocco', venueAddress: 'Via Ticino 30, 20900 Monza', contact: { name: 'Giulia Ferrario', phone: '039 2372 345', email: 'giulia.ferrario@comune.example.it' }, format: 'presenza', online: { platform: null, link: '' }, status: 'svolta', capacityMin: null, capacityMax: people, notes: '', firstDay: days[0]! },
    items,
    participants,
    events,
    lang: 'it',
  };
}
