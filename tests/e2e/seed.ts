// Seeding the app's IndexedDB directly, for journeys that need an offer, a session, its programme and its
// participants before the screens that create them are exercised. Writes through raw IndexedDB into the
// 'ospita' database the app has already opened (at the schema of lib/db/versions.ts), then the caller reloads
// so every screen reads the new data.
import type { Page } from '@playwright/test';
import { groupIntoDays } from '../../src-renderer/lib/db/attendance-days';
import { groupIntoLists } from '../../src-renderer/lib/db/participant-lists';
import { CHECKIN_ALPHABET, checkCharacter } from '../../src-renderer/lib/domain/checkin-code';
import type { AgendaItem, AttendanceEvent, Offer, Participant, Session, SessionFormat } from '../../src-renderer/lib/domain/types';

export interface SeedData {
  offer: Offer;
  session: Session;
  agendaItems: AgendaItem[];
  participants: Participant[];
  attendance: AttendanceEvent[];
}

const STAMP = { createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z' };

/** Today's date as the page sees it (the tests run in Europe/Rome, which may differ from the machine's date). */
export async function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** A valid check-in code (with its check character), different for each n. */
export function codeFor(n: number): string {
  let payload = '';
  let x = n + 7919;
  for (let i = 0; i < 4; i++) {
    payload += CHECKIN_ALPHABET[x % CHECKIN_ALPHABET.length];
    x = Math.floor(x / CHECKIN_ALPHABET.length) + 3 * i + 1;
  }
  return payload + checkCharacter(payload);
}

const PEOPLE: [string, string, string, string][] = [
  ['Rossi', 'Nicolò', 'Comune di Bergamo', 'Istruttore amministrativo'],
  ["D'Amico", 'Lucia', 'Comune di Lecco', 'Funzionaria servizi sociali'],
  ['De Luca', 'Marco', 'Comune di Sesto San Giovanni', 'Responsabile ufficio partecipazione'],
  ['Bianchi', 'Giulia', 'Città metropolitana di Milano', 'Funzionaria'],
  ['Colombo', 'Andrea', 'Comune di Brescia', 'Istruttore direttivo'],
  ['Ferrari', 'Chiara', 'Comune di Como', 'Assistente sociale'],
  ['Esposito', 'Giuseppe', 'Comune di Varese', 'Funzionario tecnico'],
  ['Ricci', 'Francesca', 'Comune di Pavia', 'Educatrice'],
];

export interface DemoOptions {
  days: string[];
  /** How many participants; beyond the named ones, generated names. */
  participants?: number;
  capacityMax?: number;
  /** In presence unless said (online and hybrid sessions get a Teams call). */
  format?: SessionFormat;
  /** Participants (by position) who are not confirmed: on the waiting list or cancelled. */
  statuses?: Record<number, Participant['status']>;
}

/** An offer with one session on the given days, a typical programme each day, and registered participants. */
export function demoSession(options: DemoOptions): SeedData {
  const offer: Offer = {
    id: 'offer-demo',
    ...STAMP,
    hostMunicipality: 'Comune di Monza',
    hostOffice: 'Servizio Partecipazione, Giovani e Pari Opportunità',
    title: 'Processo di Co-progettazione con Enti del Terzo Settore',
    description: 'La pratica descrive il percorso di co-progettazione.',
    transferMethod: 'Incontri e visite',
    capacityMin: 4,
    capacityMax: options.capacityMax ?? 10,
    targetProfiles: 'Personale amministrativo',
    durationDays: options.days.length === 2 ? 2 : 1,
    dateMode: 'single',
    candidateSessions: [{ days: options.days }],
    notes: '',
    format: 'presenza',
    agendaDraft: [],
    source: null,
  };
  const session: Session = {
    id: 'session-demo',
    ...STAMP,
    offerId: offer.id,
    days: options.days,
    candidates: [],
    venue: options.format === 'online' ? '' : 'Sala San Rocco',
    format: options.format ?? 'presenza',
    online: options.format && options.format !== 'presenza' ? { platform: 'teams', link: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_san_rocco%40thread.v2/0' } : { platform: null, link: '' },
    venueAddress: options.format === 'online' ? '' : 'Via Ticino 30, 20900 Monza',
    contact: { name: 'Giulia Ferrario', phone: '039 2372 345', email: 'giulia.ferrario@comune.example.it' },
    status: 'confermata',
    capacityMin: 4,
    capacityMax: options.capacityMax ?? 10,
    notes: '',
    firstDay: options.days[0] ?? '',
  };
  const agendaItems: AgendaItem[] = options.days.flatMap((_, dayIndex) =>
    (
      [
        ['09:30', '11:00', 'Accoglienza e presentazione della pratica', 'intervento', true],
        ['11:00', '11:15', 'Pausa caffè', 'pausa', false],
        ['11:15', '13:00', 'Laboratorio di co-progettazione', 'laboratorio', true],
        ['13:00', '14:00', 'Pranzo', 'pranzo', false],
        ['14:00', '17:00', 'Visita ai servizi', 'visita', true],
      ] as const
    ).map(([start, end, title, kind, counts], i) => ({
      id: `item-${dayIndex}-${i}`,
      ...STAMP,
      sessionId: session.id,
      dayIndex,
      start,
      end,
      title,
      description: '',
      kind,
      place: 'Sala San Rocco',
      speakers: '',
      countsTowardHours: counts,
    })),
  );
  const count = options.participants ?? PEOPLE.length;
  const participants: Participant[] = Array.from({ length: count }, (_, i) => {
    const [surname, name, organisation, role] = PEOPLE[i] ?? [`Cognome${i}`, `Nome${i}`, `Comune ${i % 50}`, 'Funzionario'];
    return {
      id: `p-${i}`,
      ...STAMP,
      sessionId: session.id,
      surname,
      name,
      organisation,
      role,
      email: `persona${i}@example.it`,
      phone: '',
      notes: '',
      dietary: '',
      status: options.statuses?.[i] ?? 'confermato',
      checkinCode: codeFor(i),
      consent: { given: true, date: '2026-01-10' },
      overCapacityReason: null,
      walkIn: false,
    };
  });
  return { offer, session, agendaItems, participants, attendance: [] };
}

/**
 * Writes the data into the app's database and makes its session the current one. The app must have opened
 * the database already (any screen does); reload afterwards so the screens read it.
 */
export async function seed(page: Page, data: SeedData): Promise<void> {
  await page.evaluate(async (d) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ospita');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('sessions')) throw new Error('Il database non è ancora stato creato: apri l’app prima di seminare i dati.');
    const tables = ['offers', 'sessions', 'agendaItems', 'participantLists', 'attendanceDays'] as const;
    const rows = { offers: [d.offer], sessions: [d.session], agendaItems: d.agendaItems, participantLists: d.participantLists, attendanceDays: d.attendanceDays };
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction([...tables], 'readwrite');
      for (const table of tables) for (const row of rows[table]) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    localStorage.setItem('ospita.currentSession', d.session.id);
  }, { ...data, participantLists: groupIntoLists(data.participants), attendanceDays: groupIntoDays(data.attendance) });
}
