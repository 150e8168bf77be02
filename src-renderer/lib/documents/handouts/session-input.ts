// Helpers the session's handouts share over what they are built from (lib/domain/session-data.ts): who is
// printed, how a person is named, where documents are signed. Pure.
import { compareBySurname } from '../../domain/participants';
import type { SessionDocumentInput } from '../../domain/session-data';
import type { HostSettings, Participant } from '../../domain/types';

/** Confirmed participants in surname order (Italian collation): the rows printed on a sign-in sheet. */
export function confirmedBySurname(participants: Participant[]): Participant[] {
  return participants.filter((p) => p.status === 'confermato').sort(compareBySurname);
}

/** "Rossi Maria": surname first, as registers list people. */
export function surnameFirst(p: Pick<Participant, 'surname' | 'name'>): string {
  return [p.surname, p.name].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** "Maria Rossi", as a certificate names a person. */
export function nameFirst(p: Pick<Participant, 'surname' | 'name'>): string {
  return [p.name, p.surname].map((s) => s.trim()).filter(Boolean).join(' ');
}

/**
 * Where documents are signed: "Monza" from "Comune di Monza", else the city without postcode and province
 * ("20900 Monza (MB)" gives "Monza").
 */
export function placeOfIssue(settings: HostSettings): string {
  const fromMunicipality = /^\s*(?:comune|città|citta)\s+(?:di|de)\s+(.+?)\s*$/i.exec(settings.municipality)?.[1];
  if (fromMunicipality) return fromMunicipality;
  const city = settings.city.replace(/^\s*\d{5}\s*/, '').replace(/\s*\([A-Za-z]{2}\)\s*$/, '').trim();
  return city || settings.municipality.trim();
}

/** The session's title: the offer's good practice. */
export function sessionTitle(input: Pick<SessionDocumentInput, 'offer'>): string {
  return input.offer.title.trim();
}
