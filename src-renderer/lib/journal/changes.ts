// What the journal records: each write of the app as the domain records it changed, never IndexedDB's own
// records (a session day's whole register, a session's whole list of people), so the journal grows with the
// changes made, not with the size of what they touched. Replaying a change twice gives the same data
// (./replay.ts): attendance events by id, other records latest `updatedAt` first, deletions named explicitly.
// Pure: no Dexie, no host.
import type { LedgerRecord } from '../domain/privacy-ledger';
import * as v from 'valibot';
import type { TableRecords } from '../db/backup-document';
import { ENTITY_SCHEMAS } from '../db/backup-schemas';
import type { AttendanceEvent } from '../domain/types';

export const CHANGE_VERSION = 1;

/** Tables whose records are replaced whole: the latest `updatedAt` wins. */
export const RECORD_TABLES = ['settings', 'offers', 'sessions', 'agendaItems', 'participants', 'documentTemplates', 'questionnaires', 'feedback'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
/**
 * Tables whose records can be deleted. A session takes its programme, people, log and answers along, an offer its
 * questionnaire; settings go only when the demo's host settings are taken out again (back to the defaults).
 */
export const DELETABLE_TABLES = ['settings', 'offers', 'sessions', 'agendaItems', 'participants', 'documentTemplates', 'questionnaires', 'feedback'] as const;
export type DeletableTable = (typeof DELETABLE_TABLES)[number];

export type JournalOp =
  | { op: 'put'; table: RecordTable; records: TableRecords[RecordTable][] }
  | { op: 'events'; events: AttendanceEvent[] }
  | { op: 'delete'; table: DeletableTable; ids: string[] }
  /**
   * A session's personal data removed: its participants, its attendance log and the names on its answers (GDPR
   * purge, or a merge of one).
   */
  | { op: 'purge'; sessionId: string }
  /**
   * Purges and erasures recorded in the privacy ledger (ids and anonymous counts only): a replay adds them to the
   * ledger and applies it, so the people they name never come back from an older base or an earlier line.
   */
  | { op: 'ledger'; records: LedgerRecord[] }
  /** The change with this sequence number never reached the database (its transaction failed): ignore it. */
  | { op: 'cancel'; seq: number };

export interface JournalChange {
  v: typeof CHANGE_VERSION;
  ops: JournalOp[];
}

/** Collects what one transaction changes, in the order it changed it. */
export class ChangeBuilder {
  readonly ops: JournalOp[] = [];

  put<T extends RecordTable>(table: T, records: readonly TableRecords[T][]): this {
    if (records.length) this.ops.push({ op: 'put', table, records: [...records] } as JournalOp);
    return this;
  }

  events(events: readonly AttendanceEvent[]): this {
    if (events.length) this.ops.push({ op: 'events', events: [...events] });
    return this;
  }

  delete(table: DeletableTable, ids: readonly string[]): this {
    if (ids.length) this.ops.push({ op: 'delete', table, ids: [...ids] });
    return this;
  }

  ledger(records: readonly LedgerRecord[]): this {
    if (records.length) this.ops.push({ op: 'ledger', records: [...records] });
    return this;
  }

  purge(sessionId: string): this {
    this.ops.push({ op: 'purge', sessionId });
    return this;
  }

  get isEmpty(): boolean {
    return this.ops.length === 0;
  }

  /** True when the change records attendance (what the desk's backups every few minutes follow). */
  get hasEvents(): boolean {
    return this.ops.some((o) => o.op === 'events');
  }

  toJson(): string {
    return JSON.stringify({ v: CHANGE_VERSION, ops: this.ops } satisfies JournalChange);
  }
}

export function cancelChange(seq: number): string {
  return JSON.stringify({ v: CHANGE_VERSION, ops: [{ op: 'cancel', seq }] } satisfies JournalChange);
}

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const OpSchema = v.variant('op', [
  v.object({ op: v.literal('put'), table: v.picklist(RECORD_TABLES), records: v.array(v.unknown()) }),
  v.object({ op: v.literal('events'), events: v.array(ENTITY_SCHEMAS.attendance) }),
  v.object({ op: v.literal('delete'), table: v.picklist(DELETABLE_TABLES), ids: v.array(id) }),
  v.object({ op: v.literal('purge'), sessionId: id }),
  v.object({ op: v.literal('ledger'), records: v.array(ENTITY_SCHEMAS.privacyLedger) }),
  v.object({ op: v.literal('cancel'), seq: v.pipe(v.number(), v.safeInteger(), v.minValue(1)) }),
]);

const ChangeSchema = v.object({ v: v.literal(CHANGE_VERSION), ops: v.pipe(v.array(OpSchema), v.minLength(1)) });

/**
 * A change read back from the journal, every record checked as a backup's would be; null when it is not one
 * (written by a newer version, or damaged in a way its checksum did not catch).
 */
export function parseChange(text: string): JournalChange | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const result = v.safeParse(ChangeSchema, value);
  if (!result.success) return null;
  const ops: JournalOp[] = [];
  for (const op of result.output.ops) {
    if (op.op !== 'put') {
      ops.push(op as JournalOp);
      continue;
    }
    const records = v.safeParse(v.array(ENTITY_SCHEMAS[op.table]), op.records);
    if (!records.success) return null;
    ops.push({ op: 'put', table: op.table, records: records.output } as JournalOp);
  }
  return { v: CHANGE_VERSION, ops };
}
