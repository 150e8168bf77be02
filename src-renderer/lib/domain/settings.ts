// Host settings: defaults and validation (pure).
import type { HostSettings } from './types';
import { isHhMm, toMinutes } from './times';

export const DEFAULT_SETTINGS: HostSettings = {
  id: 'host',
  municipality: '',
  office: '',
  address: '',
  city: '',
  phone: '',
  email: '',
  website: '',
  logo: null,
  signatoryName: '',
  signatoryRole: '',
  signature: null,
  certificateThreshold: 0.75,
  dayStart: '09:00',
  dayEnd: '17:00',
  lunchStart: '13:00',
  lunchEnd: '14:00',
  retentionMonths: 12,
  // '' until the coordinator names the station: it then shows as «Postazione K7M2», from its id (domain/station.ts).
  stationName: '',
  messageTemplates: {},
  updatedAt: '1970-01-01T00:00:00.000Z',
};

/** Keys of the i18n catalogue naming each problem, so the UI says it in the user's language. */
export type SettingsProblem =
  | 'settings.error.threshold'
  | 'settings.error.time'
  | 'settings.error.dayOrder'
  | 'settings.error.lunchOrder'
  | 'settings.error.retention'
  | 'settings.error.email'
  | 'settings.error.messageEmpty';

export function validateSettings(s: HostSettings): Partial<Record<keyof HostSettings, SettingsProblem>> {
  const problems: Partial<Record<keyof HostSettings, SettingsProblem>> = {};
  if (!(s.certificateThreshold > 0 && s.certificateThreshold <= 1)) problems.certificateThreshold = 'settings.error.threshold';
  for (const key of ['dayStart', 'dayEnd', 'lunchStart', 'lunchEnd'] as const) {
    if (!isHhMm(s[key])) problems[key] = 'settings.error.time';
  }
  if (!problems.dayStart && !problems.dayEnd && toMinutes(s.dayStart) >= toMinutes(s.dayEnd)) problems.dayEnd = 'settings.error.dayOrder';
  if (!problems.lunchStart && !problems.lunchEnd && !problems.dayStart && !problems.dayEnd) {
    const inside = toMinutes(s.lunchStart) >= toMinutes(s.dayStart) && toMinutes(s.lunchEnd) <= toMinutes(s.dayEnd);
    if (toMinutes(s.lunchStart) >= toMinutes(s.lunchEnd) || !inside) problems.lunchEnd = 'settings.error.lunchOrder';
  }
  if (!Number.isInteger(s.retentionMonths) || s.retentionMonths < 1 || s.retentionMonths > 120) problems.retentionMonths = 'settings.error.retention';
  if (s.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email)) problems.email = 'settings.error.email';
  const texts = Object.values(s.messageTemplates ?? {}).flatMap((byLang) => Object.values(byLang ?? {}));
  if (texts.some((m) => !m.subject.trim() || !m.body.trim())) problems.messageTemplates = 'settings.error.messageEmpty';
  return problems;
}
