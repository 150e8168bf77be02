// The messages to guests as pure functions: who receives each kind, the texts filled in for one person (a line
// whose detail is missing does not appear), the office's own texts over the defaults, the drafts' recipients and
// attachments (Word files where no PDF printer is given), and the union of two stations' records.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/lib/domain/settings';
import type { MessageKind, Participant, PreparedMessage } from '../../../../../src-renderer/lib/domain/types';
import { buildDrafts, draftFileName, NoSenderError } from '../../../../../src-renderer/lib/messages/drafts';
import { MESSAGE_KINDS } from '../../../../../src-renderer/lib/messages/kinds';
import { sameMessages, unionMessages } from '../../../../../src-renderer/lib/messages/log';
import { recipientPlan, suggestedKind } from '../../../../../src-renderer/lib/messages/recipients';
import { renderBody, renderSubject, type PlaceholderValues } from '../../../../../src-renderer/lib/messages/render';
import { DEFAULT_TEMPLATES, PLACEHOLDERS, templateFor, unknownPlaceholders, withTemplate } from '../../../../../src-renderer/lib/messages/templates';
import { dayTimes } from '../../../../../src-renderer/lib/messages/values';
import { input as fixture, PEOPLE } from '../documents/handouts/attendance-fixture';

const sent = (kind: MessageKind, at = '2026-04-02T08:00:00.000Z'): PreparedMessage => ({ kind, preparedAt: at, station: 'Postazione 1' });
const withEmails = (people: Participant[]) => people.map((p) => ({ ...p, email: p.email || `${p.id}@comune.example.it` }));
const input = (people: Participant[] = withEmails(PEOPLE)) => fixture({ participants: people });
const names = (list: { participant: Participant }[]) => list.map((r) => r.participant.surname);

describe('who receives each message', () => {
  it('confirmations and reminders go to the confirmed, the waiting-list notice to those waiting, never to the cancelled', () => {
    expect(names(recipientPlan('conferma', input()).withEmail)).toEqual(['Bianchi', "D'Amico", 'Éboli', 'Làzzari']);
    expect(names(recipientPlan('promemoria', input()).withEmail)).toEqual(['Bianchi', "D'Amico", 'Éboli', 'Làzzari']);
    expect(names(recipientPlan('attesa', input()).withEmail)).toEqual(['Zanetti']);
  });

  it('the place-available message goes only to the confirmed who had been told they were waiting', () => {
    const people = withEmails(PEOPLE).map((p) => (p.id === 'p3' ? { ...p, messages: [sent('attesa')] } : p));
    expect(names(recipientPlan('promozione', input(people)).withEmail)).toEqual(['Bianchi']);
  });

  it('certificates go to those who qualify, thanks to everyone who came (not to a check-in voided by mistake)', () => {
    expect(names(recipientPlan('attestato', input()).withEmail)).toEqual(["D'Amico", 'Éboli', 'Làzzari']);
    expect(names(recipientPlan('ringraziamento', input()).withEmail)).toEqual(['Bianchi', "D'Amico", 'Éboli', 'Làzzari']);
  });

  it('lists apart those without a valid e-mail, and remembers who was already told', () => {
    const people = withEmails(PEOPLE).map((p) => (p.id === 'p2' ? { ...p, email: '' } : p.id === 'p6' ? { ...p, email: 'giulia@comune' } : p.id === 'p1' ? { ...p, messages: [sent('conferma')] } : p));
    const plan = recipientPlan('conferma', input(people));
    expect(names(plan.withoutEmail)).toEqual(["D'Amico", 'Éboli']);
    expect(plan.withEmail.map((r) => [r.participant.surname, r.prepared?.kind ?? null])).toEqual([['Bianchi', null], ['Làzzari', 'conferma']]);
  });

  it('refuses confirmations for a session without dates or programme, and after a cancellation', () => {
    expect(recipientPlan('conferma', fixture({ session: { ...fixture().session, days: [], status: 'proposta' } })).blocker).toBe('noDates');
    expect(recipientPlan('conferma', fixture({ items: [] })).blocker).toBe('noProgramme');
    expect(recipientPlan('promemoria', fixture({ session: { ...fixture().session, status: 'annullata' } })).blocker).toBe('sessionCancelled');
    expect(recipientPlan('attesa', fixture({ items: [] })).blocker).toBeNull();
  });

  it('suggests the next message of a guest’s path not prepared yet', () => {
    const p = withEmails(PEOPLE)[0]!;
    expect(suggestedKind(p, input())).toBe('conferma');
    expect(suggestedKind({ ...p, messages: [sent('conferma')] }, input())).toBe('promemoria');
  });
});

