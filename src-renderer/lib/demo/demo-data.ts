// The demo office: the two example exchange forms as offers, two sessions that took place (the two-day San Rocco
// visit, the one-day Patti di Cittadinanza workshop) with full programmes, a dozen people with Italian names and
// accents, and check-ins where some qualify for a certificate and some do not. Deterministic: same input, same
// data. Pure: `npm run demo` (scripts/demo.ts) and the app's «Prova con i dati dimostrativi» both build it here.
// Every id starts with "demo-" (./demo-ids.ts): that is how the app tells demo records from real ones.
import type { BackupData } from '../db/backup-document';
import { countsByDefault } from '../domain/agenda';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { generateCheckinCode } from '../domain/checkin-code';
import { defaultQuestions, questionnaireId } from '../domain/feedback';
import { foldAccents } from '../domain/fold';
import type { OfferDraft } from '../domain/offers';
import type { AgendaItem, AgendaKind, AttendanceEvent, FeedbackResponse, HostSettings, Offer, Participant, Questionnaire, Session } from '../domain/types';
import { parseFormText } from '../import/form/parse';
import { offerDraftFromForm } from '../import/form/to-offer';
import { DEMO_CREATED } from './demo-ids';
import { demoLogoPng } from './demo-logo';
import type { ExampleForm } from './example-forms';

/** An offer's fields before it is stored: what the two example forms give. */
export type OfferFields = OfferDraft;

const CREATED = DEMO_CREATED;
const stored = (id: string, at = CREATED) => ({ id, createdAt: at, updatedAt: at });

type Slot = [start: string, end: string, kind: AgendaKind, title: string, place?: string, speakers?: string, description?: string];

function agenda(sessionId: string, days: Slot[][]): AgendaItem[] {
  return days.flatMap((slots, dayIndex) =>
    slots.map(([start, end, kind, title, place = '', speakers = '', description = ''], i) => ({
      ...stored(`${sessionId}-a${dayIndex + 1}-${i + 1}`),
      sessionId,
      dayIndex,
      start,
      end,
      title,
      description,
      kind,
      place,
      speakers,
      countsTowardHours: countsByDefault(kind),
    })),
  );
}

/** Dietary needs by position in a session's list, as guests write them on the registration form. */
const DIETARY: Record<number, string> = { 2: 'Vegetariana', 4: 'Celiachia (senza glutine)', 6: 'Intolleranza al lattosio' };

type Person = [surname: string, name: string, organisation: string, role: string, status?: Participant['status'], walkIn?: boolean];

/** A deterministic stream of numbers for the check-in codes. */
function seeded(seed: number): (count: number) => Uint32Array {
  let x = seed >>> 0 || 1;
  return (count) => {
    const out = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x >>> 0;
    }
    return out;
  };
}

function people(sessionId: string, list: Person[], codes: Set<string>, random: (n: number) => Uint32Array): Participant[] {
  return list.map(([surname, name, organisation, role, status = 'confermato', walkIn = false], i) => {
    const checkinCode = generateCheckinCode((c) => codes.has(c), random);
    codes.add(checkinCode);
    const slug = foldAccents(`${surname}.${name}`).replace(/[^a-z.]/g, '');
    const domain = foldAccents(organisation.replace(/^Comune di /, 'comune.').replace(/^Città metropolitana di /, 'cittametropolitana.')).replace(/[^a-z.]/g, '');
    return {
      ...stored(`${sessionId}-p${String(i + 1).padStart(2, '0')}`),
      sessionId,
      surname,
      name,
      organisation,
      role,
      email: `${slug}@${domain}.it`,
      phone: `+39 3${String(40 + i).padStart(2, '0')} ${String(1234567 + i * 7919).slice(0, 7)}`,
      notes: '',
      dietary: DIETARY[i] ?? '',
      status,
      checkinCode,
      consent: { given: true, date: '2026-04-02' },
      overCapacityReason: null,
      walkIn,
      messages: [],
    };
  });
}

/** Check-ins: per participant index, per day, the [in, out] pairs ('' for an exit never recorded). */
type Presence = Record<number, ([string, string][] | null)[]>;

function checkins(session: Session, participants: Participant[], presence: Presence): AttendanceEvent[] {
  const events: AttendanceEvent[] = [];
  let n = 0;
  for (const [index, days] of Object.entries(presence)) {
    const p = participants[Number(index)]!;
    days.forEach((pairs, d) => {
      const day = session.days[d]!;
      for (const [start, end] of pairs ?? []) {
        const push = (kind: 'in' | 'out', time: string) =>
          events.push({ id: `${session.id}-e${String(++n).padStart(3, '0')}`, sessionId: session.id, participantId: p.id, day, kind, time, recordedAt: `${day}T${time}:05.000Z`, station: 'Postazione 1', source: 'desk', voidsEventId: null, reason: '' });
        push('in', start);
        if (end) push('out', end);
      }
    });
  }
  return events;
}

