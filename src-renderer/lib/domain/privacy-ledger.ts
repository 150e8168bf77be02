// The privacy ledger (pure): every purge of a session's personal data and every erasure of one person (GDPR
// art. 17), kept as small records that hold no personal data themselves, so that any copy of the data made
// before (an automatic backup, another station's file, the journal's base) can be brought up to date: a restore
// or a merge applies the whole ledger to what it brings in. The ledger only grows, and two ledgers join by
// union of ids, so applying it twice, or in any order, gives the same data.
import type { AttendanceEvent, FeedbackResponse, IsoInstant, Participant, Session, SessionStatistics } from './types';

/** A session's personal data was purged; `statistics` is what it kept (restored on a copy that lacks it). */
export interface PurgeRecord {
  /** `purge:<sessionId>`: one record per session. */
  id: string;
  kind: 'purge';
  sessionId: string;
  at: IsoInstant;
  statistics: SessionStatistics;
}

/** What an erased person still counts for in the session's anonymous statistics (null: counted for nothing). */
export interface ErasedCount {
  organisation: string;
  minutes: number;
  attended: boolean;
}

/** One person was erased on request (a tombstone: their id, never their name). */
export interface ErasureRecord {
  /** `erase:<participantId>`. */
  id: string;
  kind: 'erase';
  participantId: string;
  sessionId: string;
  at: IsoInstant;
  counted: ErasedCount | null;
  /** The questionnaire answers they signed with their name (ids): those keep their answers but lose the name. */
  feedback: string[];
}

export type LedgerRecord = PurgeRecord | ErasureRecord;

export const purgeRecordId = (sessionId: string) => `purge:${sessionId}`;
export const erasureRecordId = (participantId: string) => `erase:${participantId}`;

export function purgeRecord(sessionId: string, statistics: SessionStatistics): PurgeRecord {
  return { id: purgeRecordId(sessionId), kind: 'purge', sessionId, at: statistics.purgedAt, statistics };
}

export function erasureRecord(participant: Pick<Participant, 'id' | 'sessionId'>, at: IsoInstant, counted: ErasedCount | null, feedback: readonly string[] = []): ErasureRecord {
  return { id: erasureRecordId(participant.id), kind: 'erase', participantId: participant.id, sessionId: participant.sessionId, at, counted, feedback: [...feedback] };
}

/**
 * Both ledgers as one, by id; when both hold the same record the earlier one stays (the same purge or erasure
 * seen from two stations), so the union is the same whichever side it is taken from. Sorted by time, then id.
 */
