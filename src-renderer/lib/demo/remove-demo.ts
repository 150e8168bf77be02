// «Rimuovi i dati dimostrativi»: what goes and what stays, worked out on the whole data set before anything is
// written, so the user sees it first and the database changes in one step.
//
// Demo records (ids starting with "demo-") go, with whatever hangs only on them: the attendance of demo people,
// agenda items added to a demo session. Real records never go. A real record that hangs on a demo one keeps it:
// a real participant registered to a demo session keeps that session, its offer and its programme, which become
// real data (new ids, no demo mark); a real session created from a demo offer keeps the offer. The demo people
// of a kept session still go, with their attendance. A questionnaire follows its offer; the demo's answers go,
// answers typed for a session stay as long as the session does. The demo's host settings go back to the defaults
// unless the user saved them since.
import type { BackupData } from '../db/backup-document';
import { questionnaireId } from '../domain/feedback';
import { DEMO_CREATED, isDemoId } from './demo-ids';

export interface KeptSession {
  /** The id the session has after the removal (a new, real one). */
  id: string;
  offerTitle: string;
  days: string[];
  /** "Surname Name" of the real participants that keep it. */
  people: string[];
}

export interface DemoRemoval {
  /** Everything that remains, ready to replace the database's content. */
  data: BackupData;
  removed: { offers: number; sessions: number; agendaItems: number; participants: number; attendance: number };
  /** Demo sessions kept because real participants are registered to them. */
  keptSessions: KeptSession[];
  /** Titles of demo offers kept because a real or kept session belongs to them. */
  keptOffers: string[];
  /** The host settings: put back to the defaults, left as the user saved them, or not the demo's at all. */
  settings: 'reset' | 'kept' | 'untouched';
  /** Old id → new id of every demo record that stays (sessions, offers, agenda items). */
  renamed: Map<string, string>;
}

/** True when the data holds any demo record. */
export function hasDemoData(data: Pick<BackupData, 'offers' | 'sessions' | 'participants'>): boolean {
  return data.offers.some((o) => isDemoId(o.id)) || data.sessions.some((s) => isDemoId(s.id)) || data.participants.some((p) => isDemoId(p.id));
}

/** Plans the removal; `newId` gives the real ids of the demo records that stay. Pure: `data` is not changed. */
export function planDemoRemoval(data: BackupData, newId: () => string): DemoRemoval {
  const realPeople = data.participants.filter((p) => !isDemoId(p.id));
  const keptSessionIds = new Set(data.sessions.filter((s) => isDemoId(s.id) && realPeople.some((p) => p.sessionId === s.id)).map((s) => s.id));
  const staysSession = (id: string) => !isDemoId(id) || keptSessionIds.has(id);
  const sessions = data.sessions.filter((s) => staysSession(s.id));
  const keptOfferIds = new Set(sessions.filter((s) => isDemoId(s.offerId)).map((s) => s.offerId));
  const staysOffer = (id: string) => !isDemoId(id) || keptOfferIds.has(id);

  const renamed = new Map<string, string>();
  const rename = (id: string) => {
    if (!isDemoId(id)) return id;
    let next = renamed.get(id);
    if (!next) {
      next = newId();
      renamed.set(id, next);
    }
    return next;
  };

  const offers = data.offers.filter((o) => staysOffer(o.id));
  const agendaItems = data.agendaItems.filter((a) => staysSession(a.sessionId));
  const participants = realPeople.filter((p) => staysSession(p.sessionId));
  const participantIds = new Set(participants.map((p) => p.id));
  const attendance = data.attendance.filter((e) => participantIds.has(e.participantId) && staysSession(e.sessionId));
  const questionnaires = data.questionnaires.filter((q) => staysOffer(q.offerId));
  const feedback = data.feedback.filter((r) => !isDemoId(r.id) && staysSession(r.sessionId));

  const demoSettings = data.settings.find((s) => s.id === 'host');
  const settingsAreDemo = demoSettings?.updatedAt === DEMO_CREATED;
  const settingsLookDemo = demoSettings?.logo?.name === 'stemma-monza.png';

  const remaining: BackupData = {
    settings: settingsAreDemo ? data.settings.filter((s) => s.id !== 'host') : data.settings,
    offers: offers.map((o) => ({ ...o, id: rename(o.id) })),
    sessions: sessions.map((s) => ({ ...s, id: rename(s.id), offerId: rename(s.offerId) })),
    agendaItems: agendaItems.map((a) => ({ ...a, id: rename(a.id), sessionId: rename(a.sessionId) })),
    participants: participants.map((p) => ({ ...p, sessionId: rename(p.sessionId) })),
    attendance: attendance.map((e) => ({ ...e, sessionId: rename(e.sessionId) })),
    // The office's Word templates are never demo data: they stay.
    documentTemplates: data.documentTemplates,
    // A questionnaire's id is its offer's: a kept demo offer's gets the new one.
    questionnaires: questionnaires.map((q) => (isDemoId(q.offerId) ? { ...q, id: questionnaireId(rename(q.offerId)), offerId: rename(q.offerId) } : q)),
    feedback: feedback.map((r) => ({ ...r, sessionId: rename(r.sessionId) })),
    privacyLedger: data.privacyLedger,
  };

  const titles = new Map(data.offers.map((o) => [o.id, o.title]));
  const keptSessions = data.sessions
    .filter((s) => keptSessionIds.has(s.id))
    .map((s) => ({
      id: rename(s.id),
      offerTitle: titles.get(s.offerId) ?? '',
      days: s.days.length ? s.days : (s.candidates[0]?.days ?? []),
      people: realPeople.filter((p) => p.sessionId === s.id).map((p) => `${p.surname} ${p.name}`.trim()),
    }));

  return {
    data: remaining,
    removed: {
      offers: data.offers.length - offers.length,
      sessions: data.sessions.length - sessions.length,
      agendaItems: data.agendaItems.length - agendaItems.length,
      participants: data.participants.length - participants.length,
      attendance: data.attendance.length - attendance.length,
    },
    keptSessions,
    keptOffers: data.offers.filter((o) => keptOfferIds.has(o.id)).map((o) => o.title),
    settings: settingsAreDemo ? 'reset' : settingsLookDemo ? 'kept' : 'untouched',
    renamed,
  };
}
