// Which column holds which field, decided by header AND content. Headers are matched by meaning (vocabularies in
// Italian and English, whole words inside a longer question: "Indirizzo e-mail del partecipante"); the cells then
// confirm or refuse it: a column of "anonymous" or without any e-mail address is never the e-mail column. The
// columns an online form adds by itself (Microsoft Forms' "Posta elettronica" and "Nome" of the respondent's
// account, Google Forms' "Indirizzo email", Eventbrite's buyer) give way to the form's own questions. The user can
// change the result in the mapping step. A header row may follow a title line or two ("Elenco partecipanti…").
// Pure: no Dexie, no DOM.
import { normaliseForComparison } from '../../domain/duplicates';
import { clearlyEmails, holdsEmails, holdsNothing, holdsPhones, holdsYesNo, profileColumn, type ColumnProfile } from './column-profile';
import type { Table } from './table';

/** Fields a column can fill. The two "full name" kinds hold surname and name in one cell. */
export const IMPORT_FIELDS = ['surname', 'name', 'fullNameSurnameFirst', 'fullNameNameFirst', 'organisation', 'role', 'email', 'phone', 'notes', 'consent'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index → field, or null to ignore the column. */
export type ColumnMapping = (ImportField | null)[];

/** Fields several columns may fill at once (their texts are joined). */
export const REPEATABLE_FIELDS: readonly ImportField[] = ['notes'];

const SYNONYMS: Record<ImportField, string[]> = {
  surname: ['cognome', 'cognomi', 'surname', 'last name', 'lastname', 'family name'],
  name: ['nome', 'nome proprio', 'name', 'first name', 'firstname', 'given name', 'forename'],
  fullNameSurnameFirst: ['cognome e nome', 'cognome nome', 'nominativo', 'nominativi', 'surname and name', 'last name first name'],
  fullNameNameFirst: ['nome e cognome', 'nome cognome', 'full name', 'fullname', 'name and surname', 'first and last name', 'first name last name'],
  organisation: [
    'ente', 'comune', 'organizzazione', 'amministrazione', 'ente di appartenenza', 'ente comune', 'comune ente', 'ente organizzazione',
    'amministrazione di appartenenza', 'istituzione', 'societa', 'azienda', 'organisation', 'organization', 'company', 'municipality',
    'institution', 'employer', 'agency', 'unione dei comuni', 'citta metropolitana',
  ],
  role: [
    'ruolo', 'qualifica', 'funzione', 'incarico', 'profilo', 'ruolo qualifica', 'qualifica ruolo', 'posizione', 'mansione', 'profilo professionale',
    'role', 'job title', 'position', 'job', 'occupation',
  ],
  email: ['email', 'mail', 'posta elettronica', 'indirizzo email', 'indirizzo di posta elettronica', 'indirizzo di posta', 'email address', 'mail address'],
  phone: ['telefono', 'tel', 'cellulare', 'cell', 'recapito telefonico', 'numero di telefono', 'telefono cellulare', 'numero di cellulare', 'phone', 'mobile', 'telephone', 'phone number', 'cell phone', 'work phone'],
  notes: [
    'note', 'notes', 'osservazioni', 'annotazioni', 'esigenze alimentari', 'esigenze', 'allergie', 'intolleranze', 'esigenze particolari', 'accessibilita',
    'dieta', 'remarks', 'comments', 'dietary', 'dietary requirements', 'accessibility', 'allergies', 'special requirements',
  ],
  consent: [],
};

/** Synonyms that name a field only as the whole header: "Partecipante" is a full name, "Nome del partecipante" is not. */
const WHOLE_HEADER_ONLY: [string, ImportField][] = [
  ['partecipante', 'fullNameSurnameFirst'],
  ['participant', 'fullNameNameFirst'],
  ['attendee', 'fullNameNameFirst'],
];

/**
 * A question about consent to the processing of personal data, however it is worded: words about personal data
 * are enough; "acconsento", "autorizzo" need them beside (a photo release is not consent to data processing),
 * unless the whole header is "Consenso".
 */
const CONSENT_DATA_WORDS = ['trattamento dei dati', 'trattamento dati', 'dati personali', 'privacy', 'gdpr', 'informativa', '2016 679', 'data protection', 'personal data', 'data processing'];
const CONSENT_VERBS = ['acconsento', 'consento', 'consenso', 'autorizzo', 'accetto', 'consent', 'agree'];

function asksConsent(key: string): boolean {
  if (CONSENT_DATA_WORDS.some((w) => hasWords(key, w))) return true;
  if (CONSENT_VERBS.includes(key)) return true;
  return CONSENT_VERBS.some((w) => hasWords(key, w)) && (hasWords(key, 'dati') || hasWords(key, 'data'));
}

/** Words that make "nome"/"name" the name of an organisation: "Nome dell'ente", "Company name". */
const ORGANISATION_WORDS = ['ente', 'comune', 'organizzazione', 'amministrazione', 'istituzione', 'azienda', 'societa', 'organisation', 'organization', 'company', 'municipality', 'institution', 'employer'];

/** A header that may hold an e-mail or a phone: the content decides ("Recapito", "Contatto"). */
const CONTACT_WORDS = ['recapito', 'recapiti', 'contatto', 'contatti', 'contact'];

/** Headers are compared without accents, case, punctuation or repeated spaces: "E-mail" = "email" = "E mail". */
function headerKey(header: string): string {
  return normaliseForComparison(header).replace(/\be mail\b/g, 'email').replace(/\s+/g, ' ');
}

const EXACT = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const s of SYNONYMS[field]) EXACT.set(headerKey(s), field);
for (const [s, field] of WHOLE_HEADER_ONLY) EXACT.set(s, field);

