// Instants and sizes as the backup and privacy panels show them.
import { formatLongDate, toIsoDate, type Locale } from './domain/dates';
import { nowHhMm } from './domain/times';
import type { BackupReason } from './host';
import type { MessageKey } from './i18n/index.svelte';

/** How each occasion of an automatic backup is named in lists. */
export const BACKUP_REASON_LABELS: Record<BackupReason, MessageKey> = {
  daily: 'backup.auto.daily',
  quit: 'backup.auto.quit',
  manual: 'backup.auto.manual',
  checkin: 'backup.auto.checkin',
  start: 'backup.auto.start',
  restore: 'backup.auto.restoreReason',
  recovery: 'backup.auto.recovery',
  privacy: 'backup.auto.privacy',
};

/** "sabato 21 novembre 2026, 23:58" in local time. */
export function formatInstant(instant: string, locale: Locale): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${formatLongDate(toIsoDate(date), locale)}, ${nowHhMm(date)}`;
}

/** "1,2 MB", "840 kB" */
export function formatSize(bytes: number, locale: Locale): string {
  const tag = locale === 'it' ? 'it-IT' : 'en-GB';
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString(tag, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(tag)} kB`;
}
