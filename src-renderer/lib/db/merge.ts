// Merging another station's backup into this one: two laptops at the door, one database afterwards.
// Attendance events are an append-only log: the union by id, never doubled, never lost. Offers, sessions,
// agenda items, participants, the office's Word templates, questionnaires and feedback answers are matched by id
// and the latest change (`updatedAt`) wins (answers typed on two laptops have different ids, so both are kept);
// when both copies were edited and differ, the record is reported as a conflict. Two copies that differ with the
// same time of change are decided by comparing their content (the same choice whichever station merges into
// which) and reported. Check-in codes end up unique in each session (lib/domain/code-clashes.ts), with every new code
// reported. The messages prepared for a participant (who was told what) are the union of both copies',
// whichever copy wins. Settings stay those of this station.
// Deletions are not carried over (a record deleted here but present there comes back). Merging the same file
// twice changes nothing. Personal data of a purged session (its latest version carries anonymous statistics)
// is never brought back, and a purge made on the other station is applied here too. The two privacy ledgers
// join, and every purge and erasure in them is applied to both sides: a file made before an erasure never
// brings the person back, and a person erased over there is erased here.
import { applyLedger, newRecords, unionLedger } from '../domain/privacy-ledger';
import { resolveCodeClashes } from '../domain/code-clashes';
import { byId } from '../domain/collections';
import type { BackupData, BackupDocument, TableRecords } from './backup-document';
import { appendEvents, deleteSessionLog, removeEvents } from './attendance-days';
import type { OspitaDatabase } from './database';
import { deleteParticipants, putParticipants } from './participant-lists';
import { putFeedback } from './feedback-lists';
import { getDb } from './index';
import { journaledWrite } from './journaled';
import { readRecords } from './read-records';
import { sameMessages, unionMessages } from '../messages/log';

export const MERGED_TABLES = ['offers', 'sessions', 'agendaItems', 'participants', 'documentTemplates', 'questionnaires', 'feedback'] as const;
export type MergedTable = (typeof MERGED_TABLES)[number];
type LocalData = Pick<BackupData, MergedTable | 'attendance' | 'privacyLedger'>;

export interface MergeConflict {
  table: MergedTable;
  id: string;
  /** How a person recognises the record: an offer's title, a participant's name, a session's days. */
  label: string;
  kept: 'local' | 'incoming';
  localUpdatedAt: string;
  incomingUpdatedAt: string;
}

/** A record that differs on the two stations with the same time of change: nothing says which is newer. */
export interface SameTimeDifference {
  table: MergedTable;
  id: string;
  label: string;
  updatedAt: string;
  /** Decided by comparing the two copies' content, so both stations keep the same one. */
  kept: 'local' | 'incoming';
}

/** A participant given a new check-in code because someone of the same session already had theirs. */
export interface RecodedParticipant {
  id: string;
  label: string;
  previousCode: string;
  code: string;
  /** Who keeps the code (registered first). */
  keptBy: string;
  /** Where the participant was before the merge. */
  origin: 'local' | 'incoming' | 'both';
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Records where this station's copy is newer and stays. */
  keptLocal: number;
}

export interface MergeReport {
  tables: Record<MergedTable, MergeCounts>;
  attendanceAdded: number;
  attendanceAlreadyPresent: number;
  conflicts: MergeConflict[];
  sameTime: SameTimeDifference[];
  recoded: RecodedParticipant[];
  /** Participants and events not brought back because their session's personal data was purged. */
  purgedSkipped: number;
  /** Participants and events not brought back, or removed here, because the person was erased on request. */
  erasedSkipped: number;
  /** Purges and erasures made on the other station, recorded and applied here. */
  ledgerAdded: number;
  /** True when the merge would change nothing. */
  changesNothing: boolean;
}

export interface MergePlan {
  report: MergeReport;
  puts: { [T in MergedTable | 'attendance' | 'privacyLedger']: TableRecords[T][] };
  /** Local personal data to remove because the other station purged its session or erased the person. */
  purge: {
    participants: string[];
    /** The events removed, and the sessions whose whole log goes with them. */
    attendance: string[];
    attendanceOfSessions: string[];
    /** Events of erased people, removed one by one. */
    events: TableRecords['attendance'][];
    /** Sessions whose personal data goes whole (purged on either side). */
    sessions: string[];
  };
}