// Longer synonyms first, so "indirizzo di posta elettronica" is e-mail before "indirizzo" could mean anything else.
// Sorted once: a file with hundreds of columns asks for every header of its first rows.
const CONTAINED = IMPORT_FIELDS.flatMap((field) => SYNONYMS[field].map((s) => ({ field, s: headerKey(s) }))).sort((a, b) => b.s.length - a.s.length);

const hasWords = (key: string, phrase: string) => ` ${key} `.includes(` ${headerKey(phrase)} `);

interface HeaderMatch {
  field: ImportField;
  /** 3: the whole header is a synonym; 2: a rule about several words; 1: a synonym inside a longer header. */
  specificity: number;
}

function matchHeader(key: string, options: { consent?: boolean } = {}): HeaderMatch | null {
  if (!key) return null;
  if (options.consent !== false && asksConsent(key)) return { field: 'consent', specificity: 2 };
  const exact = EXACT.get(key);
  if (exact) return { field: exact, specificity: 3 };
  const nameWord = hasWords(key, 'nome') || hasWords(key, 'name') || hasWords(key, 'denominazione');
  if (nameWord && ORGANISATION_WORDS.some((w) => hasWords(key, w))) return { field: 'organisation', specificity: 2 };
  if (hasWords(key, 'cognome') && hasWords(key, 'nome')) {
    return { field: key.indexOf('cognome') < key.search(/\bnome\b/) ? 'fullNameSurnameFirst' : 'fullNameNameFirst', specificity: 2 };
  }
  if ((hasWords(key, 'first') || hasWords(key, 'given')) && (hasWords(key, 'last') || hasWords(key, 'surname') || hasWords(key, 'family'))) {
    return { field: key.search(/\b(last|surname|family)\b/) < key.search(/\b(first|given)\b/) ? 'fullNameSurnameFirst' : 'fullNameNameFirst', specificity: 2 };
  }
  const words = ` ${key} `;
  const contained = CONTAINED.find(({ s }) => words.includes(` ${s} `));
  return contained ? { field: contained.field, specificity: 1 } : null;
}

/** The field a header names (by its words alone), or null. */
export function fieldForHeader(header: string): ImportField | null {
  return matchHeader(headerKey(header))?.field ?? null;
}

// -----------------------------------------------------------------------------------------------------------
// The columns an online form adds by itself

/** Where the file comes from, as far as its header tells. */
export type SourceLayout = 'microsoftForms' | 'googleForms' | 'plain';