export function unionLedger(...ledgers: readonly (readonly LedgerRecord[])[]): LedgerRecord[] {
  const byId = new Map<string, LedgerRecord>();
  for (const ledger of ledgers) {
    for (const record of ledger) {
      const known = byId.get(record.id);
      if (!known || record.at < known.at || (record.at === known.at && JSON.stringify(record) < JSON.stringify(known))) byId.set(record.id, record);
    }
  }
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Records of `ledger` that `known` does not hold yet. */
export function newRecords(ledger: readonly LedgerRecord[], known: readonly LedgerRecord[]): LedgerRecord[] {
  const ids = new Set(known.map((r) => r.id));
  return ledger.filter((r) => !ids.has(r.id));
}

/** The part of the data the ledger acts on. */
export interface PersonalData {
  sessions: Session[];
  participants: Participant[];
  attendance: AttendanceEvent[];
  /** Questionnaire answers (absent from data that has none to act on). */
  feedback?: FeedbackResponse[];
}

export interface LedgerEffect {
  /** Participants removed (purged sessions' and erased people). */
  participants: string[];
  /** Attendance events removed. */
  events: string[];
  /** Sessions that get back the anonymous statistics of their purge. */
  sessionsMarked: string[];
  /** Questionnaire answers that lose the name they were signed with (of purged sessions, or of erased people). */
  feedback: string[];
}

export const NO_EFFECT: LedgerEffect = { participants: [], events: [], sessionsMarked: [], feedback: [] };

export function hasEffect(effect: LedgerEffect): boolean {
  return effect.participants.length > 0 || effect.events.length > 0 || effect.sessionsMarked.length > 0 || effect.feedback.length > 0;
}

/** What the ledger keeps out of a copy, as a coordinator is told before a restore. */
export interface KeptOut {
  /** People registered to sessions whose personal data was purged. */
  purged: number;
  /** People erased on request. */
  erased: number;
  /** Questionnaire answers that lose the name they were signed with. */
  unsigned: number;
}

/** What applying `ledger` to `data` would take out, people counted once each, by why they go. */
export function keptOut(data: PersonalData, ledger: readonly LedgerRecord[]): KeptOut {
  const { effect } = applyLedger(data, ledger);
  const purgedSessions = new Set(ledger.filter((r) => r.kind === 'purge').map((r) => r.sessionId));
  const sessionOf = new Map(data.participants.map((p) => [p.id, p.sessionId]));
  let purged = 0;
  for (const id of effect.participants) if (purgedSessions.has(sessionOf.get(id)!)) purged++;
  return { purged, erased: effect.participants.length - purged, unsigned: effect.feedback.length };
}

/**
 * The data with every purge and erasure of the ledger applied: the participants of purged sessions and the
 * erased people go with their attendance (and the corrections that void it), and a purged session that lacks
 * its statistics gets them back, with the purge's time as its `updatedAt` if that is later, so the purge also
 * wins any merge by latest change. Questionnaire answers stay (they count anonymously) but those of a purged
 * session, or signed by an erased person, lose the name, with the same later `updatedAt`. Everything else is
 * returned as it was, in the same order.
 */
export function applyLedger<D extends PersonalData>(data: D, ledger: readonly LedgerRecord[]): { data: D; effect: LedgerEffect } {
  if (ledger.length === 0) return { data, effect: NO_EFFECT };
  const purges = new Map<string, PurgeRecord>();
  const erased = new Set<string>();
  const unsigned = new Map<string, IsoInstant>();
  for (const record of ledger) {
    if (record.kind === 'purge') purges.set(record.sessionId, record);
    else {
      erased.add(record.participantId);
      for (const id of record.feedback ?? []) unsigned.set(id, record.at);
    }
  }

  const sessionsMarked: string[] = [];
  const sessions = data.sessions.map((s) => {
    const purge = purges.get(s.id);
    if (!purge || s.statistics) return s;
    sessionsMarked.push(s.id);
    return { ...s, statistics: purge.statistics, updatedAt: s.updatedAt > purge.at ? s.updatedAt : purge.at };
  });

  const removedPeople: string[] = [];
  const participants = data.participants.filter((p) => {
    const gone = purges.has(p.sessionId) || erased.has(p.id);
    if (gone) removedPeople.push(p.id);
    return !gone;
  });

  const removedEvents = new Set<string>();
  for (const e of data.attendance) if (purges.has(e.sessionId) || erased.has(e.participantId)) removedEvents.add(e.id);
  // A correction voiding a removed event goes too (it would point at nothing); corrections of corrections follow.
  for (let grew = removedEvents.size > 0; grew; ) {
    grew = false;
    for (const e of data.attendance) {
      if (!removedEvents.has(e.id) && e.voidsEventId !== null && removedEvents.has(e.voidsEventId)) {
        removedEvents.add(e.id);
        grew = true;
      }
    }
  }
  const attendance = removedEvents.size ? data.attendance.filter((e) => !removedEvents.has(e.id)) : data.attendance;

  const unnamed: string[] = [];
  const feedback = data.feedback?.map((r) => {
    const at = purges.get(r.sessionId)?.at ?? unsigned.get(r.id);
    if (at === undefined || !r.respondentName) return r;
    unnamed.push(r.id);
    return { ...r, respondentName: '', updatedAt: r.updatedAt > at ? r.updatedAt : at };
  });

  const effect: LedgerEffect = { participants: removedPeople, events: [...removedEvents], sessionsMarked, feedback: unnamed };
  if (!hasEffect(effect)) return { data, effect: NO_EFFECT };
  const changed = { ...data, sessions: sessionsMarked.length ? sessions : data.sessions, participants, attendance };
  if (unnamed.length) changed.feedback = feedback;
  return { data: changed, effect };
}

/** The erasures of one session (their anonymous counts join its statistics when the session is purged). */
export function erasuresOf(ledger: readonly LedgerRecord[], sessionId: string): ErasureRecord[] {
  return ledger.filter((r): r is ErasureRecord => r.kind === 'erase' && r.sessionId === sessionId);
}

/** True when `text` (a file we cannot read as a backup) names any session purged or person erased in the ledger. */
export function mentionsLedger(text: string, ledger: readonly LedgerRecord[]): boolean {
  return ledger.some((r) => text.includes(JSON.stringify(r.kind === 'purge' ? r.sessionId : r.participantId)));
}
