import { beforeEach, describe, expect, it } from 'vitest';
import { clearCertificateOverride, setCertificateOverride } from '../../../../../../src-renderer/lib/db/repositories/certificates';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { addParticipants, freshDb, storedParticipant } from '../../../../db-helpers';
import { person } from '../../documents/handouts/attendance-fixture';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await addParticipants(db, [person('p1', 'Bianchi', 'Anna', 'Comune di Lecco', 'Assistente sociale')]);
});

describe('deciding a certificate by hand', () => {
  it('keeps the decision and its reason on the participant', async () => {
    const outcome = await setCertificateOverride('p1', true, '  Assente il pomeriggio per   servizio, giustificata ');
    expect(outcome.ok).toBe(true);
    expect((await storedParticipant(db, 'p1'))?.certificateOverride).toMatchObject({ include: true, reason: 'Assente il pomeriggio per servizio, giustificata' });
  });

  it('refuses a decision without a reason and changes nothing', async () => {
    expect(await setCertificateOverride('p1', false, ' ')).toEqual({ ok: false, problem: 'reasonRequired' });
    expect((await storedParticipant(db, 'p1'))?.certificateOverride).toBeUndefined();
  });

  it('can give the decision back to the hours rule', async () => {
    await setCertificateOverride('p1', false, 'Ha rinunciato');
    await clearCertificateOverride('p1');
    expect((await storedParticipant(db, 'p1'))?.certificateOverride).toBeNull();
  });

  it('says so when the participant no longer exists', async () => {
    expect(await setCertificateOverride('nobody', true, 'Motivo valido')).toEqual({ ok: false, problem: 'participantNotFound' });
  });
});
