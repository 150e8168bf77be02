// A change that takes the data from `before` to `after`, for writes that compute the whole new state at once
// (loading or removing the demo data) rather than touching records one by one. Replaying it onto `before`
// (./replay.ts) gives `after`. Pure.
import type { BackupData, TableRecords } from '../db/backup-document';
import { DELETABLE_TABLES, RECORD_TABLES, type ChangeBuilder, type DeletableTable, type RecordTable } from './changes';

export function recordDifference(before: BackupData, after: BackupData, change: ChangeBuilder): ChangeBuilder {
  // Sessions first: deleting one takes its programme, people and log along, so what stays is put after.
  const order: DeletableTable[] = ['sessions', ...DELETABLE_TABLES.filter((t) => t !== 'sessions')];
  for (const table of order) {
    const stays = new Set(after[table].map((r) => r.id));
    change.delete(table, before[table].filter((r) => !stays.has(r.id)).map((r) => r.id));
  }
  for (const table of RECORD_TABLES) putChanged(table, before[table], after[table], change);
  const kept = new Set(after.sessions.map((s) => s.id));
  const previous = new Map(before.attendance.map((e) => [e.id, e]));
  // An event of a session deleted above went with it: written again if the new data still holds it (moved to
  // another session id, as a demo session kept for a real person is).
  change.events(after.attendance.filter((e) => {
    const was = previous.get(e.id);
    return !was || !kept.has(was.sessionId) || was.sessionId !== e.sessionId;
  }));
  // The ledger only grows: records the new data holds that the old did not.
  const known = new Set((before.privacyLedger ?? []).map((r) => r.id));
  change.ledger((after.privacyLedger ?? []).filter((r) => !known.has(r.id)));
  return change;
}

function putChanged<T extends RecordTable>(table: T, before: readonly TableRecords[T][], after: readonly TableRecords[T][], change: ChangeBuilder): void {
  const previous = new Map(before.map((r) => [r.id, JSON.stringify(r)]));
  change.put(table, after.filter((r) => previous.get(r.id) !== JSON.stringify(r)));
}