const MS_START = ['ora di inizio', 'start time', 'heure de debut', 'startzeit', 'hora de inicio'];
const MS_END = ['ora di completamento', 'completion time', 'heure de fin', 'fertigstellungszeit', 'hora de finalizacion'];
/** Microsoft Forms: the respondent's account ("anonymous" for anyone outside the organisation), times and quiz totals. */
const MS_SYSTEM = new Set(['id', 'posta elettronica', 'email', 'nome', 'name', 'ora ultima modifica', 'ora dell ultima modifica', 'last modified time', 'punti totali', 'total points', 'commenti sul test', 'commenti sul quiz', 'quiz feedback', ...MS_START, ...MS_END].map(headerKey));
/** Google Forms: the time of the answer and the address Google collected, quiz score. */
const GOOGLE_FIRST = new Set(['informazioni cronologiche', 'marca temporale', 'timestamp', 'data e ora'].map(headerKey));
const GOOGLE_SYSTEM = new Set(['indirizzo email', 'email address', 'email', 'punteggio', 'score', ...GOOGLE_FIRST].map(headerKey));
/** Ticketing (Eventbrite and the like): whoever paid, who may not be the one coming. */
const BUYER_WORDS = ['buyer', 'purchaser', 'acquirente', 'ordinante', 'order', 'ordine'];

export function detectLayout(headers: readonly string[]): SourceLayout {
  const keys = headers.map(headerKey);
  if (keys.some((k) => MS_START.includes(k)) && keys.some((k) => MS_END.includes(k))) return 'microsoftForms';
  if (GOOGLE_FIRST.has(keys.find((k) => k !== '') ?? '')) return 'googleForms';
  return 'plain';
}

function isSystemColumn(key: string, layout: SourceLayout): boolean {
  if (BUYER_WORDS.some((w) => hasWords(key, w))) return true;
  if (layout === 'microsoftForms') return MS_SYSTEM.has(key);
  if (layout === 'googleForms') return GOOGLE_SYSTEM.has(key);
  return false;
}

// -----------------------------------------------------------------------------------------------------------
// Deciding

/** Why a column was or was not given a field, for the mapping step ("solo «anonymous»"). */
export type MappingNoteCode =
  /** Every cell is empty or a placeholder such as "anonymous". */
  | 'anonymous'
  /** The header says e-mail but no cell is an address. */
  | 'noEmails'
  /** The header says phone but the cells are not phone numbers. */
  | 'noPhones'
  /** The header asks for consent but the cells are not yes/no answers. */
  | 'notYesNo'
  /** The cells are e-mail addresses or yes/no answers, not what the header says. */
  | 'contentMismatch'
  /** A column the form adds by itself, replaced by the form's own question. */
  | 'systemColumn'
  /** Another column was chosen for the same field. */
  | 'sameField'
  /** Separate name and surname columns exist: the full name is not split. */
  | 'separateNames'
  /** Recognised from its cells, not its header. */
  | 'byContent';

export interface MappingNote {
  column: number;
  code: MappingNoteCode;
  field: ImportField;
}

export interface MappingDecision {
  layout: SourceLayout;
  mapping: ColumnMapping;
  notes: MappingNote[];
}

interface Candidate {
  column: number;
  field: ImportField;
  system: boolean;
  specificity: number;
}

const PERSON: readonly ImportField[] = ['surname', 'name', 'fullNameSurnameFirst', 'fullNameNameFirst'];
const FULL_NAMES: readonly ImportField[] = ['fullNameSurnameFirst', 'fullNameNameFirst'];

/** The reason the cells refuse what the header says, or null when they agree. */
function refusal(field: ImportField, profile: ColumnProfile): MappingNoteCode | null {
  if (profile.filled > 0 && holdsNothing(profile)) return 'anonymous';
  switch (field) {
    case 'email':
      return holdsEmails(profile) ? null : 'noEmails';
    case 'phone':
      return holdsPhones(profile) ? null : 'noPhones';
    case 'consent':
      return holdsYesNo(profile) ? null : 'notYesNo';
    case 'notes':
      return null;
    default:
      // A name, organisation or role column does not hold addresses or only yes/no answers.
      return holdsEmails(profile) || holdsYesNo(profile) ? 'contentMismatch' : null;
  }
}

