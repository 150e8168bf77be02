// The typed Dexie database. One instance per app (see `db` in ./index.ts); tests open their own by name.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AgendaItem, DocumentTemplate, HostSettings, Offer, Questionnaire, Session } from '../domain/types';
import type { LedgerRecord } from '../domain/privacy-ledger';
import type { AttendanceDay } from './attendance-days';
import type { FeedbackList } from './feedback-lists';
import type { ParticipantList } from './participant-lists';
import { FIGURES_TABLE, figuresStampMiddleware } from './report-figures';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

export const DATABASE_NAME = 'ospita';

/** Which journal the database belongs to, and the last change of it that the database holds. */
export interface JournalMarker {
  id: 'journal';
  journalId: string;
  position: number;
}

export class OspitaDatabase extends Dexie {
  settings!: EntityTable<HostSettings, 'id'>;
  offers!: EntityTable<Offer, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  /** Participants, one list per session: read and write them through ./participant-lists.ts. */
  participantLists!: Table<ParticipantList, string>;
  /** The attendance log, one record per session day: read and write it through ./attendance-days.ts. */
  attendanceDays!: Table<AttendanceDay, [string, string]>;
  /** Feedback questionnaires, one per offer (schema v9). */
  questionnaires!: EntityTable<Questionnaire, 'id'>;
  /** Guests' answers, one list per session: read and write them through ./feedback-lists.ts (schema v9). */
  feedbackLists!: Table<FeedbackList, string>;
  /** Bookkeeping outside the product's data: the journal marker (see ../journal/). */
  meta!: Table<JournalMarker, 'journal'>;
  /** The office's own Word templates, one per kind of document. */
  documentTemplates!: EntityTable<DocumentTemplate, 'id'>;
  /** Every purge and erasure (GDPR), applied again to any older copy a restore or a merge brings in. */
  privacyLedger!: EntityTable<LedgerRecord, 'id'>;

  /** `upTo` opens the database at an earlier schema version: only the migration tests use it. */
  constructor(name: string = DATABASE_NAME, options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined);
    const versions: SchemaVersion[] = SCHEMA_VERSIONS.filter((v) => options.upTo === undefined || v.version <= options.upTo);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
    // Every write to a session's records renews the stamp of its Riepilogo figures (./report-figures.ts).
    if (versions.some((v) => FIGURES_TABLE in v.stores)) this.use(figuresStampMiddleware);
  }
}

/**
 * The sections of the product's data, in the order a backup lists them ('attendance': one entry per event,
 * 'feedback': one per guest's answers). 'privacyLedger' (schema v11) is absent from backups made before it: read as empty.
 */
export const DATA_TABLES = ['settings', 'offers', 'sessions', 'agendaItems', 'participants', 'attendance', 'documentTemplates', 'questionnaires', 'feedback', 'privacyLedger'] as const;
export type DataTable = (typeof DATA_TABLES)[number];

/** The IndexedDB tables actually holding those sections (participants grouped by session, events by day, answers by session). */
export const STORED_TABLES = ['settings', 'offers', 'sessions', 'agendaItems', 'participantLists', 'attendanceDays', 'documentTemplates', 'questionnaires', 'feedbackLists', 'privacyLedger'] as const;

/** Tables added after the first backups were written: a backup without them has none of their records. */
export const LATER_DATA_TABLES: readonly DataTable[] = ['documentTemplates', 'questionnaires', 'feedback', 'privacyLedger'];