export function demoData(forms: { sanRocco: OfferFields; patti: OfferFields }): BackupData {
  const logo = demoLogoPng();
  const settings: HostSettings = {
    ...DEFAULT_SETTINGS,
    municipality: 'Comune di Monza',
    office: 'Settore Partecipazione, Politiche Abitative, Sport',
    address: 'Piazza Trento e Trieste',
    city: '20900 Monza (MB)',
    phone: '039 2372 1',
    email: 'partecipazione@comune.monza.it',
    website: 'www.comune.monza.it',
    logo: { dataUrl: logo.dataUrl, mime: 'image/png', name: 'stemma-monza.png', width: logo.width, height: logo.height },
    signatoryName: 'Dott.ssa Maria Teresa Brambilla',
    signatoryRole: 'La Dirigente del Settore Partecipazione',
    stationName: 'Postazione 1',
    updatedAt: CREATED,
  };
  const sanRoccoOffer: Offer = { ...stored('demo-offerta-san-rocco'), ...forms.sanRocco };
  const pattiOffer: Offer = { ...stored('demo-offerta-patti'), ...forms.patti };

  const sanRoccoDays = sanRoccoOffer.candidateSessions[0]?.days.length === 2 ? sanRoccoOffer.candidateSessions[0].days : ['2026-05-07', '2026-05-08'];
  const sanRocco: Session = {
    ...stored('demo-san-rocco'),
    offerId: sanRoccoOffer.id,
    days: sanRoccoDays,
    candidates: [],
    venue: 'Sala Giunta, Palazzo Comunale',
    venueAddress: 'Piazza Trento e Trieste, 20900 Monza',
    contact: { name: 'Giulia Ferrario', phone: '039 2372 345', email: 'giulia.ferrario@comune.monza.it' },
    format: 'presenza',
    online: { platform: null, link: '' },
    status: 'svolta',
    capacityMin: sanRoccoOffer.capacityMin,
    capacityMax: sanRoccoOffer.capacityMax,
    notes: 'Il secondo giorno la visita si svolge nel quartiere San Rocco.',
    firstDay: sanRoccoDays[0]!,
    feedbackUrl: '',
  };
  // The workshop offered two alternative Mondays: the second one was confirmed.
  const pattiCandidates = pattiOffer.candidateSessions.length ? pattiOffer.candidateSessions : [{ days: ['2026-04-20'] }, { days: ['2026-04-27'] }];
  const pattiDays = pattiCandidates[pattiCandidates.length - 1]!.days;
  const patti: Session = {
    ...stored('demo-patti'),
    offerId: pattiOffer.id,
    days: pattiDays,
    candidates: pattiCandidates,
    venue: 'Sala Maddalena',
    venueAddress: 'Via Santa Maddalena 7, 20900 Monza',
    contact: { name: 'Luca Galbiati', phone: '039 2372 410', email: 'luca.galbiati@comune.monza.it' },
    format: 'presenza',
    online: { platform: null, link: '' },
    status: 'svolta',
    capacityMin: pattiOffer.capacityMin,
    capacityMax: pattiOffer.capacityMax,
    notes: '',
    firstDay: pattiDays[0]!,
    feedbackUrl: '',
  };

  const agendaItems = [
    ...agenda(sanRocco.id, [
      [
        ['09:00', '09:30', 'intervento', 'Accoglienza e presentazione della giornata', 'Sala Giunta', 'Servizio Partecipazione'],
        ['09:30', '11:00', 'intervento', 'La Strategia di Sviluppo Urbano Sostenibile San Rocco 2030', 'Sala Giunta', 'Struttura PNRR-Progettazione Europea'],
        ['11:00', '11:15', 'pausa', 'Pausa caffè'],
        ['11:15', '13:00', 'intervento', 'La co-progettazione con 13 Enti del Terzo Settore (art. 55 D.Lgs. 117/2017)', 'Sala Giunta', 'Ufficio Terzo Settore'],
        ['13:00', '14:00', 'pranzo', 'Pranzo'],
        ['14:00', '16:30', 'laboratorio', 'Laboratorio: i tavoli di co-progettazione e il piano di monitoraggio', 'Sala Giunta'],
        ['16:30', '17:00', 'intervento', 'Restituzione e domande'],
      ],
      [
        ['09:00', '09:30', 'trasferimento', 'Trasferimento nel quartiere San Rocco', 'partenza da piazza Trento e Trieste'],
        ['09:30', '12:30', 'visita', 'Visita ai luoghi del progetto con gli Enti del Terzo Settore', 'Quartiere San Rocco'],
        ['12:30', '13:30', 'pranzo', 'Pranzo'],
        ['13:30', '15:30', 'laboratorio', 'Gli indicatori di impatto sociale: esercitazione', 'Centro civico San Rocco'],
        ['15:30', '16:00', 'intervento', 'Conclusioni e questionario di gradimento', 'Centro civico San Rocco'],
      ],
    ]),
    ...agenda(patti.id, [
      [
        ['09:30', '10:30', 'intervento', 'Organismi partecipativi comunali: cosa sono, chi può farne parte, come interagiscono con il Comune', 'Sala Maddalena'],
        ['10:30', '11:30', 'intervento', 'Partecipazione e rappresentanza: il ruolo degli organismi partecipativi e del Comune', 'Sala Maddalena'],
        ['11:30', '11:45', 'pausa', 'Pausa'],
        ['11:45', '13:00', 'laboratorio', 'Strumenti di progettazione condivisa: obiettivi, regole, dialogo e gestione dei processi', 'Sala Maddalena'],
        ['13:00', '14:00', 'pranzo', 'Pranzo'],
        ['14:00', '15:30', 'laboratorio', 'I Patti di Cittadinanza: dalle istanze di quartiere ai progetti', 'Sala Maddalena'],
        ['15:30', '16:30', 'intervento', 'Co-valutazione e rendicontazione pubblica dell’impatto', 'Sala Maddalena'],
      ],
    ]),
  ];

  const codes = new Set<string>();
  const random = seeded(20260507);
  const sanRoccoPeople = people(
    sanRocco.id,
    [
      ['Làzzari', 'Fabrizio', 'Comune di Bergamo', 'Funzionario amministrativo'],
      ["D'Amico", 'Nicolò', 'Comune di Lecco', 'Istruttore direttivo'],
      ['Cantù', 'Marta', 'Comune di Brescia', 'Progettista sociale'],
      ['Esposito', 'Chiara', 'Comune di Cinisello Balsamo', 'Assistente sociale'],
      ['Ferrè', 'Gianluca', 'Città metropolitana di Milano', 'Funzionario europrogettista'],
      ['Sironi', 'Elena', 'Comune di Lodi', 'Istruttrice amministrativa', 'in_attesa'],
    ],
    codes,
    random,
  );
  const pattiPeople = people(
    patti.id,
    [
      ['Bassi', 'Noemi', 'Comune di Sesto San Giovanni', 'Funzionaria servizi partecipazione'],
      ['Colombo', 'Luca', 'Comune di Varese', 'Istruttore direttivo'],
      ['De Santis', 'Aurora', 'Comune di Como', 'Progettista interventi sociali'],
      ['Galbiati', 'Niccolò', 'Comune di Lissone', 'Funzionario'],
      ['Pellè', 'Simona', 'Comune di Desio', 'Assistente sociale'],
      ['Rovelli', 'Tommaso', 'Comune di Seregno', 'Istruttore amministrativo'],
      ['Zappa', 'Irene', 'Comune di Vimercate', 'Educatrice', 'annullato'],
    ],
    codes,
    random,
  );

  const attendance = [
    ...checkins(sanRocco, sanRoccoPeople, {
      0: [[['08:52', '17:04']], [['09:00', '16:02']]], // Làzzari: all of it
      1: [[['09:05', '17:00']], [['09:02', '12:30'], ['13:25', '16:00']]], // D'Amico: all of it
      2: [[['09:10', '13:00'], ['14:05', '17:00']], [['09:00', '']]], // Cantù: exit not recorded on day 2
      3: [[['09:00', '13:00']], [['09:30', '12:30']]], // Esposito: left at lunch both days, below the threshold
      4: [[['10:40', '17:00']], null], // Ferrè: late on day 1, absent on day 2
    }),
    ...checkins(patti, pattiPeople, {
      0: [[['09:25', '16:35']]],
      1: [[['09:30', '13:00'], ['13:55', '16:30']]],
      2: [[['09:40', '16:30']]],
      3: [[['11:00', '13:00']]], // arrived late and left at lunch: below the threshold
      4: [[['09:28', '16:20']]],
      // Rovelli never came.
    }),
  ];
  // A check-in recorded for the wrong person and voided at once, with its reason.
  const wrong: AttendanceEvent = { id: `${patti.id}-e900`, sessionId: patti.id, participantId: pattiPeople[5]!.id, day: pattiDays[0]!, kind: 'in', time: '09:31', recordedAt: `${pattiDays[0]}T09:31:10.000Z`, station: 'Postazione 1', source: 'desk', voidsEventId: null, reason: '' };
  attendance.push(wrong, { ...wrong, id: `${patti.id}-e901`, kind: 'void', time: '', voidsEventId: wrong.id, reason: 'Registrato per errore al posto di Colombo', recordedAt: `${pattiDays[0]}T09:31:40.000Z`, source: 'correction' });

  // The San Rocco offer asks one question of its own; the answers came on paper and from an online form.
  const questionnaires: Questionnaire[] = [
    {
      ...stored(questionnaireId(sanRoccoOffer.id), '2026-04-20T10:00:00.000Z'),
      offerId: sanRoccoOffer.id,
      questions: [...defaultQuestions().slice(0, 4), { id: 'q-visita', kind: 'scale', text: 'Quanto le è stata utile la visita ai servizi del territorio?' }, ...defaultQuestions().slice(4)],
    },
  ];
  type Answers = [overall: number, usefulness: number, clarity: number, organisation: number, extra: number | null, takeaway: string, comments: string, name?: string];
  const responses = (session: Session, source: FeedbackResponse['source'], list: Answers[]): FeedbackResponse[] =>
    list.map(([overall, usefulness, clarity, organisation, extra, takeaway, comments, name = ''], i) => {
      const answers: Record<string, number | string> = { overall, usefulness, clarity, organisation };
      if (extra !== null) answers['q-visita'] = extra;
      if (takeaway) answers.takeaway = takeaway;
      if (comments) answers.comments = comments;
      const at = `${session.days[session.days.length - 1]}T16:${String(10 + i).padStart(2, '0')}:00.000Z`;
      return { ...stored(`${session.id}-r${String(i + 1).padStart(2, '0')}`, at), sessionId: session.id, respondentName: name, answers, source, externalKey: null };
    });
  const feedback = [
    ...responses(sanRocco, 'paper', [
      [5, 5, 4, 5, 5, 'Il modello di co-progettazione con il terzo settore, a partire dall’avviso pubblico.', 'Visita ai servizi molto concreta.', 'Fabrizio Làzzari'],
      [4, 5, 4, 4, 4, 'La cabina di regia con gli enti e la scheda di monitoraggio.', ''],
      [5, 4, 5, 4, 5, 'Proporrò alla Giunta un percorso simile per i centri civici.', 'Più tempo per le domande al tavolo di lavoro.'],
      [3, 4, 3, 3, null, '', 'La seconda giornata era troppo lunga.'],
    ]),
    ...responses(patti, 'import', [
      [5, 5, 5, 4, null, 'Lo schema di patto di collaborazione e il regolamento.', ''],
      [4, 4, 4, 5, null, 'Il metodo per coinvolgere i cittadini attivi.', 'Ottima accoglienza, grazie!'],
      [4, 3, 4, 4, null, '', ''],
    ]),
  ];

  return {
    settings: [settings],
    offers: [sanRoccoOffer, pattiOffer],
    sessions: [sanRocco, patti],
    agendaItems,
    participants: [...sanRoccoPeople, ...pattiPeople],
    attendance,
    documentTemplates: [],
    questionnaires,
    feedback,
    privacyLedger: [],
  };
}

/** Dates without a year in the forms ("7-8 MAGGIO") are read from this day on. */
const REFERENCE_DAY = '2026-01-15';
const IMPORTED = '2026-03-02T09:00:00.000Z';

/** Something is wrong with the forms the demo is built from: the message says what, in Italian. */
export class DemoError extends Error {}

/** The demo data from the two example forms (docs/examples/), read with the app's own form parser. */
export function demoDataFromForms(forms: ExampleForm[]): BackupData {
  const offers = forms.map((f) => {
    try {
      return offerDraftFromForm(parseFormText(f.text, { today: REFERENCE_DAY }), f.fileName, IMPORTED);
    } catch (error) {
      throw new DemoError(`La scheda di esempio ${f.fileName} non si legge: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const sanRocco = offers.find((o) => /co-progettazione/i.test(o.title) && o.durationDays === 2);
  const patti = offers.find((o) => /patti di cittadinanza/i.test(o.title));
  if (!sanRocco || !patti) throw new DemoError('Mancano le due schede di esempio (Co-progettazione con Enti del Terzo Settore e Patti di Cittadinanza).');
  return demoData({ sanRocco, patti });
}
