// Each session's figures for the Riepilogo (lib/report/session-figures.ts), kept in `reportFigures` (schema v13)
// so that a report over years adds up small records instead of reading every attendance event again.
//
// The figures are derived data, never product data: they are not in backups, and they count only while nothing
// they come from has changed. That is guaranteed here, below every repository, by a Dexie middleware: any write to
// a session's records (the session, its participants, attendance, programme or answers) also gives that session
// a new stamp, in the same transaction, so figures computed before the write can never be taken as current. A
// write whose session cannot be told (a whole table cleared) renews the stamp of every session at once ('*').
// The report stores what it computed only if the stamps it computed from are still the current ones.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { FiguresSettings, SessionFigures } from '../report/session-figures';
import type { OspitaDatabase } from './database';

export const FIGURES_TABLE = 'reportFigures';

/** Raise when sessionFigures changes what it computes: every kept figure is then computed again. */
export const FIGURES_VERSION = 1;

/** The row whose stamp changes when every session's figures must be computed again. */
const EVERY_SESSION = '*';

/** The tables a session's figures are computed from, and how to tell the session of a record or key. */
const SOURCES: Record<string, { ofValue: (value: Record<string, unknown>) => unknown; ofKey: ((key: unknown) => unknown) | null }> = {
  sessions: { ofValue: (v) => v.id, ofKey: (k) => k },
  participantLists: { ofValue: (v) => v.sessionId, ofKey: (k) => k },
  feedbackLists: { ofValue: (v) => v.sessionId, ofKey: (k) => k },
  attendanceDays: { ofValue: (v) => v.sessionId, ofKey: (k) => (Array.isArray(k) ? k[0] : undefined) },
  // An agenda item's key is its own id: its session is read from the record before it is deleted.
  agendaItems: { ofValue: (v) => v.sessionId, ofKey: null },
};

export interface StoredFigures {
  /** A session id, or '*' for the stamp of every session. */
  sessionId: string;
  /** Renewed by every write to the session's records. */
  stamp: string;
  /** What was computed while `stamp` (and the '*' stamp `everyStamp`) were current; absent once they changed. */
  computed?: { figures: SessionFigures; everyStamp: string; settings: FiguresSettings; version: number; schema: number };
}

let counter = 0;
function newStamp(): string {
  counter = (counter + 1) % 1_000_000;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** True for a read-write transaction that can hold the stamps (not a schema upgrade, not a database without the table). */
function keepsStamps(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as IDBTransaction;
  return idb.mode === 'readwrite' && idb.objectStoreNames.contains(FIGURES_TABLE);
}

type Written = Set<string> | null;

/**
 * The sessions a write touches (null when it cannot be told). A deleted agenda item's session is read from the
 * record first: then a promise, from Dexie's own call, so the transaction's zone carries over.
 */
function sessionsWritten(name: string, table: DBCoreTable, req: DBCoreMutateRequest): Written | Promise<Written> {
  const source = SOURCES[name]!;
  const collect = (ids: Iterable<unknown>): Written => {
    const found = new Set<string>();
    for (const id of ids) {
      if (typeof id !== 'string' || id === '') return null;
      found.add(id);
    }
    return found;
  };
  if (req.type === 'deleteRange') return null;
  if (req.type === 'add' || req.type === 'put') return collect((req.values ?? []).map((v) => source.ofValue((v ?? {}) as Record<string, unknown>)));
  if (source.ofKey) return collect(req.keys.map(source.ofKey));
  return table.getMany({ trans: req.trans, keys: req.keys }).then((records) => collect(records.filter((r) => r !== undefined).map((r) => source.ofValue(r as Record<string, unknown>))));
}

/**
 * The middleware that renews the stamps (installed by OspitaDatabase when its schema has the table). It sits below
 * Dexie's hooks layer (level 2), which knows only the tables a transaction was opened with, and it chains Dexie's
 * own promises rather than awaiting, so that the transaction's zone (PSD) reaches the layers below.
 */
export const figuresStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'reportFiguresStamps',
  level: 1.5,
  create(down) {
    const hasTable = down.schema.tables.some((t) => t.name === FIGURES_TABLE);
    if (!hasTable) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        // Every transaction that writes a source also writes the stamps: widen its scope to include them.
        const widened = mode === 'readwrite' && stores.some((s) => s in SOURCES) && !stores.includes(FIGURES_TABLE) ? [...stores, FIGURES_TABLE] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!(name in SOURCES)) return table;
        const stamps = down.table(FIGURES_TABLE);
        const writeThenStamp = (req: DBCoreMutateRequest, sessions: Written) =>
          table.mutate(req).then((result) => {
            const ids = sessions ?? new Set([EVERY_SESSION]);
            if (ids.size === 0) return result;
            const values = [...ids].map((sessionId): StoredFigures => ({ sessionId, stamp: newStamp() }));
            return stamps.mutate({ type: 'put', trans: req.trans, values }).then(() => result);
          });
        return {
          ...table,
          mutate(req) {
            if (!keepsStamps(req.trans)) return table.mutate(req);
            const sessions = sessionsWritten(name, table, req);
            return sessions instanceof Set || sessions === null ? writeThenStamp(req, sessions) : sessions.then((found) => writeThenStamp(req, found));
          },
        };
      },
    };
  },
};

