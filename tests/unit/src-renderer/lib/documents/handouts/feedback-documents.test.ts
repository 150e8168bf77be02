import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, TICK_BOX } from '../../../../../../src-renderer/lib/documents/handouts/questionnaire';
import { buildSessionReport } from '../../../../../../src-renderer/lib/documents/handouts/session-report';
import { plainText } from '../../../../../../src-renderer/lib/documents/model';
import { renderDocx } from '../../../../../../src-renderer/lib/documents/render-docx';
import { defaultQuestions, feedbackResults } from '../../../../../../src-renderer/lib/domain/feedback';
import type { FeedbackResponse } from '../../../../../../src-renderer/lib/domain/types';
import { input } from './attendance-fixture';

const answer = (id: string, answers: Record<string, number | string>, respondentName = ''): FeedbackResponse => ({ id, createdAt: 'x', updatedAt: 'x', sessionId: 's1', respondentName, answers, source: 'paper', externalKey: null });

describe('the printed questionnaire', () => {
  it('has a box to tick under 1…5 for every scale, a box to write in for each free question, and the optional name', async () => {
    const i = input();
    const doc = buildQuestionnaire({ settings: i.settings, offer: i.offer, session: i.session, questions: defaultQuestions(), lang: 'it' });
    const text = plainText(doc);
    expect(text).toContain('Questionario di gradimento');
    expect(text).toContain('Il questionario è anonimo');
    expect(text).toContain('1. Quanto è soddisfatto/a complessivamente della visita?');
    expect(text).toContain('5. Che cosa porterà nel suo Comune?');
    expect(text).toContain('Nome e cognome (facoltativo)');
    expect(text.split(TICK_BOX).length - 1).toBe(4 * 5);
    const bytes = await renderDocx(doc);
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});

describe('the questionnaire in the session report', () => {
  it('gives the same averages and counts as the results on screen, and lists the free answers with a name only where given', () => {
    const responses = [answer('r1', { overall: 5, usefulness: 4, takeaway: 'Il metodo' }, 'Anna Galli'), answer('r2', { overall: 3, comments: 'Troppo lungo' }), answer('r3', { overall: 4 })];
    const doc = buildSessionReport({ ...input(), feedback: { questions: defaultQuestions(), responses } });
    const text = plainText(doc);
    const overall = feedbackResults(defaultQuestions(), responses).questions[0]!;
    expect(overall).toMatchObject({ answered: 3, average: 4, distribution: [0, 0, 1, 1, 1] });
    expect(text).toContain('Questionario di gradimento');
    expect(text).toMatch(/Risposte raccolte\s*3/);
    expect(text).toContain('4,0');
    expect(text).toContain('«Il metodo» — Anna Galli');
    expect(text).toContain('«Troppo lungo»');
  });

  it('says so when nobody answered', () => {
    const text = plainText(buildSessionReport({ ...input(), feedback: { questions: defaultQuestions(), responses: [] } }));
    expect(text).toContain('Nessuna risposta al questionario per questa sessione.');
  });
});
