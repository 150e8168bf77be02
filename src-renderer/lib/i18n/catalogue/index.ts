// The whole catalogue: one module per area, merged. Each area is owned by its feature.
import backup from './backup';
import checkin from './checkin';
import common from './common';
import demo from './demo';
import documents from './documents';
import documentsAttendance from './documents-attendance';
import feedback from './feedback';
import messages from './messages';
import offers from './offers';
import offersImport from './offers-import';
import online from './online';
import participants from './participants';
import participantsDocuments from './participants-documents';
import participantsImport from './participants-import';
import programme from './programme';
import recovery from './recovery';
import report from './report';
import sessions from './sessions';
import settings from './settings';
import templates from './templates';

const areas = [common, settings, offers, offersImport, sessions, programme, participants, participantsImport, participantsDocuments, checkin, online, documents, documentsAttendance, backup, demo, recovery, templates, feedback, report, messages] as const;

type Merge<A extends readonly { it: Record<string, string> }[]> = A[number]['it'];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Catalogue = UnionToIntersection<Merge<typeof areas>>;
export type MessageKey = keyof Catalogue & string;

export const catalogues = {
  it: Object.assign({}, ...areas.map((a) => a.it)) as Record<MessageKey, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>,
};
