import { beforeEach, describe, expect, it } from 'vitest';
import { sampleData } from '../../../../../../scripts/lib/sample-data';
import type { OspitaDatabase } from '../../../../../../src-renderer/lib/db/database';
import { exportParticipantData, privacyOverview, purgeSessionPersonalData } from '../../../../../../src-renderer/lib/db/repositories/privacy';
import { fill, freshDb, participantCount, storedEvents } from '../../../../db-helpers';
import { putFeedback, readFeedback } from '../../../../../../src-renderer/lib/db/feedback-lists';

let db: OspitaDatabase;
beforeEach(async () => {
  db = await freshDb();
  await fill(db, sampleData());
});

describe('privacy', () => {
  it('lists each session with its retention date, what it holds and the consents missing', async () => {
    const { rows, retentionMonths } = await privacyOverview('2027-05-10');
    expect(retentionMonths).toBe(12);
    expect(rows.map((r) => [r.session.id, r.due, r.pastRetention, r.participants, r.consentMissing])).toEqual([
      ['s1', '2027-05-07', true, 3, 1],
      ['s2', '2027-05-14', false, 3, 0],
    ]);
  });

  it('purges a session’s names, contacts and attendance, keeping anonymous statistics, and nothing else', async () => {
    const stats = await purgeSessionPersonalData('s1', new Date('2027-06-01T08:00:00Z'));
    expect(stats).toMatchObject({ participants: 3, attended: 2, minutes: 770 });
    expect(await participantCount(db, 's1')).toBe(0);
    expect((await storedEvents(db)).filter((e) => e.sessionId === 's1').length).toBe(0);
    expect(await db.sessions.get('s1')).toMatchObject({ statistics: stats, updatedAt: '2027-06-01T08:00:00.000Z', venue: 'Sala consiliare', venueAddress: 'Piazza Trento e Trieste, 20900 Monza' });
    expect(await participantCount(db, 's2')).toBe(3);
    expect((await storedEvents(db)).filter((e) => e.sessionId === 's2').length).toBe(4);
    expect((await privacyOverview('2027-06-01')).rows.find((r) => r.session.id === 's1')).toMatchObject({ pastRetention: false, participants: 0 });
    // Purging again changes nothing.
    expect(await purgeSessionPersonalData('s1')).toEqual(stats);
  });

  it('exports everything held about one participant', async () => {
    const json = await exportParticipantData('p1', new Date('2026-06-01T08:00:00Z'));
    const dossier = JSON.parse(json!);
    expect(dossier).toMatchObject({
      format: 'ospita-dati-partecipante',
      exportedAt: '2026-06-01T08:00:00.000Z',
      participant: { surname: 'Rossi', name: 'Giulia', email: 'persona1@comune.example.it', consent: { given: true } },
      session: { offer: 'Processo di Co-progettazione con Enti del Terzo Settore', days: ['2026-05-07'] },
    });
    expect(dossier.attendance).toHaveLength(2);
    // Nothing signed with her name yet; the messages prepared for her are on her record.
    expect(dossier.questionnaireAnswers).toEqual([]);
    expect(dossier.participant.messages).toHaveLength(1);
    expect(await exportParticipantData('nobody')).toBeNull();
  });

  it('includes the questionnaire answers signed with the participant’s name', async () => {
    const [first] = await readFeedback(db, 's1');
    await db.transaction('rw', db.feedbackLists, () => putFeedback(db, [{ ...first!, respondentName: 'ROSSI Giulia' }]));
    const dossier = JSON.parse((await exportParticipantData('p1'))!);
    expect(dossier.questionnaireAnswers).toEqual([{ signedAs: 'ROSSI Giulia', answers: first!.answers, enteredAt: first!.createdAt }]);
  });
});
