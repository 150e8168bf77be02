// The typed Dexie database. One instance per app (see `db` in ./index.ts); tests open their own by name.
import Dexie, { type EntityTable } from 'dexie';
import type { AgendaItem, AttendanceEvent, HostSettings, Offer, Participant, Session } from '../domain/types';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

export const DATABASE_NAME = 'ospita';

export class OspitaDatabase extends Dexie {
  settings!: EntityTable<HostSettings, 'id'>;
  offers!: EntityTable<Offer, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  attendance!: EntityTable<AttendanceEvent, 'id'>;

  /** `upTo` opens the database at an earlier schema version: only the migration tests use it. */
  constructor(name: string = DATABASE_NAME, options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined);
    const versions: SchemaVersion[] = SCHEMA_VERSIONS.filter((v) => options.upTo === undefined || v.version <= options.upTo);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** The tables holding the product's data, in the order a backup lists them. */
export const DATA_TABLES = ['settings', 'offers', 'sessions', 'agendaItems', 'participants', 'attendance'] as const;
export type DataTable = (typeof DATA_TABLES)[number];
