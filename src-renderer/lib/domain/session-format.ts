// Where and how a session is held: in presence at the venue, online on a video call, or hybrid (both at once).
// The offer's format gives the default; the session may change it. Pure.
import type { OfferFormat, OnlineMeeting, OnlinePlatform, ReportPlatform, Session, SessionFormat } from './types';

export const SESSION_FORMATS: SessionFormat[] = ['presenza', 'online', 'ibrida'];
export const REPORT_PLATFORMS: ReportPlatform[] = ['teams', 'zoom', 'meet', 'webex'];
export const ONLINE_PLATFORMS: OnlinePlatform[] = [...REPORT_PLATFORMS, 'altro'];

/** The platforms' own names, the same in every language. */
export const PLATFORM_NAMES: Record<OnlinePlatform, string> = {
  teams: 'Microsoft Teams',
  zoom: 'Zoom',
  meet: 'Google Meet',
  webex: 'Webex',
  altro: '',
};

/** A synchronous webinar is held online; a workshop or a visit in presence. */
export function defaultSessionFormat(offerFormat: OfferFormat | undefined): SessionFormat {
  return offerFormat === 'webinar' ? 'online' : 'presenza';
}

export function noMeeting(): OnlineMeeting {
  return { platform: null, link: '' };
}

/** The session's format; a record written before formats existed is in presence. */
export function formatOf(session: Partial<Pick<Session, 'format'>>): SessionFormat {
  return session.format && SESSION_FORMATS.includes(session.format) ? session.format : 'presenza';
}

/** The video call, or none when the record has no such field. */
export function meetingOf(session: Partial<Pick<Session, 'online'>>): OnlineMeeting {
  return session.online ?? noMeeting();
}

/** People come to the venue: the desk checks them in (in presence and hybrid). */
export function hasVenue(session: Partial<Pick<Session, 'format'>>): boolean {
  return formatOf(session) !== 'online';
}

/** People follow on a video call: its attendance report counts (online and hybrid). */
export function hasOnline(session: Partial<Pick<Session, 'format'>>): boolean {
  return formatOf(session) !== 'presenza';
}

/** The platform's name as printed ("Microsoft Teams"), '' when not chosen or "other". */
export function platformName(platform: OnlinePlatform | null | undefined): string {
  return platform ? PLATFORM_NAMES[platform] : '';
}

/** A link participants can open: an http(s) address with a host and no spaces. */
export function isMeetingLink(link: string): boolean {
  if (/\s/.test(link.trim())) return false;
  try {
    const url = new URL(link.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** What is wrong with a meeting (the message is sessions.error.<code>). */
export type MeetingProblem = 'link';

/** The link, when given, must be one a participant can open; an empty one is fine until it is known. */
export function meetingProblem(meeting: OnlineMeeting): MeetingProblem | null {
  const link = meeting.link.trim();
  return link && !isMeetingLink(link) ? 'link' : null;
}

/** The video call with its link trimmed. */
export function cleanMeeting(meeting: OnlineMeeting): OnlineMeeting {
  return { platform: meeting.platform ?? null, link: meeting.link.trim() };
}
