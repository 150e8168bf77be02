// Which column holds which field. Header names in Italian or English are recognised; the user can change
// the result in the mapping step. A header row may follow a title line or two ("Elenco partecipanti…").
import { normaliseForComparison } from '../../domain/duplicates';
import type { Table } from './table';

/** Fields a column can fill. The two "full name" kinds hold surname and name in one cell. */
export const IMPORT_FIELDS = ['surname', 'name', 'fullNameSurnameFirst', 'fullNameNameFirst', 'organisation', 'role', 'email', 'phone', 'dietary', 'notes'] as const;
/** Fields several columns may fill together, joined with «; » («Allergie» and «Intolleranze»). */
export const JOINED_FIELDS: readonly ImportField[] = ['dietary', 'notes'];
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index → field, or null to ignore the column. */
export type ColumnMapping = (ImportField | null)[];

const SYNONYMS: Record<ImportField, string[]> = {
  surname: ['cognome', 'cognomi', 'surname', 'last name', 'lastname', 'family name'],
  name: ['nome', 'nome proprio', 'name', 'first name', 'firstname', 'given name'],
  fullNameSurnameFirst: ['cognome e nome', 'cognome nome', 'nominativo', 'nominativi', 'partecipante', 'surname and name'],
  fullNameNameFirst: ['nome e cognome', 'nome cognome', 'full name', 'fullname', 'name and surname', 'participant'],
  organisation: [
    'ente', 'comune', 'organizzazione', 'amministrazione', 'ente di appartenenza', 'ente comune', 'comune ente', 'ente organizzazione',
    'amministrazione di appartenenza', 'istituzione', 'societa', 'azienda', 'organisation', 'organization', 'company', 'municipality', 'institution',
  ],
  role: ['ruolo', 'qualifica', 'funzione', 'incarico', 'profilo', 'ruolo qualifica', 'qualifica ruolo', 'posizione', 'role', 'job title', 'position', 'job'],
  email: ['email', 'e mail', 'mail', 'posta elettronica', 'indirizzo email', 'indirizzo e mail', 'indirizzo di posta elettronica', 'email address', 'e mail address'],
  phone: ['telefono', 'tel', 'cellulare', 'cell', 'recapito telefonico', 'numero di telefono', 'telefono cellulare', 'phone', 'mobile', 'telephone', 'phone number'],
  dietary: [
    'esigenze alimentari', 'allergie', 'intolleranze', 'allergie intolleranze', 'allergie e intolleranze', 'intolleranze alimentari',
    'allergie alimentari', 'dieta', 'regime alimentare', 'esigenze dietetiche', 'pasti', 'pranzo', 'menu', 'scelta del menu',
    'dietary requirements', 'dietary needs', 'dietary restrictions', 'food allergies', 'allergies', 'diet', 'meal preference',
  ],
  notes: ['note', 'notes', 'osservazioni', 'annotazioni', 'esigenze particolari', 'remarks', 'comments'],
};

/** Headers are compared without accents, case, punctuation or repeated spaces: "E-mail" = "email" = "E mail". */
function headerKey(header: string): string {
  return normaliseForComparison(header).replace(/\be mail\b/g, 'email').replace(/\s+/g, ' ');
}

const EXACT = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const s of SYNONYMS[field]) EXACT.set(headerKey(s), field);
// Longer synonyms first, so "indirizzo di posta elettronica" is e-mail before "indirizzo" could mean anything else.
// Sorted once: a file with thousands of columns asks for every header of its first rows.
const BY_LENGTH = IMPORT_FIELDS.flatMap((field) => SYNONYMS[field].map((s) => ({ field, key: headerKey(s) }))).sort((a, b) => b.key.length - a.key.length);

/** The field a header names: an exact synonym, else a synonym as whole words inside it ("Cognome del partecipante"). */
export function fieldForHeader(header: string): ImportField | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  const words = ` ${key} `;
  const has = (s: string) => words.includes(` ${headerKey(s)} `);
  if (has('cognome') && has('nome')) return key.indexOf('cognome') < key.search(/\bnome\b/) ? 'fullNameSurnameFirst' : 'fullNameNameFirst';
  return BY_LENGTH.find(({ key: synonym }) => words.includes(` ${synonym} `))?.field ?? null;
}

/**
 * Automatic mapping: each field to the first column naming it; later columns naming it again are ignored, except
 * for dietary needs and notes, which gather every column naming them.
 */
export function autoMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (!field || (used.has(field) && !JOINED_FIELDS.includes(field))) return null;
    used.add(field);
    return field;
  });
}

/**
 * The header row: among the first rows, the first naming at least two known fields; if none does, the first
 * row with any text. Null when the table is empty.
 */
export function findHeaderRow(table: Table): number | null {
  const limit = Math.min(table.length, 10);
  for (let i = 0; i < limit; i++) {
    let known = 0;
    for (const cell of table[i]!) if (fieldForHeader(cell) !== null && ++known >= 2) return i;
  }
  const first = table.findIndex((row) => row.some((cell) => cell !== ''));
  return first < 0 ? null : first;
}

/** A mapping can import when it gives a surname, either on its own or inside a full name. */
export function mappingHasSurname(mapping: ColumnMapping): boolean {
  return mapping.some((f) => f === 'surname' || f === 'fullNameSurnameFirst' || f === 'fullNameNameFirst');
}