/** Deep equality of two stored records, whatever the order of their keys. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const edited = (r: { createdAt: string; updatedAt: string }) => r.updatedAt !== r.createdAt;

/** JSON of a record with its keys sorted (undefined fields left out): one text per content, to compare two copies. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** Which copy is kept: the later change, or with the same time of change the greater content (symmetric). */
function incomingWins(ours: { updatedAt: string }, theirs: { updatedAt: string }): boolean {
  if (theirs.updatedAt !== ours.updatedAt) return theirs.updatedAt > ours.updatedAt;
  return stableJson(theirs) > stableJson(ours);
}

const personLabel = (p: TableRecords['participants']) => `${p.surname} ${p.name}`.trim();

function anonymisedIfPurged(r: TableRecords['feedback'], purged: ReadonlySet<string>): TableRecords['feedback'] {
  return r.respondentName && purged.has(r.sessionId) ? { ...r, respondentName: '' } : r;
}

/** What merging `incoming` into `local` would do. Pure: the same inputs give the same plan. */
export function planMerge(localAsStored: LocalData, incomingAsRead: BackupData): MergePlan {
  // Both sides brought up to date with every purge and erasure either of them knows.
  const ledger = unionLedger(localAsStored.privacyLedger, incomingAsRead.privacyLedger);
  const { data: incoming, effect: incomingEffect } = applyLedger(incomingAsRead, ledger);
  const { data: local, effect: localEffect } = applyLedger(localAsStored, ledger);
  const purgedByLedger = new Set(ledger.filter((r) => r.kind === 'purge').map((r) => r.sessionId));
  const ofPurged = (sessionId: string) => purgedByLedger.has(sessionId);
  const incomingPeople = new Map(incomingAsRead.participants.map((p) => [p.id, p.sessionId]));
  const incomingEvents = new Map(incomingAsRead.attendance.map((e) => [e.id, e.sessionId]));
  let erasedSkipped = 0;
  const titles = new Map([...local.offers, ...incoming.offers].map((o) => [o.id, o.title]));
  const label = (table: MergedTable, r: TableRecords[MergedTable]): string => {
    if (table === 'offers') return (r as TableRecords['offers']).title;
    if (table === 'participants') return personLabel(r as TableRecords['participants']);
    if (table === 'documentTemplates') return (r as TableRecords['documentTemplates']).fileName;
    if (table === 'questionnaires') return titles.get((r as TableRecords['questionnaires']).offerId) ?? '';
    if (table === 'feedback') return (r as TableRecords['feedback']).respondentName || (r as TableRecords['feedback']).id;
    if (table === 'sessions') {
      const s = r as TableRecords['sessions'];
      return `${titles.get(s.offerId) ?? ''} (${(s.days.length ? s.days : [s.firstDay]).join(', ')})`;
    }
    const a = r as TableRecords['agendaItems'];
    return `${a.start}–${a.end} ${a.title}`;
  };

  const conflicts: MergeConflict[] = [];
  const sameTime: SameTimeDifference[] = [];
  const tables = {} as Record<MergedTable, MergeCounts>;
  const puts = { offers: [], sessions: [], agendaItems: [], participants: [], documentTemplates: [], questionnaires: [], feedback: [], attendance: [], privacyLedger: [] } as MergePlan['puts'];
  const merged = new Map<string, TableRecords['sessions']>(local.sessions.map((s) => [s.id, s]));

  // Sessions come before participants in MERGED_TABLES, so this is final when participants are merged.
  const purgedSessions = new Set<string>();
  let purgedSkipped = 0;
  for (const id of incomingEffect.participants) if (ofPurged(incomingPeople.get(id)!)) purgedSkipped++;
  else erasedSkipped++;
  for (const id of incomingEffect.events) if (ofPurged(incomingEvents.get(id)!)) purgedSkipped++;
  else erasedSkipped++;

  for (const table of MERGED_TABLES) {
    const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0, keptLocal: 0 };
    const mine = new Map<string, TableRecords[MergedTable]>(local[table].map((r) => [r.id, r]));
    if (table === 'participants') for (const s of merged.values()) if (s.statistics) purgedSessions.add(s.id);
    for (const given of incoming[table] as TableRecords[MergedTable][]) {
      if (table === 'participants' && purgedSessions.has((given as TableRecords['participants']).sessionId)) {
        purgedSkipped++;
        continue;
      }
      // Answers of a purged session stay, without the name a guest may have signed them with.
      let theirs = table === 'feedback' ? anonymisedIfPurged(given as TableRecords['feedback'], purgedSessions) : given;
      const ours = mine.get(theirs.id);
      // Our copy with the other station's prepared messages added: it is written even when ours is kept.
      let oursWithTheirs = ours;
      if (table === 'participants' && ours) {
        const a = ours as TableRecords['participants'];
        const b = theirs as TableRecords['participants'];
        if (!sameMessages(a.messages, b.messages)) {
          const messages = unionMessages(a.messages, b.messages);
          theirs = { ...b, messages };
          oursWithTheirs = sameMessages(a.messages, messages) ? ours : { ...a, messages };
        }
      }
      let winner: TableRecords[MergedTable] | null = null;
      if (!ours) {
        counts.added++;
        winner = theirs;
      } else if (sameRecord(ours, theirs) || sameRecord(oursWithTheirs, theirs)) {
        // The same, or differing only in messages the other station prepared.
        if (oursWithTheirs !== ours) {
          counts.updated++;
          winner = oursWithTheirs!;
        } else counts.unchanged++;
      } else {
        // Compared with the same messages on both sides, so the choice is the same on either station.
        const theirsWin = incomingWins(oursWithTheirs!, theirs);
        if (theirsWin) {
          counts.updated++;
          winner = theirs;
        } else {
          counts.keptLocal++;
          if (oursWithTheirs !== ours) winner = oursWithTheirs!;
        }
        const kept = theirsWin ? 'incoming' : 'local';
        if (theirs.updatedAt === ours.updatedAt) sameTime.push({ table, id: theirs.id, label: label(table, theirsWin ? theirs : ours), updatedAt: ours.updatedAt, kept });
        else if (edited(ours) && edited(theirs)) {
          conflicts.push({ table, id: theirs.id, label: label(table, theirsWin ? theirs : ours), kept, localUpdatedAt: ours.updatedAt, incomingUpdatedAt: theirs.updatedAt });
        }
      }
      if (winner) {
        (puts[table] as TableRecords[MergedTable][]).push(winner);
        if (table === 'sessions') merged.set(winner.id, winner as TableRecords['sessions']);
      }
    }
    tables[table] = counts;
  }
  const anonymised = new Set(puts.feedback.map((r) => r.id));
  for (const r of local.feedback) {
    if (anonymised.has(r.id)) continue;
    // Names the ledger took off here (a purge or an erasure known only to the other station), or a purge that won.
    if (localEffect.feedback.includes(r.id)) puts.feedback.push(r);
    else if (r.respondentName && purgedSessions.has(r.sessionId)) puts.feedback.push(anonymisedIfPurged(r, purgedSessions));
  }

  // A session whose personal data was purged (on either side, if that change won) keeps none after the merge.
  const localEvents = new Set(local.attendance.map((e) => e.id));
  let attendanceAlreadyPresent = 0;
  for (const event of incoming.attendance) {
    if (localEvents.has(event.id)) attendanceAlreadyPresent++;
    else if (purgedSessions.has(event.sessionId)) purgedSkipped++;
    else puts.attendance.push(event);
  }
  const recoded = planCodes(local.participants, incoming.participants, puts.participants, purgedSessions);

  // What the ledger takes out of this station's own data: whole sessions' logs for purges, single events for
  // erasures; a purged session kept from this side gets its statistics back.
  for (const id of localEffect.sessionsMarked) if (!puts.sessions.some((s) => s.id === id)) puts.sessions.push(local.sessions.find((s) => s.id === id)!);
  const localPeople = new Map(localAsStored.participants.map((p) => [p.id, p]));
  const localGone = new Set(localEffect.events);
  const wholeLog = (sessionId: string) => purgedSessions.has(sessionId) || ofPurged(sessionId);
  for (const id of localEffect.participants) if (!ofPurged(localPeople.get(id)!.sessionId)) erasedSkipped++;
  const removedLocal = localAsStored.attendance.filter((e) => wholeLog(e.sessionId) || localGone.has(e.id));
  const erasedEvents = removedLocal.filter((e) => !wholeLog(e.sessionId));
  erasedSkipped += erasedEvents.length;
  const purge = {
    participants: [...local.participants.filter((p) => purgedSessions.has(p.sessionId)).map((p) => p.id), ...localEffect.participants],
    attendance: removedLocal.map((e) => e.id),
    attendanceOfSessions: [...new Set(removedLocal.filter((e) => wholeLog(e.sessionId)).map((e) => e.sessionId))],
    events: erasedEvents,
    sessions: [...new Set([...purgedSessions, ...purgedByLedger])].filter((id) => removedLocal.some((e) => e.sessionId === id) || localAsStored.participants.some((p) => p.sessionId === id)),
  };
  puts.privacyLedger = newRecords(ledger, localAsStored.privacyLedger);
  const ledgerAdded = puts.privacyLedger.length;

  const changesNothing =
    MERGED_TABLES.every((t) => puts[t].length === 0) && puts.attendance.length === 0 && purge.participants.length === 0 && purge.attendance.length === 0 && purge.events.length === 0 && ledgerAdded === 0;
  return {
    report: { tables, attendanceAdded: puts.attendance.length, attendanceAlreadyPresent, conflicts, sameTime, recoded, purgedSkipped, erasedSkipped, ledgerAdded, changesNothing },
    puts,
    purge,
  };
}

