// Host settings: defaults and validation (pure).
import type { HostSettings, Offer } from './types';
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

/** What is wrong with a setting; the UI says it (settings.error.<code>) in the user's language. */
export type SettingsProblem = 'threshold' | 'time' | 'dayOrder' | 'lunchOrder' | 'retention' | 'email' | 'messageEmpty';

export function validateSettings(s: HostSettings): Partial<Record<keyof HostSettings, SettingsProblem>> {
  const problems: Partial<Record<keyof HostSettings, SettingsProblem>> = {};
  if (!(s.certificateThreshold > 0 && s.certificateThreshold <= 1)) problems.certificateThreshold = 'threshold';
  for (const key of ['dayStart', 'dayEnd', 'lunchStart', 'lunchEnd'] as const) {
    if (!isHhMm(s[key])) problems[key] = 'time';
  }
  if (!problems.dayStart && !problems.dayEnd && toMinutes(s.dayStart) >= toMinutes(s.dayEnd)) problems.dayEnd = 'dayOrder';
  if (!problems.lunchStart && !problems.lunchEnd && !problems.dayStart && !problems.dayEnd) {
    const inside = toMinutes(s.lunchStart) >= toMinutes(s.dayStart) && toMinutes(s.lunchEnd) <= toMinutes(s.dayEnd);
    if (toMinutes(s.lunchStart) >= toMinutes(s.lunchEnd) || !inside) problems.lunchEnd = 'lunchOrder';
  }
  if (!Number.isInteger(s.retentionMonths) || s.retentionMonths < 1 || s.retentionMonths > 120) problems.retentionMonths = 'retention';
  if (s.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.email)) problems.email = 'email';
  const texts = Object.values(s.messageTemplates ?? {}).flatMap((byLang) => Object.values(byLang ?? {}));
  if (texts.some((m) => !m.subject.trim() || !m.body.trim())) problems.messageTemplates = 'messageEmpty';
  return problems;
}

/** The host's name and office as the first imported form gives them, offered while Settings leaves them empty. */
export interface HostSuggestion {
  municipality: string;
  office: string;
  /** The form they come from, so the coordinator knows why they are proposed. */
  fileName: string;
}

/**
 * What Settings could take from the first form imported (oldest import first), for the fields still empty; null
 * when both are filled or no imported form names them. Offers that are not the office's own (the demo's) are left
 * out by the caller.
 */
export function hostSuggestion(settings: Pick<HostSettings, 'municipality' | 'office'>, offers: readonly Pick<Offer, 'hostMunicipality' | 'hostOffice' | 'source'>[]): HostSuggestion | null {
  const needMunicipality = !settings.municipality.trim();
  const needOffice = !settings.office.trim();
  if (!needMunicipality && !needOffice) return null;
  const imported = offers.filter((o) => o.source && (o.hostMunicipality.trim() || o.hostOffice.trim())).sort((a, b) => a.source!.importedAt.localeCompare(b.source!.importedAt));
  const first = imported[0];
  if (!first) return null;
  const municipality = needMunicipality ? first.hostMunicipality.trim() : '';
  const office = needOffice ? first.hostOffice.trim() : '';
  return municipality || office ? { municipality, office, fileName: first.source!.fileName } : null;
}
