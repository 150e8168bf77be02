// What one session contributes to the Riepilogo: people expected and present, minutes attended, certificates,
// who came from which organisation, and the questionnaire's scale answers. Every figure of the programme report
// is a sum of these, so a session's figures can be computed once and kept (lib/db/report-figures.ts): the
// Riepilogo over ten years then adds up 500 small records instead of reading 50,000 attendance events.
import { decideCertificates } from '../domain/certificates';
import { foldAccents } from '../domain/fold';
import { emptyDistribution, isScaleValue, STANDARD_SCALES } from '../domain/feedback';
import { sessionHours } from '../domain/hours';
import type { AgendaItem, AttendanceEvent, FeedbackResponse, HostSettings, Participant, Session } from '../domain/types';

/** The settings the figures depend on: kept with stored figures, which count only while these are unchanged. */
export type FiguresSettings = Pick<HostSettings, 'certificateThreshold' | 'dayEnd'>;

export interface OrganisationShare {
  /** Grouping key: case, spaces and accents aside ('' for people who gave no organisation). */
  key: string;
  /** The spelling first met in the session ('' when none was given). */
  name: string;
  present: number;
  minutes: number;
}

/** Plain data (stored in IndexedDB as it is). */
export interface SessionFigures {
  /** Expected: the confirmed, plus anyone else who came. */
  registered: number;
  present: number;
  minutes: number;
  certificates: number;
  organisations: OrganisationShare[];
  /** Questionnaires answered. */
  responses: number;
  /** Per standard scale (in the order of STANDARD_SCALES), how many answered 1..5 (index 0 is 1). */
  scales: number[][];
}

/** The key organisations are grouped by: case, spaces and accents aside. */
export function organisationKey(name: string): string {
  return foldAccents(name).replace(/[’'`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** How many answered 1..5 on each standard scale. */
export function scaleDistributions(responses: readonly FeedbackResponse[]): number[][] {
  return STANDARD_SCALES.map((id) => {
    const distribution: number[] = emptyDistribution();
    for (const r of responses) {
      const v = r.answers[id];
      if (isScaleValue(v)) distribution[v - 1] = distribution[v - 1]! + 1;
    }
    return distribution;
  });
}

/**
 * The figures of one session from its own records. A session whose personal data was purged counts from its
 * anonymous statistics (its certificates can no longer be counted).
 */
export function sessionFigures(
  session: Session,
  participants: readonly Participant[],
  events: readonly AttendanceEvent[],
  items: readonly AgendaItem[],
  responses: readonly FeedbackResponse[],
  settings: FiguresSettings,
): SessionFigures {
  const organisations = new Map<string, OrganisationShare>();
  const addOrganisation = (rawName: string, present: number, minutes: number) => {
    const name = rawName.trim().replace(/\s+/g, ' ');
    const key = organisationKey(name);
    const o = organisations.get(key) ?? { key, name, present: 0, minutes: 0 };
    o.present += present;
    o.minutes += minutes;
    organisations.set(key, o);
  };
  const answers = { responses: responses.length, scales: scaleDistributions(responses) };
  if (session.statistics) {
    const s = session.statistics;
    for (const o of s.byOrganisation) addOrganisation(o.organisation, o.participants, o.minutes);
    return { registered: s.participants, present: s.attended, minutes: s.minutes, certificates: 0, organisations: [...organisations.values()], ...answers };
  }
  const known = new Map(participants.map((p) => [p.id, p]));
  // Everyone registered, cancelled ones included: someone with an entry not voided has a presence interval.
  const h = sessionHours({ sessionDays: session.days, items: [...items], events: [...events], participantIds: [...known.keys()], threshold: settings.certificateThreshold, fallbackDayEnd: settings.dayEnd });
  const entered = new Set<string>();
  for (const [id, p] of h.participants) if (p.days.some((d) => d.intervals.length > 0)) entered.add(id);
  let minutes = 0;
  for (const id of entered) {
    const m = h.participants.get(id)?.attendedMinutes ?? 0;
    minutes += m;
    addOrganisation(known.get(id)!.organisation, 1, m);
  }
  const expected = new Set([...participants.filter((p) => p.status === 'confermato').map((p) => p.id), ...entered]);
  const certificates = decideCertificates(participants, h).filter((d) => d.receives).length;
  return { registered: expected.size, present: entered.size, minutes, certificates, organisations: [...organisations.values()], ...answers };
}
