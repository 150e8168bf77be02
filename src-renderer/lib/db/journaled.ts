// Every change the repositories make goes through here: one IndexedDB transaction that also moves the database's
// journal marker, and the same change appended to the journal while the transaction commits. The promise
// resolves once both are done, so whatever the screen confirms is in the journal too, and survives Chromium
// throwing the database away after a kill (see ../journal/).
import Dexie, { type Table } from 'dexie';
import { ChangeBuilder } from '../journal/changes';
import { journal } from '../journal/journal.svelte';
import type { OspitaDatabase } from './database';

export const JOURNAL_MARKER = 'journal' as const;

/**
 * Runs `body` in a read-write transaction on `tables`; what it records in the change builder is journaled.
 * Not for use inside another transaction: compose the inner steps as plain functions instead.
 */
export async function journaledWrite<T>(tables: Table[], body: (change: ChangeBuilder) => Promise<T>): Promise<T> {
  await journal.ready();
  const db = tables[0]!.db as OspitaDatabase;
  const written: { seq: number | null; append: Promise<boolean> | null; change: ChangeBuilder | null } = { seq: null, append: null, change: null };
  try {
    const result = await db.transaction('rw', [...tables, db.meta], async () => {
      const change = new ChangeBuilder();
      const value = await body(change);
      if (!change.isEmpty) {
        written.change = change;
        written.seq = journal.allocate();
        if (written.seq !== null) {
          const text = change.toJson();
          const seq = written.seq;
          // Started now, outside the transaction's zone: the disk write runs while IndexedDB commits.
          written.append = Dexie.ignoreTransaction(() => journal.append(seq, text));
          await db.meta.put({ id: JOURNAL_MARKER, journalId: journal.id!, position: seq });
        }
      }
      return value;
    });
    const inJournal = written.append ? await written.append : false;
    if (written.change && !inJournal) await journal.secureUnjournaled();
    if (written.change) journal.committed({ hasEvents: written.change.hasEvents });
    return result;
  } catch (error) {
    if (written.append && written.seq !== null) {
      await written.append;
      await journal.cancel(written.seq);
    }
    throw error;
  }
}