/**
 * Makes check-in codes unique in each session of the merged participants: the new codes replace the records in
 * `puts` (or join it, for a participant only this station had changed), and the list says who got which.
 */
function planCodes(
  local: readonly TableRecords['participants'][],
  incoming: readonly TableRecords['participants'][],
  puts: TableRecords['participants'][],
  purgedSessions: ReadonlySet<string>,
): RecodedParticipant[] {
  const merged = new Map(local.filter((p) => !purgedSessions.has(p.sessionId)).map((p) => [p.id, p]));
  for (const p of puts) merged.set(p.id, p);
  const { recoded } = resolveCodeClashes([...merged.values()].sort(byId));
  if (!recoded.length) return [];
  const here = new Set(local.map((p) => p.id));
  const there = new Set(incoming.map((p) => p.id));
  const at = new Map(puts.map((p, i) => [p.id, i]));
  return recoded.map(({ participant, previousCode, keptBy }) => {
    const i = at.get(participant.id);
    if (i === undefined) puts.push(participant);
    else puts[i] = participant;
    const origin = here.has(participant.id) ? (there.has(participant.id) ? 'both' : 'local') : 'incoming';
    return { id: participant.id, label: personLabel(participant), previousCode, code: participant.checkinCode, keptBy: personLabel(keptBy), origin };
  });
}

