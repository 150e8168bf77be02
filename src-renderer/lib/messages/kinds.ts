// The messages of a guest's path, in the order the guest receives them. Pure.
import type { MessageKind, MessageLang } from '../domain/types';

export const MESSAGE_KINDS = ['conferma', 'attesa', 'promozione', 'promemoria', 'attestato', 'ringraziamento'] as const satisfies readonly MessageKind[];
export const MESSAGE_LANGS = ['it', 'en'] as const satisfies readonly MessageLang[];

export function isMessageKind(value: string): value is MessageKind {
  return (MESSAGE_KINDS as readonly string[]).includes(value);
}

/** Kinds whose draft carries the programme (PDF) and the calendar file (.ics). */
export const WITH_PROGRAMME: readonly MessageKind[] = ['conferma', 'promozione'];