describe('a template filled in for one guest', () => {
  const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, ''])) as PlaceholderValues;

  it('leaves out every line whose detail is missing, keeps the others, and tidies the blank lines', () => {
    const body = 'Gentile {nome},\n\nLuogo: {luogo}\n\nQuestionario: {questionario}\n\nA presto.';
    expect(renderBody(body, { ...values, nome: 'Nicolò', luogo: 'Sala Giunta' })).toBe('Gentile Nicolò,\n\nLuogo: Sala Giunta\n\nA presto.');
  });

  it('keeps an unknown placeholder as written, and the editor names it', () => {
    expect(renderBody('Ciao {nomee}', values)).toBe('Ciao {nomee}');
    expect(unknownPlaceholders('Gentile {nomee} {cognome}, {data}')).toEqual(['nomee', 'data']);
  });

  it('drops the separators an empty value leaves at the end of the subject', () => {
    expect(renderSubject('Promemoria: {titolo}, {date}', { ...values, titolo: 'Patti di Cittadinanza' })).toBe('Promemoria: Patti di Cittadinanza');
  });

  it('writes the times of each day the Italian way', () => {
    expect(dayTimes(fixture(), 'it')).toBe('– giovedì 7 maggio 2026, dalle 9:00 alle 17:00\n– venerdì 8 maggio 2026, dalle 9:00 alle 17:00');
    expect(dayTimes(fixture(), 'en')).toBe('– Thursday 7 May 2026, 9:00 to 17:00\n– Friday 8 May 2026, 9:00 to 17:00');
  });

  it('has defaults in Italian and English for every kind, using only known placeholders', () => {
    for (const kind of MESSAGE_KINDS) {
      for (const lang of ['it', 'en'] as const) {
        const { subject, body } = DEFAULT_TEMPLATES[kind][lang];
        expect(unknownPlaceholders(`${subject}\n${body}`), `${kind} ${lang}`).toEqual([]);
        expect(body, `${kind} ${lang}`).toMatch(lang === 'it' ? /^Gentile \{nome\} \{cognome\},/ : /^Dear \{nome\} \{cognome\},/);
      }
    }
  });

  it('uses the office’s own text where it changed one, and goes back to the default when asked', () => {
    const mine = { subject: 'Ci vediamo a {luogo}', body: 'Ciao {nome}' };
    const templates = withTemplate(DEFAULT_SETTINGS, 'promemoria', 'it', mine);
    expect(templateFor({ messageTemplates: templates }, 'promemoria', 'it')).toEqual(mine);
    expect(templateFor({ messageTemplates: templates }, 'promemoria', 'en')).toEqual(DEFAULT_TEMPLATES.promemoria.en);
    expect(withTemplate({ messageTemplates: templates }, 'promemoria', 'it', null)).toEqual({});
    // Saving the default text unchanged keeps nothing, so improved defaults reach the office.
    expect(withTemplate(DEFAULT_SETTINGS, 'conferma', 'it', { ...DEFAULT_TEMPLATES.conferma.it })).toEqual({});
  });
});

describe('drafts', () => {
  it('carry the office as sender, the guest as recipient, and Word attachments where no PDF printer is given', async () => {
    const drafts = await buildDrafts(input(), { kind: 'conferma', lang: 'it', participants: withEmails(PEOPLE).filter((p) => p.status === 'confermato'), pdf: null, issueDate: '2026-05-11' });
    expect(drafts.map((d) => d.fileName)).toEqual([
      '2026-05-07 Conferma - Làzzari Fabrizio.eml',
      "2026-05-07 Conferma - D'Amico Nicolò.eml",
      '2026-05-07 Conferma - Bianchi Anna.eml',
      '2026-05-07 Conferma - Éboli Giulia.eml',
    ]);
    const damico = drafts[1]!;
    expect(damico.from).toEqual({ name: 'Comune di Monza – Servizio Partecipazione, Giovani e Pari Opportunità', address: 'partecipazione@comune.monza.it' });
    expect(damico.to).toEqual({ name: "Nicolò D'Amico", address: 'p2@comune.example.it' });
    expect(damico.subject).toBe('Iscrizione confermata – Processo di Co-progettazione con Enti del Terzo Settore, giovedì 7 e venerdì 8 maggio 2026');
    expect(damico.text).toContain('Luogo: Centro civico San Rocco, via Ticino 30');
    expect(damico.text).not.toContain('Informazioni pratiche');
    expect(damico.attachments.map((a) => [a.fileName, a.contentType])).toEqual([
      ['2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['2026-05-07 Programma - Processo di Co-progettazione con Enti del Terzo.ics', 'text/calendar'],
    ]);
  });

  it('cannot be written without the office e-mail, the sender of every draft', async () => {
    await expect(buildDrafts(fixture({ settings: { ...fixture().settings, email: '' } }), { kind: 'attesa', lang: 'it', participants: withEmails(PEOPLE), pdf: null, issueDate: '2026-05-11' })).rejects.toBeInstanceOf(NoSenderError);
  });

  it('are named so two sessions or two steps never overwrite each other in one folder', () => {
    const p = PEOPLE[1]!;
    expect(draftFileName(fixture(), p, 'attestato', 'it')).toBe("2026-05-07 Attestato - D'Amico Nicolò.eml");
    expect(draftFileName(fixture(), p, 'attestato', 'en')).toBe("2026-05-07 Certificate - D'Amico Nicolò.eml");
  });
});

describe('who was told what, on two stations', () => {
  it('is the union of both records, each message once, oldest first', () => {
    const a = [sent('conferma', '2026-04-02T08:00:00.000Z')];
    const b = [sent('promemoria', '2026-05-06T08:00:00.000Z'), sent('conferma', '2026-04-02T08:00:00.000Z')];
    expect(unionMessages(b, a)).toEqual([a[0], b[0]]);
    expect(sameMessages(a, [...a])).toBe(true);
    expect(sameMessages(a, b)).toBe(false);
  });
});
