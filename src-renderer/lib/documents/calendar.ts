// The programme as a calendar file (.ics) for the visiting officials: one event per day of the session, from the
// first item to the last, with the day's agenda in the description. Times are local ("floating"): 9:00 in Monza
// is 9:00 in every Italian calendar. Built with the `ics` package; pure.
import { createEvents, type EventAttributes } from 'ics';
import { sortItems } from '../domain/agenda';
import { parseIsoDate } from '../domain/dates';
import { toMinutes } from '../domain/times';
import type { AgendaItem, HostSettings, Offer, Session } from '../domain/types';
import { docText, type DocLang } from './handouts/common';
import { sessionDates } from '../domain/sessions';
import { placeLine, placeOf, placeRows } from './handouts/place';

export interface CalendarSource {
  session: Session;
  offer: Offer | null;
  items: AgendaItem[];
  settings: HostSettings;
}

export type CalendarResult = { ok: true; ics: string } | { ok: false; reason: 'noDates' | 'noItems' | 'invalid'; detail?: string };

function dateTime(isoDate: string, hhmm: string): [number, number, number, number, number] {
  const date = parseIsoDate(isoDate)!;
  const minutes = toMinutes(hhmm);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate(), Math.floor(minutes / 60), minutes % 60];
}

export function buildCalendar(source: CalendarSource, lang: DocLang = 'it'): CalendarResult {
  const dates = sessionDates(source.session);
  if (!dates.length) return { ok: false, reason: 'noDates' };
  const items = sortItems(source.items);
  if (!items.length) return { ok: false, reason: 'noItems' };
  const title = source.offer?.title.trim() || docText(lang, 'documents.programme.untitled');
  const organiser = [source.settings.municipality, source.settings.office].filter((s) => s.trim()).join(' – ');
  const events: EventAttributes[] = [];
  const place = placeOf(source.session);
  dates.forEach((date, day) => {
    const dayItems = items.filter((i) => i.dayIndex === day);
    if (!dayItems.length) return;
    const first = dayItems[0]!;
    const last = dayItems.reduce((a, b) => (toMinutes(b.end) > toMinutes(a.end) ? b : a));
    const agenda = dayItems.map((i) => `${i.start}–${i.end} ${i.title}${i.place ? ` (${i.place})` : ''}`).join('\n');
    // Where: the venue, and for an online or hybrid session the call (its link also as the event's URL).
    const where = placeRows(source.session, lang).map(([label, value]) => `${label}: ${value}`).join('\n');
    const description = [organiser, where, agenda, source.settings.email && `${docText(lang, 'documents.programme.email')}: ${source.settings.email}`, source.settings.phone && `${docText(lang, 'documents.programme.phone')}: ${source.settings.phone}`]
      .filter(Boolean)
      .join('\n\n');
    events.push({
      uid: `${source.session.id}-${day + 1}@ospita`,
      title: dates.length > 1 ? `${title} (${docText(lang, 'documents.programme.dayN', { n: day + 1 })})` : title,
      description,
      // The street address beside the venue, so a phone's calendar can find the way.
      location: [place.venue, place.venue ? source.session.venueAddress?.trim() : ''].filter(Boolean).join(', ') || (place.online ? place.online.link || placeLine(source.session, lang) : '') || undefined,
      url: place.online?.link || undefined,
      start: dateTime(date, first.start),
      startInputType: 'local',
      startOutputType: 'local',
      end: dateTime(date, last.end),
      endInputType: 'local',
      endOutputType: 'local',
      status: source.session.status === 'annullata' ? 'CANCELLED' : source.session.status === 'confermata' ? 'CONFIRMED' : 'TENTATIVE',
      productId: 'Ospita',
      calName: title,
    });
  });
  if (!events.length) return { ok: false, reason: 'noItems' };
  const { error, value } = createEvents(events, { productId: 'Ospita', calName: title });
  if (error || !value) return { ok: false, reason: 'invalid', detail: error?.message };
  return { ok: true, ics: value };
}
