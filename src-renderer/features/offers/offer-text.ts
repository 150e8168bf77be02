// Small text helpers of the offers screens (formatting through the i18n catalogue, search without accents).
import type { Offer } from '../../lib/domain/types';
import { t } from '../../lib/i18n/index.svelte';
import { fold } from '../../lib/import/form/text';

export function capacityText(o: Pick<Offer, 'capacityMin' | 'capacityMax'>): string {
  return o.capacityMin !== null ? t('offers.capacity.range', { min: o.capacityMin, max: o.capacityMax }) : t('offers.capacity.max', { max: o.capacityMax });
}

/** Every word of the query appears in the title, office, municipality or profiles, accents and case aside. */
export function matches(o: Pick<Offer, 'title' | 'hostOffice' | 'hostMunicipality' | 'targetProfiles'>, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(`${o.title} ${o.hostOffice} ${o.hostMunicipality} ${o.targetProfiles}`);
  return words.every((w) => hay.includes(w));
}
