// Small text helpers of the sessions screen.
import { formatDays, type Locale } from '../../lib/domain/dates';
import { formatOf, meetingOf } from '../../lib/domain/session-format';
import type { Session } from '../../lib/domain/types';
import { t } from '../../lib/i18n/index.svelte';

export function whenText(s: Pick<Session, 'days' | 'candidates'>, locale: Locale): string {
  if (s.days.length) return formatDays(s.days, locale);
  if (s.candidates.length) return t('sessions.toChoose', { dates: s.candidates.map((c) => formatDays(c.days, locale)).join(locale === 'it' ? ' o ' : ' or ') });
  return t('sessions.noDates');
}

export function capacityText(s: Pick<Session, 'capacityMin' | 'capacityMax'>): string {
  return s.capacityMin !== null ? t('sessions.capacity.range', { min: s.capacityMin, max: s.capacityMax }) : t('sessions.capacity.max', { max: s.capacityMax });
}

/** "Sala Giunta", "Online · Microsoft Teams", "Sala Giunta + online · Zoom": where the session is held. */
export function whereText(s: Pick<Session, 'venue' | 'format' | 'online'>): string {
  const format = formatOf(s);
  const venue = s.venue.trim() || t('sessions.noVenue');
  if (format === 'presenza') return venue;
  const platform = meetingOf(s).platform;
  const call = `${t('sessions.format.short.online')} · ${platform ? t(`sessions.platform.${platform}`) : t('sessions.platform.none')}`;
  return format === 'online' ? call : `${venue} + ${call.charAt(0).toLowerCase()}${call.slice(1)}`;
}
