// A station is one laptop running Ospita. Its id is made once on that laptop and never travels with the data
// (a restore keeps the laptop's own), so two stations with the same name still tell their check-ins apart.
// Its name is what people read in logs and backups; until the coordinator gives one, it is derived from the
// id, so two new laptops are never both «Postazione 1». Pure.
import { CHECKIN_ALPHABET } from './checkin-code';

/** "Postazione K7M2": four characters of the id in the unambiguous alphabet of check-in codes. */
export function defaultStationName(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  let suffix = '';
  for (let i = 0; i < 4; i++) {
    suffix += CHECKIN_ALPHABET[h % CHECKIN_ALPHABET.length];
    h = Math.floor(h / CHECKIN_ALPHABET.length);
  }
  return `Postazione ${suffix}`;
}

/** The name to show and record: the one given in Impostazioni, else the default of this station's id. */
export function stationLabel(name: string | undefined, id: string): string {
  return name?.trim() || defaultStationName(id);
}
