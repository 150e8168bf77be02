import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../../../../src-renderer/lib/db/backup-document';
import { demoDataFromForms } from '../../../../../src-renderer/lib/demo/demo-data';
import { planDemoRemoval } from '../../../../../src-renderer/lib/demo/remove-demo';
import { ChangeBuilder, parseChange } from '../../../../../src-renderer/lib/journal/changes';
import { recordDifference } from '../../../../../src-renderer/lib/journal/diff';
import { emptyData, replayChanges } from '../../../../../src-renderer/lib/journal/replay';
import type { AttendanceEvent, Participant } from '../../../../../src-renderer/lib/domain/types';
import { readExampleForms } from '../../../../../scripts/lib/example-forms';

const AT = '2026-11-30T10:00:00.000Z';
let n = 0;
const counter = () => `real-${++n}`;

function sorted(data: BackupData): BackupData {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return { settings: byId(data.settings), offers: byId(data.offers), sessions: byId(data.sessions), agendaItems: byId(data.agendaItems), participants: byId(data.participants), attendance: byId(data.attendance), documentTemplates: byId(data.documentTemplates), questionnaires: byId(data.questionnaires), feedback: byId(data.feedback), privacyLedger: byId(data.privacyLedger) };
}

/** The difference as the journal stores it (written, read back), replayed onto `before`. */
function replayed(before: BackupData, after: BackupData): BackupData {
  const change = parseChange(recordDifference(before, after, new ChangeBuilder()).toJson());
  expect(change).not.toBeNull();
  return replayChanges(before, [{ seq: 1, change: change! }]).data;
}

describe('the journal change between two states of the data', () => {
  it('loading the demo into an empty database replays to the demo data', async () => {
    const demo = demoDataFromForms(await readExampleForms());
    expect(sorted(replayed(emptyData(), demo))).toEqual(sorted(demo));
  });

  it('removing the demo while a real person is registered to a demo session replays to what the removal left', async () => {
    const demo = demoDataFromForms(await readExampleForms());
    const person: Participant = { id: 'p-verdi', createdAt: AT, updatedAt: AT, sessionId: 'demo-san-rocco', surname: 'Verdi', name: 'Mario', organisation: 'Comune di Pavia', role: '', email: '', phone: '', notes: '', dietary: '', status: 'confermato', checkinCode: 'ZZZ9', consent: { given: true, date: '2026-11-30' }, overCapacityReason: null, walkIn: false, messages: [] };
    const event: AttendanceEvent = { id: 'e-verdi', sessionId: 'demo-san-rocco', participantId: person.id, day: '2026-05-07', kind: 'in', time: '09:00', recordedAt: AT, station: 'Postazione 1', source: 'desk', voidsEventId: null, reason: '' };
    const before: BackupData = { ...demo, participants: [...demo.participants, person], attendance: [...demo.attendance, event] };
    const plan = planDemoRemoval(before, counter);
    expect(plan.data.sessions).toHaveLength(1);
    const after = replayed(before, plan.data);
    expect(sorted(after)).toEqual(sorted(plan.data));
    expect(after.attendance).toEqual([{ ...event, sessionId: plan.data.sessions[0]!.id }]);
  });

  it('records nothing when nothing changed', async () => {
    const demo = demoDataFromForms(await readExampleForms());
    expect(recordDifference(demo, structuredClone(demo), new ChangeBuilder()).isEmpty).toBe(true);
  });
});
