// Replaying journal changes onto a copy of the data (a backup's, or what the database still holds). Idempotent:
// an attendance event whose id is already there is not added again, a record is replaced only by one at least
// as recent (`updatedAt`), a deletion of what is gone changes nothing, so replaying changes the base already
// holds, or the same changes twice, gives the same data. Pure.
import { applyLedger, unionLedger, type LedgerRecord } from '../domain/privacy-ledger';
import type { BackupData, TableRecords } from '../db/backup-document';
import { effectiveEvents } from '../domain/attendance';
import type { AttendanceEvent } from '../domain/types';
import type { JournalChange, RecordTable } from './changes';

export interface ReplayEntry {
  seq: number;
  change: JournalChange;
}

export interface ReplayResult {
  data: BackupData;
  /** Changes applied (cancelled ones left out). */
  applied: number;
}

type Keyed = { id: string; updatedAt: string };

class Working {
  readonly tables: { [T in RecordTable]: Map<string, TableRecords[T]> };
  readonly events: AttendanceEvent[];
  readonly eventIds: Set<string>;
  ledger: LedgerRecord[];

  constructor(base: BackupData) {
    this.ledger = [...(base.privacyLedger ?? [])];
    this.tables = {
      settings: new Map(base.settings.map((r) => [r.id, r])),
      offers: new Map(base.offers.map((r) => [r.id, r])),
      sessions: new Map(base.sessions.map((r) => [r.id, r])),
      agendaItems: new Map(base.agendaItems.map((r) => [r.id, r])),
      participants: new Map(base.participants.map((r) => [r.id, r])),
      documentTemplates: new Map((base.documentTemplates ?? []).map((r) => [r.id, r])),
      questionnaires: new Map(base.questionnaires.map((r) => [r.id, r])),
      feedback: new Map(base.feedback.map((r) => [r.id, r])),
    };
    this.events = [...base.attendance];
    this.eventIds = new Set(this.events.map((e) => e.id));
  }

  put(table: RecordTable, records: readonly Keyed[]): void {
    const map = this.tables[table] as Map<string, Keyed>;
    for (const record of records) {
      const current = map.get(record.id);
      if (!current || current.updatedAt <= record.updatedAt) map.set(record.id, record);
    }
  }

  addEvents(events: readonly AttendanceEvent[]): void {
    for (const event of events) {
      if (this.eventIds.has(event.id)) continue;
      this.eventIds.add(event.id);
      this.events.push(event);
    }
  }

  deleteSession(sessionId: string): void {
    this.tables.sessions.delete(sessionId);
    for (const [id, item] of this.tables.agendaItems) if (item.sessionId === sessionId) this.tables.agendaItems.delete(id);
    for (const [id, r] of this.tables.feedback) if (r.sessionId === sessionId) this.tables.feedback.delete(id);
    this.purge(sessionId);
  }

  deleteOffer(offerId: string): void {
    this.tables.offers.delete(offerId);
    for (const [id, q] of this.tables.questionnaires) if (q.offerId === offerId) this.tables.questionnaires.delete(id);
    for (const s of [...this.tables.sessions.values()]) if (s.offerId === offerId) this.deleteSession(s.id);
  }

  purge(sessionId: string): void {
    for (const [id, p] of this.tables.participants) if (p.sessionId === sessionId) this.tables.participants.delete(id);
    // The answers stay (anonymous), without the names guests signed them with.
    for (const [id, r] of this.tables.feedback) if (r.sessionId === sessionId && r.respondentName) this.tables.feedback.set(id, { ...r, respondentName: '' });
    for (let i = this.events.length - 1; i >= 0; i--) {
      if (this.events[i]!.sessionId !== sessionId) continue;
      this.eventIds.delete(this.events[i]!.id);
      this.events.splice(i, 1);
    }
  }

  /** Records purges and erasures and applies the whole ledger to what the working copy holds now. */
  addLedger(records: readonly LedgerRecord[]): void {
    this.ledger = unionLedger(this.ledger, records);
    const { data, effect } = applyLedger(
      { sessions: [...this.tables.sessions.values()], participants: [...this.tables.participants.values()], attendance: this.events, feedback: [...this.tables.feedback.values()] },
      this.ledger,
    );
    for (const s of data.sessions) this.tables.sessions.set(s.id, s);
    if (effect.feedback.length) for (const r of data.feedback!) this.tables.feedback.set(r.id, r);
    for (const id of effect.participants) this.tables.participants.delete(id);
    const gone = new Set(effect.events);
    for (let i = this.events.length - 1; i >= 0; i--) {
      if (!gone.has(this.events[i]!.id)) continue;
      this.eventIds.delete(this.events[i]!.id);
      this.events.splice(i, 1);
    }
  }

  result(): BackupData {
    // Whatever the lines replayed, nobody purged or erased comes back.
    this.addLedger([]);
    const byCreation = (a: Keyed & { createdAt: string }, b: Keyed & { createdAt: string }) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
    return {
      settings: [...this.tables.settings.values()],
      offers: [...this.tables.offers.values()],
      sessions: [...this.tables.sessions.values()],
      agendaItems: [...this.tables.agendaItems.values()],
      // Registration order: the waiting list is read in it.
      participants: [...this.tables.participants.values()].sort(byCreation),
      attendance: this.events,
      documentTemplates: [...this.tables.documentTemplates.values()],
      questionnaires: [...this.tables.questionnaires.values()],
      // Order of entry: a session's answers are listed in it.
      feedback: [...this.tables.feedback.values()].sort(byCreation),
      privacyLedger: this.ledger,
    };
  }
}

/** The base with the changes applied in order of their sequence numbers. */
export function replayChanges(base: BackupData, entries: readonly ReplayEntry[]): ReplayResult {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  const cancelled = new Set<number>();
  for (const entry of sorted) for (const op of entry.change.ops) if (op.op === 'cancel') cancelled.add(op.seq);
  const work = new Working(base);
  let applied = 0;
  for (const entry of sorted) {
    if (cancelled.has(entry.seq)) continue;
    let counted = false;
    for (const op of entry.change.ops) {
      if (op.op === 'cancel') continue;
      counted = true;
      if (op.op === 'put') work.put(op.table, op.records);
      else if (op.op === 'events') work.addEvents(op.events);
      else if (op.op === 'purge') work.purge(op.sessionId);
      else if (op.op === 'ledger') work.addLedger(op.records);
      else if (op.table === 'sessions') for (const id of op.ids) work.deleteSession(id);
      else if (op.table === 'offers') for (const id of op.ids) work.deleteOffer(id);
      else for (const id of op.ids) work.tables[op.table].delete(id);
    }
    if (counted) applied++;
  }
  return { data: work.result(), applied };
}

export interface DataCounts {
  offers: number;
  sessions: number;
  participants: number;
  /** Check-ins that stand (entries not voided by a correction or an undo). */
  checkIns: number;
  attendance: number;
}

/** What a copy of the data holds, in the words the recovery screen uses. */
export function countData(data: BackupData): DataCounts {
  return {
    offers: data.offers.length,
    sessions: data.sessions.length,
    participants: data.participants.length,
    checkIns: effectiveEvents(data.attendance).filter((e) => e.kind === 'in').length,
    attendance: data.attendance.length,
  };
}

export function emptyData(): BackupData {
  return { settings: [], offers: [], sessions: [], agendaItems: [], participants: [], attendance: [], documentTemplates: [], questionnaires: [], feedback: [], privacyLedger: [] };
}