const sameSettings = (a: FiguresSettings, b: FiguresSettings) => a.certificateThreshold === b.certificateThreshold && a.dayEnd === b.dayEnd;

/** What the report reads: the kept figures still current, and the stamps of the others to compute. */
export interface KeptFigures {
  current: Map<string, SessionFigures>;
  /** Stamp of each session whose figures must be computed ('' when it has none yet). */
  stale: Map<string, string>;
  everyStamp: string;
}

/** Reads the figures kept for `sessionIds`. Call inside the transaction that reads the sessions' records. */
export async function readKeptFigures(db: OspitaDatabase, sessionIds: readonly string[], settings: FiguresSettings): Promise<KeptFigures> {
  // One request for the whole table (a few hundred small records): far quicker in Chromium than one per session.
  const all = new Map((await db.table<StoredFigures, string>(FIGURES_TABLE).toArray()).map((r) => [r.sessionId, r]));
  const everyStamp = all.get(EVERY_SESSION)?.stamp ?? '';
  const current = new Map<string, SessionFigures>();
  const stale = new Map<string, string>();
  sessionIds.forEach((id) => {
    const row = all.get(id);
    const c = row?.computed;
    if (c && c.everyStamp === everyStamp && c.version === FIGURES_VERSION && c.schema === db.verno && sameSettings(c.settings, settings)) current.set(id, c.figures);
    else stale.set(id, row?.stamp ?? '');
  });
  return { current, stale, everyStamp };
}

/**
 * Keeps figures computed from the records read with `kept`: only those whose session has not been written since
 * (same stamp, same '*' stamp). Best effort: a failure only means they are computed again next time.
 */
export async function keepFigures(db: OspitaDatabase, kept: KeptFigures, computed: ReadonlyMap<string, SessionFigures>, settings: FiguresSettings): Promise<void> {
  if (computed.size === 0) return;
  const table = db.table<StoredFigures, string>(FIGURES_TABLE);
  try {
    await db.transaction('rw', table, async () => {
      const ids = [...computed.keys()];
      const [every, ...rows] = await table.bulkGet([EVERY_SESSION, ...ids]);
      if ((every?.stamp ?? '') !== kept.everyStamp) return;
      const fresh: StoredFigures[] = [];
      ids.forEach((id, i) => {
        const stamp = rows[i]?.stamp ?? '';
        if (stamp !== kept.stale.get(id)) return;
        fresh.push({ sessionId: id, stamp: stamp || newStamp(), computed: { figures: computed.get(id)!, everyStamp: kept.everyStamp, settings: { certificateThreshold: settings.certificateThreshold, dayEnd: settings.dayEnd }, version: FIGURES_VERSION, schema: db.verno } });
      });
      if (fresh.length) await table.bulkPut(fresh);
    });
  } catch (error) {
    console.warn('Riepilogo: figures not kept', error);
  }
}
