// Italian grammar the messages need, in one place: the article a name of a body or place takes («il Comune di
// Lecco», «l'Azienda speciale», «lo Spazio giovani»), the article joined to a preposition («dal Comune di Monza»,
// «nella Sala Giunta»), the article before a number («gli 8», «i 10»), and a noun's gender for agreement
// («Pranzo non conteggiato», «Pausa non conteggiata»). Pure.
//
// A name is only given an article when its first word is a noun we know (a public office's documents must not
// guess): «presso Acme S.r.l.» stays as it is, and so does a name that already starts with an article.

export type Gender = 'm' | 'f';

/** Head nouns of bodies, offices and places, by gender. Lower case, without accents on the last letter kept. */
const MASCULINE = new Set([
  'comune', 'municipio', 'centro', 'palazzo', 'consorzio', 'ministero', 'dipartimento', 'settore', 'servizio',
  'ufficio', 'istituto', 'ente', 'spazio', 'museo', 'teatro', 'auditorium', 'polo', 'parco', 'liceo', 'politecnico',
  'gruppo', 'consiglio', 'tribunale', 'ospedale', 'circolo', 'laboratorio', 'hub', 'salone', 'comitato', 'distretto',
  'ambito', 'archivio', 'quartiere', 'borgo', 'punto', 'cinema', 'campus', 'collegio', 'segretariato', 'comando',
  'corpo', 'gal', 'inps', 'inail', 'istat', 'coni', 'cnr', 'cpia', 'informagiovani', 'sportello', 'oratorio',
  'convento', 'chiostro', 'castello', 'mercato', 'stadio', 'palazzetto', 'intervento', 'pranzo', 'trasferimento',
  'incontro', 'seminario', 'workshop', 'convegno', 'corso', 'progetto', 'programma', 'scambio', 'coworking',
]);
const FEMININE = new Set([
  'regione', 'provincia', 'città', 'citta', 'unione', 'azienda', 'agenzia', 'fondazione', 'associazione',
  'cooperativa', 'camera', 'università', 'universita', 'scuola', 'biblioteca', 'sala', 'casa', 'villa', 'cascina',
  'rete', 'direzione', 'area', 'prefettura', 'questura', 'asl', 'ats', 'asst', 'asp', 'aula', 'piazza', 'sede',
  'comunità', 'comunita', 'federazione', 'società', 'societa', 'struttura', 'officina', 'fabbrica', 'galleria',
  'chiesa', 'residenza', 'corte', 'rocca', 'torre', 'accademia', 'consulta', 'giunta', 'anci', 'upi', 'caritas',
  'pausa', 'visita', 'mediateca', 'ludoteca', 'pinacoteca', 'stazione', 'cittadella', 'impresa', 'onlus',
  'parrocchia', 'procura', 'polizia', 'croce', 'filanda', 'tenuta', 'palestra', 'piscina', 'serra', 'riserva',
]);

const ARTICLE_AT_START = /^(il|lo|la|i|gli|le|l['’])(\s|$)|^l['’]/i;
const VOWEL = /^[aeiouàèéìòóù]/i;
const IMPURE_S = /^(s[^aeiouàèéìòù]|z|gn|ps|pn|x|y|i[aeiou])/i;

/** The first word of a name, lower case, without punctuation. */
function headWord(name: string): string {
  return (name.trim().split(/[\s,.;:()«»"]+/)[0] ?? '').replace(/['’].*$/, '').toLowerCase();
}

/** The gender of a name's first word, when it is a noun we know. */
export function nounGender(name: string): Gender | null {
  const head = headWord(name);
  if (MASCULINE.has(head)) return 'm';
  if (FEMININE.has(head)) return 'f';
  return null;
}

/** The singular definite article a name takes, or null when we would be guessing. */
export function definiteArticle(name: string): 'il' | 'lo' | 'la' | "l'" | null {
  const trimmed = name.trim();
  if (!trimmed || ARTICLE_AT_START.test(trimmed)) return null;
  const gender = nounGender(trimmed);
  if (!gender) return null;
  if (VOWEL.test(trimmed)) return "l'";
  if (gender === 'f') return 'la';
  return IMPURE_S.test(trimmed) ? 'lo' : 'il';
}

/** «il Comune di Lecco», «l'ATS Brianza»; the name unchanged when it takes no article we are sure of. */
export function withArticle(name: string): string {
  const article = definiteArticle(name);
  if (!article) return name.trim();
  return article.endsWith("'") ? `${article}${name.trim()}` : `${article} ${name.trim()}`;
}

/** Prepositions that join the article into one word, and the stems they join with. */
const JOINED: Record<string, string> = { di: 'de', a: 'a', da: 'da', in: 'ne', su: 'su' };

/**
 * The name after a preposition, with the article where Italian wants one: («da», «Comune di Monza») →
 * «dal Comune di Monza»; («presso», «Centro civico San Rocco») → «presso il Centro civico San Rocco»;
 * («da», «Acme S.r.l.») → «da Acme S.r.l.».
 */
export function withPreposition(preposition: string, name: string): string {
  const trimmed = name.trim();
  const article = definiteArticle(trimmed);
  if (!article) return `${preposition} ${trimmed}`;
  const stem = JOINED[preposition.toLowerCase()];
  if (!stem) return `${preposition} ${withArticle(trimmed)}`;
  const joined = article === 'il' ? `${stem}l` : article === 'lo' ? `${stem}llo` : article === 'la' ? `${stem}lla` : `${stem}ll'`;
  return joined.endsWith("'") ? `${joined}${trimmed}` : `${joined} ${trimmed}`;
}

/**
 * The masculine plural article before a number as it is read aloud: «gli 8», «gli 11», «gli 80», but «i 10»,
 * «i 2». (Feminine plurals always take «le».)
 */
export function pluralArticleForNumber(n: number): 'i' | 'gli' {
  const digits = String(Math.trunc(Math.abs(n)));
  // otto…, ottanta…, ottocento…, ottomila…: all start with «otto»/«ottanta» when the first digit is 8, except
  // that 8 in the ten-thousands etc. still reads «ottanta…»/«ottocento…»; undici and undicimila start with «u».
  if (digits.startsWith('8')) return 'gli';
  if (digits === '11' || (digits.length === 5 && digits.startsWith('11'))) return 'gli';
  return 'i';
}

/** Italian (and English) plural choice: one is singular, everything else plural («0 offerte»). */
export function isSingular(value: string | number): boolean {
  return Number(value) === 1;
}
