// Who each message is for, and whether it can be written yet: confirmations to the confirmed, the waiting-list
// notice to those waiting, the "place became free" message to those confirmed after being told they wait,
// certificates to those who qualify, thanks to those who came. Guests without an e-mail are listed apart, with
// their phone, so nobody is forgotten. Pure.
import { certificatePlan } from '../documents/handouts/certificate';
import { sessionDates } from '../domain/sessions';
import { compareBySurname, isEmail } from '../domain/participants';
import type { MessageKind, Participant, PreparedMessage } from '../domain/types';
import { MESSAGE_KINDS, WITH_PROGRAMME } from './kinds';
import { lastPrepared } from './log';
import { hoursOf, type SessionDocumentInput } from '../domain/session-data';

export interface Recipient {
  participant: Participant;
  /** The last time this message was prepared for the person: not prepared again unless asked. */
  prepared: PreparedMessage | null;
}

/** Why a message cannot be written for the session yet (names an i18n message `messages.blocker.<code>`). */
export type MessageBlocker = 'noDates' | 'noProgramme' | 'sessionCancelled' | 'notHeld';

export interface RecipientPlan {
  kind: MessageKind;
  blocker: MessageBlocker | null;
  withEmail: Recipient[];
  /** To be told another way (phone). */
  withoutEmail: Recipient[];
}

/** Everyone who came at least once (an exit with no entry counts, as for the certificates). */
function cameIds(input: SessionDocumentInput): Set<string> {
  const hours = hoursOf(input);
  const ids = new Set<string>();
  for (const [id, h] of hours.participants) if (h.days.some((d) => d.intervals.length > 0 || d.exitWithoutEntry)) ids.add(id);
  return ids;
}

/** The people a kind of message is for, before looking at e-mails. */
export function eligible(kind: MessageKind, input: SessionDocumentInput): Participant[] {
  const active = input.participants.filter((p) => p.status !== 'annullato');
  let chosen: Participant[];
  switch (kind) {
    case 'conferma':
    case 'promemoria':
      chosen = active.filter((p) => p.status === 'confermato');
      break;
    case 'attesa':
      chosen = active.filter((p) => p.status === 'in_attesa');
      break;
    case 'promozione':
      chosen = active.filter((p) => p.status === 'confermato' && lastPrepared(p, 'attesa') !== null);
      break;
    case 'attestato':
      chosen = input.session.days.length ? certificatePlan(input).entries.map((e) => e.participant) : [];
      break;
    case 'ringraziamento': {
      const came = cameIds(input);
      chosen = active.filter((p) => came.has(p.id));
      break;
    }
  }
  return [...chosen].sort(compareBySurname);
}

export function blockerFor(kind: MessageKind, input: SessionDocumentInput): MessageBlocker | null {
  const { session } = input;
  if (kind === 'conferma' || kind === 'promozione' || kind === 'promemoria') {
    if (session.status === 'annullata') return 'sessionCancelled';
    if (!sessionDates(session).length) return 'noDates';
    if (WITH_PROGRAMME.includes(kind) && !input.items.length) return 'noProgramme';
  }
  if ((kind === 'attestato' || kind === 'ringraziamento') && !session.days.length) return 'notHeld';
  return null;
}

export function hasEmail(p: Participant): boolean {
  return isEmail(p.email.trim().toLowerCase());
}

export function recipientPlan(kind: MessageKind, input: SessionDocumentInput): RecipientPlan {
  const people = eligible(kind, input).map((participant) => ({ participant, prepared: lastPrepared(participant, kind) }));
  return {
    kind,
    blocker: blockerFor(kind, input),
    withEmail: people.filter((r) => hasEmail(r.participant)),
    withoutEmail: people.filter((r) => !hasEmail(r.participant)),
  };
}

/** The kinds that may be written to one person now, in the order of a guest's path. */
export function kindsFor(p: Participant, input: SessionDocumentInput): MessageKind[] {
  return MESSAGE_KINDS.filter((kind) => !blockerFor(kind, input) && eligible(kind, input).some((q) => q.id === p.id));
}

/** The message one person most likely needs next: the first of their path not prepared yet. */
export function suggestedKind(p: Participant, input: SessionDocumentInput): MessageKind | null {
  const kinds = kindsFor(p, input);
  return kinds.find((k) => !lastPrepared(p, k)) ?? kinds[kinds.length - 1] ?? null;
}
