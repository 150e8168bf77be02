// A two-day session with a full programme, six people and a check-in log (with a voided event), for the tests of
// the attendance handouts. Programme: 09:00-13:00 and 14:00-17:00 both days (lunch does not count) = 14 hours.
import type { AgendaItem, AttendanceEvent, Offer, Participant, Session } from '../../../../../../src-renderer/lib/domain/types';
import { SETTINGS } from '../sample';
import type { SessionDocumentInput } from '../../../../../../src-renderer/lib/domain/session-data';

const T0 = '2026-04-01T08:00:00.000Z';
export const DAYS = ['2026-05-07', '2026-05-08'];

export const OFFER: Offer = {
  id: 'o1', createdAt: T0, updatedAt: T0,
  hostMunicipality: 'Comune di Monza',
  hostOffice: 'Settore Partecipazione, Politiche Abitative, Sport',
  title: 'Processo di Co-progettazione con Enti del Terzo Settore',
  description: '', transferMethod: '', capacityMin: 4, capacityMax: 10, targetProfiles: '', durationDays: 2,
  dateMode: 'single', candidateSessions: [{ days: DAYS }], notes: '', format: 'presenza', agendaDraft: [], source: null,
};

export const SESSION: Session = {
  id: 's1', createdAt: T0, updatedAt: T0, offerId: 'o1', days: DAYS, candidates: [], venue: 'Centro civico San Rocco, via Ticino 30', venueAddress: '', contact: { name: '', phone: '', email: '' },
  format: 'presenza', online: { platform: null, link: '' }, status: 'svolta', capacityMin: 4, capacityMax: 10, notes: '', firstDay: DAYS[0]!,
};

function item(dayIndex: number, start: string, end: string, title: string, kind: AgendaItem['kind'], counts = true): AgendaItem {
  return { id: `a${dayIndex}${start}`, createdAt: T0, updatedAt: T0, sessionId: 's1', dayIndex, start, end, title, description: '', kind, place: '', speakers: '', countsTowardHours: counts };
}

export const ITEMS: AgendaItem[] = [0, 1].flatMap((d) => [
  item(d, '09:00', '13:00', 'Presentazione', 'intervento'),
  item(d, '13:00', '14:00', 'Pranzo', 'pranzo', false),
  item(d, '14:00', '17:00', 'Laboratorio', 'laboratorio'),
]);

export function person(id: string, surname: string, name: string, organisation: string, role: string, extra: Partial<Participant> = {}): Participant {
  return {
    id, createdAt: T0, updatedAt: T0, sessionId: 's1', surname, name, organisation, role, email: '', phone: '', notes: '', dietary: '',
    status: 'confermato', checkinCode: id.toUpperCase(), consent: { given: true, date: '2026-04-01' }, overCapacityReason: null, walkIn: false, ...extra,
  };
}

export const PEOPLE: Participant[] = [
  person('p1', 'Làzzari', 'Fabrizio', 'Comune di Bergamo', 'Istruttore amministrativo'),
  person('p2', "D'Amico", 'Nicolò', 'Comune di Lecco', 'Funzionario'),
  person('p3', 'Bianchi', 'Anna', 'Comune di Lecco', 'Assistente sociale'),
  person('p4', 'Zanetti', 'Carla', 'Comune di Pavia', 'Educatrice', { status: 'in_attesa' }),
  person('p5', 'Rossi', 'Mario', 'Comune di Cremona', 'Dirigente', { status: 'annullato' }),
  person('p6', 'Éboli', 'Giulia', 'Comune di Como', 'Funzionaria'),
];

let n = 0;
function ev(participantId: string, day: string, kind: 'in' | 'out', time: string, extra: Partial<AttendanceEvent> = {}): AttendanceEvent {
  n++;
  return { id: `e${n}`, sessionId: 's1', participantId, day, kind, time, recordedAt: `2026-05-07T0${n % 10}:00:00.000Z`, station: 'Postazione 1', source: 'desk', voidsEventId: null, reason: '', ...extra };
}

export function events(): AttendanceEvent[] {
  n = 0;
  const list: AttendanceEvent[] = [
    // Làzzari: both days, all day.
    ev('p1', DAYS[0]!, 'in', '08:55'), ev('p1', DAYS[0]!, 'out', '17:05'), ev('p1', DAYS[1]!, 'in', '08:58'), ev('p1', DAYS[1]!, 'out', '17:02'),
    // D'Amico: day 1 all day, day 2 morning then 14:00-15:30: 7 + 4 + 1.5 = 12h30.
    ev('p2', DAYS[0]!, 'in', '09:00'), ev('p2', DAYS[0]!, 'out', '17:00'), ev('p2', DAYS[1]!, 'in', '09:00'), ev('p2', DAYS[1]!, 'out', '13:00'), ev('p2', DAYS[1]!, 'in', '14:00'), ev('p2', DAYS[1]!, 'out', '15:30'),
    // Bianchi: day 1 09:30-13:00 then 14:00-17:00 (6h30), absent day 2: does not qualify.
    ev('p3', DAYS[0]!, 'in', '09:30'), ev('p3', DAYS[0]!, 'out', '13:00'), ev('p3', DAYS[0]!, 'in', '14:00'), ev('p3', DAYS[0]!, 'out', '17:00'),
    // Éboli: day 1 in 09:00 never checked out (closed at 17:00); day 2 in 09:00 out 17:00.
    ev('p6', DAYS[0]!, 'in', '09:00'), ev('p6', DAYS[1]!, 'in', '09:00'), ev('p6', DAYS[1]!, 'out', '17:00'),
  ];
  // A mistaken check-in of Zanetti, voided: she must not appear present.
  const wrong = ev('p4', DAYS[0]!, 'in', '10:00');
  list.push(wrong, ev('p4', DAYS[0]!, 'in', '', { kind: 'void', voidsEventId: wrong.id, reason: 'persona sbagliata', time: '' }));
  return list;
}

export function input(extra: Partial<SessionDocumentInput> = {}): SessionDocumentInput {
  return {
    settings: { ...SETTINGS, signatoryName: 'Maria Teresa Brambilla', signatoryRole: 'La Dirigente del Settore Partecipazione' },
    offer: OFFER, session: SESSION, items: ITEMS, participants: PEOPLE, events: events(), lang: 'it', ...extra,
  };
}