const mergeTables = (db: OspitaDatabase) => [db.offers, db.sessions, db.agendaItems, db.participantLists, db.attendanceDays, db.documentTemplates, db.questionnaires, db.feedbackLists, db.privacyLedger];

/** The report of what a merge would do, without changing anything. */
export async function previewMerge(doc: BackupDocument, db: OspitaDatabase = getDb()): Promise<MergeReport> {
  const local = await db.transaction('r', mergeTables(db), () => readRecords(db));
  return planMerge(local, doc.data).report;
}

/** Merges in one transaction, planned again inside it so what is written matches the data at that instant. */
export async function mergeBackup(doc: BackupDocument, db: OspitaDatabase = getDb()): Promise<MergeReport> {
  return journaledWrite(mergeTables(db), async (change) => {
    const local = await readRecords(db);
    const plan = planMerge(local, doc.data);
    if (plan.report.changesNothing) return plan.report;
    // Journaled as the records merged in, so a recovery brings the merge back without the other station's file.
    change.put('offers', plan.puts.offers).put('sessions', plan.puts.sessions).put('agendaItems', plan.puts.agendaItems).put('participants', plan.puts.participants).put('documentTemplates', plan.puts.documentTemplates).put('questionnaires', plan.puts.questionnaires).put('feedback', plan.puts.feedback).events(plan.puts.attendance);
    // Purged sessions as purges; erasures as their tombstones (never the people), which a replay applies again.
    for (const sessionId of plan.purge.sessions) change.purge(sessionId);
    change.ledger(plan.puts.privacyLedger);
    await db.offers.bulkPut(plan.puts.offers);
    await db.sessions.bulkPut(plan.puts.sessions);
    await db.agendaItems.bulkPut(plan.puts.agendaItems);
    await db.documentTemplates.bulkPut(plan.puts.documentTemplates);
    await putParticipants(db, plan.puts.participants);
    await db.questionnaires.bulkPut(plan.puts.questionnaires);
    await putFeedback(db, plan.puts.feedback);
    await appendEvents(db, plan.puts.attendance);
    await deleteParticipants(db, plan.purge.participants);
    for (const sessionId of plan.purge.attendanceOfSessions) await deleteSessionLog(db, sessionId);
    await removeEvents(db, plan.purge.events);
    await db.privacyLedger.bulkPut(plan.puts.privacyLedger);
    return plan.report;
  });
}
