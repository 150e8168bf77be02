// The schema history of the Ospita database. Each entry is one version, in order; never edit a shipped
// entry, add a new one with its upgrade. Tests open a database at every earlier version and upgrade it.
import type { Transaction } from 'dexie';
import { defaultSessionFormat, noMeeting } from '../domain/session-format';
import type { AttendanceEvent, OfferFormat, Participant } from '../domain/types';
import { groupIntoDays } from './attendance-days';
import { groupIntoLists } from './participant-lists';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then only the indexes that `where()` uses. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      offers: 'id, updatedAt',
      sessions: 'id, offerId, status, firstDay',
      agendaItems: 'id, sessionId',
      participants: 'id, sessionId, checkinCode',
      attendance: 'id, sessionId, participantId',
    },
  },
  {
    // v2: attendance is read per session day at the door; participants carry `walkIn` and `overCapacityReason`
    // (records written by v1 get explicit defaults so every reader can rely on the fields).
    version: 2,
    stores: {
      attendance: 'id, [sessionId+day], participantId',
    },
    upgrade: async (tx) => {
      await tx
        .table('participants')
        .toCollection()
        .modify((p: Record<string, unknown>) => {
          p.walkIn ??= false;
          p.overCapacityReason ??= null;
        });
    },
  },
  {
    // v3: participants carry `certificateOverride`, the include/exclude decided by hand for the certificate of
    // attendance (null: the hours rule decides). No new index.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('participants')
        .toCollection()
        .modify((p: Record<string, unknown>) => {
          p.certificateOverride ??= null;
        });
    },
  },
  {
    // v4: the attendance log is kept as one record per session day (`attendanceDays`, key [sessionId+day])
    // instead of one record per event: IndexedDB's cost is per record, and a restore of 20,000 events took
    // seconds. The events themselves are unchanged and keep their order; backups still list them one by one.
    version: 4,
    stores: {
      attendanceDays: '[sessionId+day]',
      attendance: null,
    },
    upgrade: async (tx) => {
      const events = (await tx.table('attendance').toArray()) as AttendanceEvent[];
      events.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
      await tx.table('attendanceDays').bulkAdd(groupIntoDays(events));
    },
  },
  {
    // v5: participants are kept as one list per session (`participantLists`, key sessionId, indexed by every id
    // and check-in code in it) instead of one record per person, for the same reason as v4: a restore of 5,000
    // participants spent half a second on per-record costs. Lists keep the order of registration.
    version: 5,
    stores: {
      participantLists: 'sessionId, *ids, *codes',
      participants: null,
    },
    upgrade: async (tx) => {
      const participants = (await tx.table('participants').toArray()) as Participant[];
      participants.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
      await tx.table('participantLists').bulkAdd(groupIntoLists(participants));
    },
  },
  {
    // v6: `meta`, one record ('journal') naming the journal this database belongs to and the sequence number of
    // the last change it holds, written in the same transaction as every change (lib/db/journaled.ts). A database
    // Chromium deleted and recreated has none: the start-up check then knows data was lost. Not part of backups
    // (a backup records its journal position in its header).
    version: 6,
    stores: {
      meta: 'id',
    },
  },
  {
    // v7: sessions say how they are held (`format`: in presence, online or hybrid) and carry their video call
    // (`online`: platform and link). Existing sessions take the format their offer implies (a webinar is held
    // online) and no call yet. Attendance events may carry a `platform` (presence followed online); events
    // written before have none, which means presence at the door, so they need no change. No new index.
    version: 7,
    stores: {},
    upgrade: async (tx) => {
      const formats = new Map<string, OfferFormat>();
      await tx
        .table('offers')
        .toCollection()
        .each((o: { id: string; format?: OfferFormat }) => {
          if (o.format) formats.set(o.id, o.format);
        });
      await tx
        .table('sessions')
        .toCollection()
        .modify((s: Record<string, unknown>) => {
          s.format ??= defaultSessionFormat(formats.get(String(s.offerId)));
          s.online ??= noMeeting();
        });
    },
  },
  {
    // v8: the office's own Word templates (`documentTemplates`, one record per kind of document, key 'certificate'
    // or 'programme'), and a scanned signature in the settings (`signature`, null until one is chosen).
    version: 8,
    stores: { documentTemplates: 'id' },
    upgrade: async (tx) => {
      await tx
        .table('settings')
        .toCollection()
        .modify((s: Record<string, unknown>) => {
          s.signature ??= null;
        });
    },
  },
  {
    // v9: the feedback questionnaire of each offer (`questionnaires`, one per offer, id derived from the offer's)
    // and the guests' answers, one list per session (`feedbackLists`, key sessionId) as participants are kept in
    // v5. New tables only: nothing earlier changes, and they start empty.
    version: 9,
    stores: {
      questionnaires: 'id, offerId',
      feedbackLists: 'sessionId',
    },
  },
  {
    // v10: who was told what. Participants carry `messages` (the e-mails prepared for them, kind and time), sessions
    // a `feedbackUrl` for the thank-you message, the settings the office's own `messageTemplates`. No new index;
    // records written before get explicit empty values. (Self-contained: renumbered if another version lands first.)
    version: 10,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('participantLists')
        .toCollection()
        .modify((list: { participants: Record<string, unknown>[] }) => {
          for (const p of list.participants) p.messages ??= [];
        });
      await tx
        .table('sessions')
        .toCollection()
        .modify((s: Record<string, unknown>) => {
          s.feedbackUrl ??= '';
        });
      await tx
        .table('settings')
        .toCollection()
        .modify((s: Record<string, unknown>) => {
          s.messageTemplates ??= {};
        });
    },
  },
  {
    // v11: `privacyLedger`, every purge of a session's personal data and every erasure of one person (records
    // with ids and anonymous counts only, lib/domain/privacy-ledger.ts). It travels in backups, so a restore or
    // a merge of a file made before applies them again. Older databases start with an empty ledger.
    // (Self-contained: renumbered if another version lands first.)
    version: 11,
    stores: {
      privacyLedger: 'id',
    },
  },
  {
    // v12: sessions carry the venue's street address (`venueAddress`) and the person guests contact (`contact`:
    // name, phone, e-mail), used by the programme, the badges and the messages to guests; participants carry their
    // dietary needs (`dietary`) for the catering list. Records written before get empty values. No new index.
    // (Self-contained: renumbered if another version lands first.)
    version: 12,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('sessions')
        .toCollection()
        .modify((s: Record<string, unknown>) => {
          s.venueAddress ??= '';
          s.contact ??= { name: '', phone: '', email: '' };
        });
      await tx
        .table('participantLists')
        .toCollection()
        .modify((list: { participants: Record<string, unknown>[] }) => {
          for (const p of list.participants) p.dietary ??= '';
        });
    },
  },
  {
    // v13: each session's figures for the Riepilogo, kept so a report over years need not read every attendance
    // event again (derived data, not in backups; see ../db/report-figures.ts). Empty at first: filled as reports
    // are opened.
    version: 13,
    stores: { reportFigures: 'sessionId' },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
