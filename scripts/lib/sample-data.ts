// Realistic data for every table, of any size: used by the backup tests, the bad-input suite and the benchmark.
import type { BackupData } from '../../src-renderer/lib/db/backup-document';
import { addDaysIso } from '../../src-renderer/lib/domain/dates';
import { DEFAULT_SETTINGS } from '../../src-renderer/lib/domain/settings';
import { defaultQuestions, questionnaireId } from '../../src-renderer/lib/domain/feedback';
import type { AgendaItem, AttendanceEvent, FeedbackResponse, Offer, Participant, Questionnaire, Session } from '../../src-renderer/lib/domain/types';

const T0 = '2026-03-01T09:00:00.000Z';
const SURNAMES = ['Rossi', 'Bianchi', 'Galli', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Conti', 'De Luca', 'D’Angelo', 'Esposito'];
const NAMES = ['Giulia', 'Marco', 'Nicolò', 'Chiara', 'Luca', 'Francesca', 'Andrea', 'Elena', 'Matteo', 'Sara'];
const BODIES = ['Comune di Bergamo', 'Comune di Lecco', 'Comune di Cremona', 'Comune di Pavia', 'Città metropolitana di Milano'];

export interface SampleSize {
  sessions?: number;
  participants?: number;
  attendance?: number;
  /** Guests' answers to the questionnaire, spread over the sessions. */
  responses?: number;
  /** Prefix of every id, so two "stations" can make disjoint data. */
  prefix?: string;
}

export function sampleData({ sessions = 2, participants = 6, attendance = 8, responses = 3, prefix = '' }: SampleSize = {}): BackupData {
  const offer: Offer = {
    id: `${prefix}o1`,
    createdAt: T0,
    updatedAt: T0,
    hostMunicipality: 'Comune di Monza',
    hostOffice: 'Settore Partecipazione, Politiche Abitative, Sport',
    title: 'Processo di Co-progettazione con Enti del Terzo Settore',
    description: 'Il Comune accompagna gli enti del terzo settore.\nSecondo paragrafo con «virgolette» e accenti: è, à, ù.',
    transferMethod: '1. Presentazione\n2. Laboratorio',
    capacityMin: 4,
    capacityMax: 10,
    targetProfiles: 'personale amministrativo',
    durationDays: 2,
    dateMode: 'multiple',
    candidateSessions: [{ days: ['2026-05-07', '2026-05-08'] }],
    notes: 'Le date possono essere soggette a modifiche',
    format: 'presenza',
    agendaDraft: [{ title: 'Accoglienza', detail: '' }],
    source: { fileName: 'scheda.docx', importedAt: T0 },
  };
  const sessionList: Session[] = Array.from({ length: sessions }, (_, i) => {
    const day = addDaysIso('2026-05-07', i * 7);
    return {
      id: `${prefix}s${i + 1}`,
      createdAt: T0,
      updatedAt: T0,
      offerId: offer.id,
      days: [day],
      candidates: [],
      venue: 'Sala consiliare',
      venueAddress: 'Piazza Trento e Trieste, 20900 Monza',
      contact: { name: 'Ilaria Ferrario', phone: '039 2372 345', email: 'ilaria.ferrario@comune.example.it' },
      // Every other session is hybrid, with its Teams call, so backups and upgrades carry both kinds.
      format: i % 2 === 1 ? 'ibrida' : 'presenza',
      online: i % 2 === 1 ? { platform: 'teams', link: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ospita%40thread.v2/0' } : { platform: null, link: '' },
      status: 'confermata',
      capacityMin: 4,
      capacityMax: 10,
      notes: '',
      firstDay: day,
      statistics: null,
      feedbackUrl: i % 2 === 0 ? 'https://forms.example.it/gradimento' : '',
    };
  });
  const agenda: AgendaItem[] = sessionList.flatMap((s, i) => [
    { id: `${prefix}a${i}-1`, createdAt: T0, updatedAt: T0, sessionId: s.id, dayIndex: 0, start: '09:00', end: '13:00', title: 'Presentazione', description: '', kind: 'intervento' as const, place: '', speakers: 'Maria Rossi', countsTowardHours: true },
    { id: `${prefix}a${i}-2`, createdAt: T0, updatedAt: T0, sessionId: s.id, dayIndex: 0, start: '13:00', end: '14:00', title: 'Pranzo', description: '', kind: 'pranzo' as const, place: '', speakers: '', countsTowardHours: false },
    { id: `${prefix}a${i}-3`, createdAt: T0, updatedAt: T0, sessionId: s.id, dayIndex: 0, start: '14:00', end: '17:00', title: 'Laboratorio', description: '', kind: 'laboratorio' as const, place: '', speakers: '', countsTowardHours: true },
  ]);
  const people: Participant[] = Array.from({ length: participants }, (_, i) => ({
    id: `${prefix}p${i + 1}`,
    createdAt: T0,
    updatedAt: T0,
    sessionId: sessionList[i % sessionList.length]!.id,
    surname: SURNAMES[i % SURNAMES.length]!,
    name: NAMES[i % NAMES.length]!,
    organisation: BODIES[i % BODIES.length]!,
    role: 'Istruttore amministrativo',
    email: `persona${i + 1}@comune.example.it`,
    phone: '039 123456',
    notes: i % 7 === 3 ? 'arriva in treno' : '',
    dietary: i % 7 === 0 ? 'vegetariana' : '',
    status: 'confermato',
    checkinCode: `K${(i + 1).toString(36).toUpperCase().padStart(4, '0')}`,
    consent: i % 5 === 4 ? { given: false, date: null } : { given: true, date: '2026-04-01' },
    overCapacityReason: null,
    walkIn: false,
    messages: i % 3 === 0 ? [{ kind: 'conferma' as const, preparedAt: '2026-04-02T08:00:00.000Z', station: 'Ingresso principale' }] : [],
  }));
  const events: AttendanceEvent[] = Array.from({ length: attendance }, (_, i) => {
    const p = people[Math.floor(i / 2) % people.length]!;
    const session = sessionList.find((s) => s.id === p.sessionId)!;
    const entering = i % 2 === 0;
    // On a hybrid session the second person followed online (from the Teams report): the same times, not the desk.
    const online = session.format === 'ibrida' && Math.floor(i / 2) % 4 === 1;
    return {
      id: `${prefix}e${i + 1}`,
      sessionId: p.sessionId,
      participantId: p.id,
      day: session.days[0]!,
      kind: entering ? 'in' : 'out',
      time: entering ? '09:05' : '16:30',
      recordedAt: `2026-05-07T${entering ? '07:05' : '14:30'}:00.000Z`,
      station: prefix ? `Postazione ${prefix}` : 'Postazione 1',
      stationId: `station-${prefix || '1'}`,
      source: online ? 'online' : 'desk',
      voidsEventId: null,
      reason: online ? 'Report Microsoft Teams' : '',
      ...(online ? { platform: 'teams' as const } : {}),
    };
  });
  const questionnaire: Questionnaire = {
    id: questionnaireId(offer.id),
    createdAt: T0,
    updatedAt: T0,
    offerId: offer.id,
    questions: [...defaultQuestions(), { id: 'q-extra1', kind: 'scale', text: 'Consiglierebbe la visita a un collega?' }],
  };
  const feedback: FeedbackResponse[] = Array.from({ length: responses }, (_, i) => ({
    id: `${prefix}r${i + 1}`,
    createdAt: T0,
    updatedAt: T0,
    sessionId: sessionList[i % sessionList.length]!.id,
    respondentName: i % 4 === 3 ? `${NAMES[i % NAMES.length]} ${SURNAMES[i % SURNAMES.length]}` : '',
    answers: { overall: 1 + ((i * 3 + 3) % 5), usefulness: 1 + ((i + 4) % 5), clarity: 5, organisation: 1 + (i % 5), ...(i % 2 ? { takeaway: 'Il metodo della co-progettazione, è così.' } : {}), 'q-extra1': 4 },
    source: i % 3 === 0 ? 'import' : 'paper',
    externalKey: i % 3 === 0 ? `row:${i}` : null,
  }));
  return {
    settings: [
      {
        ...DEFAULT_SETTINGS,
        municipality: 'Comune di Monza',
        stationName: 'Ingresso principale',
        messageTemplates: { conferma: { it: { subject: 'Iscrizione confermata: {titolo}', body: 'Gentile {nome} {cognome},\n\nla aspettiamo {date}.' } } },
        updatedAt: T0,
      },
    ],
    offers: [offer],
    sessions: sessionList,
    agendaItems: agenda,
    participants: people,
    attendance: events,
    // The office's certificate template: what a backup carries (the bytes of a .docx, base64; here only its
    // signature, as the backup tests never open it).
    documentTemplates: [{ id: 'certificate', fileName: 'Attestato su carta intestata.docx', data: 'UEsDBBQAAAAIAA==', createdAt: T0, updatedAt: T0 }],
    questionnaires: sessions > 0 ? [questionnaire] : [],
    feedback: sessions > 0 ? feedback : [],
    privacyLedger: [],
  };
}
