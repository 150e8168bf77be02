// Who was told what: the messages prepared for a participant, kept on the participant (schema v10). Two stations'
// records of the same person are merged by union, so neither coordinator's confirmations are forgotten. Pure.
import type { MessageKind, Participant, PreparedMessage } from '../domain/types';

const key = (m: PreparedMessage) => `${m.kind}|${m.preparedAt}|${m.station}`;

/** Both lists of prepared messages, each once, oldest first. */
export function unionMessages(a: readonly PreparedMessage[] | undefined, b: readonly PreparedMessage[] | undefined): PreparedMessage[] {
  const all = new Map<string, PreparedMessage>();
  for (const m of [...(a ?? []), ...(b ?? [])]) if (!all.has(key(m))) all.set(key(m), m);
  return [...all.values()].sort((x, y) => (x.preparedAt < y.preparedAt ? -1 : x.preparedAt > y.preparedAt ? 1 : key(x).localeCompare(key(y))));
}

/** True when the two lists hold the same messages, whatever their order. */
export function sameMessages(a: readonly PreparedMessage[] | undefined, b: readonly PreparedMessage[] | undefined): boolean {
  const ka = new Set((a ?? []).map(key));
  const kb = new Set((b ?? []).map(key));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

/** The last time this kind of message was prepared for the person, or null. */
export function lastPrepared(p: Pick<Participant, 'messages'>, kind: MessageKind): PreparedMessage | null {
  const of = (p.messages ?? []).filter((m) => m.kind === kind);
  return of.length ? of.reduce((a, b) => (b.preparedAt > a.preparedAt ? b : a)) : null;
}

/** The person with one more message recorded. */
export function withMessage(p: Participant, message: PreparedMessage): Participant {
  return { ...p, messages: unionMessages(p.messages, [message]) };
}