const better = (a: Candidate, b: Candidate) => (a.system !== b.system ? (a.system ? 1 : -1) : b.specificity - a.specificity || a.column - b.column);

/**
 * The automatic mapping of a table's columns, with the reasons behind it. `rows` are the data rows under the
 * header; without them the headers alone decide (as when a file has a header and no data yet).
 */
export function decideMapping(headers: readonly string[], rows: Table = []): MappingDecision {
  const layout = detectLayout(headers);
  const notes: MappingNote[] = [];
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    const key = headerKey(header);
    const system = isSystemColumn(key, layout);
    const profile = profileColumn(rows.map((r) => r[column] ?? ''));
    let match = matchHeader(key);
    // The account name Microsoft Forms records is a whole name ("Maria Rossi"), not a first name.
    if (match && system && layout === 'microsoftForms' && match.field === 'name') match = { field: 'fullNameNameFirst', specificity: match.specificity };
    // "Indirizzo e-mail (trattato secondo l'informativa privacy)": not a consent question if the cells are not yes/no.
    if (match?.field === 'consent' && rows.length && refusal('consent', profile)) match = matchHeader(key, { consent: false }) ?? match;
    if (match) {
      const refused = rows.length ? refusal(match.field, profile) : null;
      if (refused) notes.push({ column, code: refused, field: match.field });
      else {
        candidates.push({ column, field: match.field, system, specificity: match.specificity });
        return;
      }
    }
    // No usable header: cells that are plainly e-mail addresses (or phones under "Recapito") speak for themselves.
    if (profile.filled > 0 && match?.field !== 'email' && clearlyEmails(profile)) {
      candidates.push({ column, field: 'email', system, specificity: 0 });
      notes.push({ column, code: 'byContent', field: 'email' });
    } else if (!match && CONTACT_WORDS.some((w) => hasWords(key, w)) && profile.phones > 0 && holdsPhones(profile)) {
      candidates.push({ column, field: 'phone', system, specificity: 0 });
      notes.push({ column, code: 'byContent', field: 'phone' });
    }
  });

  // A form's own columns stand in only where none of its questions asks the same thing.
  const groupOf = (field: ImportField) => (PERSON.includes(field) ? PERSON : [field]);
  const kept = candidates.filter((c) => {
    if (!c.system) return true;
    const replaced = candidates.some((o) => !o.system && groupOf(c.field).includes(o.field));
    if (replaced) notes.push({ column: c.column, code: 'systemColumn', field: c.field });
    return !replaced;
  });

  const chosen = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const forField = kept.filter((c) => c.field === field).sort(better);
    const take = REPEATABLE_FIELDS.includes(field) ? forField : forField.slice(0, 1);
    for (const c of take) chosen.set(c.column, field);
    for (const c of forField.slice(take.length)) notes.push({ column: c.column, code: 'sameField', field });
  }

  // A full name is split only when there are no separate name and surname columns; one full-name column at most.
  const has = (field: ImportField) => [...chosen.values()].includes(field);
  const fullColumns = [...chosen].filter(([, f]) => FULL_NAMES.includes(f)).map(([column]) => column);
  if (has('surname') && has('name')) {
    for (const column of fullColumns) {
      notes.push({ column, code: 'separateNames', field: chosen.get(column)! });
      chosen.delete(column);
    }
  } else if (fullColumns.length > 1) {
    const ranked = kept.filter((c) => fullColumns.includes(c.column)).sort(better);
    for (const c of ranked.slice(1)) {
      notes.push({ column: c.column, code: 'sameField', field: c.field });
      chosen.delete(c.column);
    }
  }

  return { layout, mapping: headers.map((_, column) => chosen.get(column) ?? null), notes: notes.sort((a, b) => a.column - b.column) };
}

/** The automatic mapping alone (see decideMapping). */
export function autoMapping(headers: readonly string[], rows: Table = []): ColumnMapping {
  return decideMapping(headers, rows).mapping;
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

/** Fields chosen for more than one column where only one may fill them. */
export function repeatedFields(mapping: ColumnMapping): ImportField[] {
  return IMPORT_FIELDS.filter((f) => !REPEATABLE_FIELDS.includes(f) && mapping.filter((m) => m === f).length > 1);
}
