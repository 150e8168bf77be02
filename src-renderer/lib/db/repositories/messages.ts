// Who was told what: records that a kind of message was prepared for some participants of a session. The record
// is not an edit of the person, so `updatedAt` stays as it is (a merge would otherwise let a later draft overwrite
// an earlier correction made at another station); merges keep both stations' records (lib/messages/log.ts).
// Journaled like every write: replay puts a record of the same `updatedAt` again, so the messages survive it.
import type { MessageKind, Participant } from '../../domain/types';
import { withMessage } from '../../messages/log';
import { getDb } from '../index';
import { nowInstant } from '../ids';
import { journaledWrite } from '../journaled';
import { putParticipants, readList } from '../participant-lists';
import { getSettings } from './settings';

export async function recordPreparedMessages(sessionId: string, participantIds: readonly string[], kind: MessageKind, at: string = nowInstant()): Promise<Participant[]> {
  if (!participantIds.length) return [];
  const station = (await getSettings()).stationName;
  const db = getDb();
  return journaledWrite([db.participantLists], async (change) => {
    const wanted = new Set(participantIds);
    const changed = (await readList(db, sessionId)).filter((p) => wanted.has(p.id)).map((p) => withMessage(p, { kind, preparedAt: at, station }));
    change.put('participants', changed);
    await putParticipants(db, changed);
    return changed;
  });
}
