// Where a session is held, as every handout prints it: the venue for a session in presence, the platform and the
// link of the call for an online one, both for a hybrid one. One place for it, so each handout says the same (and
// a further detail of the place, such as the venue's address or a contact on the day, is added once, here).
import { formatOf, meetingOf, platformName } from '../../domain/session-format';
import type { Session } from '../../domain/types';
import { docText, type DocLang } from './common';

/** A session's place; the format and the call may be missing from a record made before they existed. */
type Where = Pick<Session, 'venue'> & Partial<Pick<Session, 'format' | 'online'>>;

export interface PlaceFacts {
  /** '' for an online session or a venue not decided yet. */
  venue: string;
  /** The call, for an online or hybrid session: the platform's name ('' when not chosen) and its link. */
  online: { platform: string; link: string } | null;
}

export function placeOf(session: Where): PlaceFacts {
  const format = formatOf(session);
  const meeting = meetingOf(session);
  return {
    venue: format === 'online' ? '' : session.venue.trim(),
    online: format === 'presenza' ? null : { platform: platformName(meeting.platform), link: meeting.link.trim() },
  };
}

/** "online (Microsoft Teams)", "online". */
export function onlineWords(lang: DocLang, online: NonNullable<PlaceFacts['online']>): string {
  return online.platform ? docText(lang, 'documents.place.onlineOn', { platform: online.platform }) : docText(lang, 'documents.place.onlineOnly');
}

/** Label and value lines for a table of facts: "Sede", "Online", "Link per partecipare". */
export function placeRows(session: Where, lang: DocLang): [string, string][] {
  const place = placeOf(session);
  const rows: [string, string][] = [];
  if (place.venue) rows.push([docText(lang, 'documents.programme.venue'), place.venue]);
  if (place.online) {
    const how = place.online.platform || docText(lang, 'documents.place.platformTbd');
    rows.push([docText(lang, formatOf(session) === 'ibrida' ? 'documents.place.alsoOnline' : 'documents.place.online'), how]);
    if (place.online.link) rows.push([docText(lang, 'documents.place.link'), place.online.link]);
  }
  return rows;
}

/** One line, for headings: "Sala Giunta", "Online (Microsoft Teams)", "Sala Giunta e online (Microsoft Teams)". */
export function placeLine(session: Where, lang: DocLang): string {
  const place = placeOf(session);
  const online = place.online ? onlineWords(lang, place.online) : '';
  if (place.venue && online) return docText(lang, 'documents.place.both', { venue: place.venue, online });
  if (online) return online.charAt(0).toLocaleUpperCase(lang) + online.slice(1);
  return place.venue;
}
