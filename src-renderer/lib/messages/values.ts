// What each placeholder says for one participant of a session: names, the good practice, dates the Italian way,
// times of each day, venue with its street address, the session's contact person, hours attended, the office's
// contacts. Pure.
import { sortItems } from '../domain/agenda';
import { waitingList } from '../domain/capacity';
import { formatDays, formatLongDate } from '../domain/dates';
import type { SessionHours } from '../domain/hours';
import { toMinutes, formatDuration } from '../domain/times';
import type { MessageLang, Participant, Session } from '../domain/types';
import { sessionDates } from '../domain/sessions';
import type { PlaceholderValues } from './render';
import { hoursOf, type SessionDocumentInput } from '../domain/session-data';

/** "9:30": times in running text, without the leading zero. */
function clock(hhmm: string): string {
  return hhmm.replace(/^0(\d)/, '$1');
}

/** One line per day: "giovedì 7 maggio 2026, dalle 9:30 alle 17:00" (a day without programme: its date only). */
export function dayTimes(input: Pick<SessionDocumentInput, 'session' | 'items'>, lang: MessageLang): string {
  const dates = sessionDates(input.session);
  const items = sortItems(input.items);
  const lines = dates.map((date, day) => {
    const ofDay = items.filter((i) => i.dayIndex === day);
    const label = formatLongDate(date, lang);
    if (!ofDay.length) return label;
    const start = ofDay[0]!.start;
    const end = ofDay.reduce((a, b) => (toMinutes(b.end) > toMinutes(a.end) ? b : a)).end;
    return lang === 'it' ? `${label}, dalle ${clock(start)} alle ${clock(end)}` : `${label}, ${clock(start)} to ${clock(end)}`;
  });
  return lines.length > 1 ? lines.map((l) => `– ${l}`).join('\n') : (lines[0] ?? '');
}

/** "Maria Bianchi (tel. 0341 123456, m.bianchi@comune.lecco.it)": the person guests call on the day, as one line. */
export function contactLine(contact: Session['contact'] | undefined, lang: MessageLang): string {
  const name = contact?.name.trim() ?? '';
  const phone = contact?.phone.trim() ?? '';
  const email = contact?.email.trim() ?? '';
  const reach = [phone && `${lang === 'it' ? 'tel.' : 'phone'} ${phone}`, email].filter(Boolean).join(', ');
  if (!name) return reach;
  return reach ? `${name} (${reach})` : name;
}

/** What a session's messages share, worked out once for a batch. */
export interface SessionValues {
  hours: SessionHours;
  waiting: Map<string, number>;
  common: Omit<PlaceholderValues, 'nome' | 'cognome' | 'ente' | 'codice' | 'posizione_attesa' | 'ore'>;
}

export function sessionValues(input: SessionDocumentInput, lang: MessageLang): SessionValues {
  const { settings, offer, session } = input;
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' – ').trim();
  const dates = sessionDates(session);
  return {
    hours: hoursOf(input),
    waiting: new Map(waitingList(input.participants).map((p, i) => [p.id, i + 1])),
    common: {
      titolo: offer.title.trim(),
      date: dates.length ? formatDays(dates, lang) : '',
      orari: dayTimes(input, lang),
      luogo: session.venue.trim(),
      indirizzo_sede: oneLine(session.venueAddress ?? ''),
      referente: contactLine(session.contact, lang),
      telefono_referente: session.contact?.phone.trim() ?? '',
      email_referente: session.contact?.email.trim() ?? '',
      note_pratiche: session.notes.trim(),
      questionario: (session.feedbackUrl ?? '').trim(),
      ente_ospitante: oneLine(offer.hostMunicipality || settings.municipality),
      ufficio: oneLine(offer.hostOffice || settings.office),
      indirizzo_ufficio: [settings.address, settings.city].map((s) => s.trim()).filter(Boolean).join(', '),
      telefono_ufficio: settings.phone.trim(),
      email_ufficio: settings.email.trim(),
      firmatario: settings.signatoryName.trim(),
      ruolo_firmatario: settings.signatoryRole.trim(),
    },
  };
}

export function participantValues(shared: SessionValues, p: Participant, lang: MessageLang): PlaceholderValues {
  const attended = shared.hours.participants.get(p.id)?.attendedMinutes ?? 0;
  const position = shared.waiting.get(p.id);
  return {
    ...shared.common,
    nome: p.name.trim(),
    cognome: p.surname.trim(),
    ente: p.organisation.trim(),
    codice: p.checkinCode,
    posizione_attesa: position ? String(position) : '',
    ore: attended > 0 ? formatDuration(attended, lang) : '',
  };
}
