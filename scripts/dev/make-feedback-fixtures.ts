// Builds the fixtures of the questionnaire-answers importer in tests/fixtures/feedback/: exports laid out as
// Google Forms and Microsoft Forms lay them out (Italian and English, CSV and .xlsx, scale answers as numbers
// and as words), and broken files. Made here, never copied from real exports. The generated files are
// committed; run again only to change them: `npx tsx scripts/dev/make-feedback-fixtures.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';

const dir = join(import.meta.dirname, '../../tests/fixtures/feedback');
mkdirSync(dir, { recursive: true });

const utf8 = (text: string) => new TextEncoder().encode(text);
const write = (name: string, bytes: Uint8Array | string) => writeFileSync(join(dir, name), bytes);
const csv = (rows: string[][], delimiter = ',') => Papa.unparse(rows, { delimiter, newline: '\r\n' }) + '\r\n';
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch === '’' ? 0x92 : ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Windows-1252: ${ch}`);
    return code;
  }));
}

// Google Forms, Italian: "Informazioni cronologiche", linear scales exported as numbers, an optional name last.
write(
  'google-forms-it.csv',
  utf8(csv([
    ['Informazioni cronologiche', 'Quanto è soddisfatto/a complessivamente della visita?', 'Quanto è utile per il suo lavoro ciò che ha visto?', 'Quanto sono state chiare le presentazioni?', 'Quanto è soddisfatto/a dell’organizzazione (accoglienza, tempi, luoghi)?', 'Che cosa porterà nel suo Comune?', 'Commenti e suggerimenti', 'Nome e cognome (facoltativo)'],
    ['08/05/2026 16.42.10', '5', '4', '5', '4', 'Il regolamento dei patti di collaborazione, «così com’è»', 'Grazie, tutto chiaro.\nSolo il pranzo un po’ lungo.', 'Nicolò D’Amico'],
    ['08/05/2026 16.45.51', '4', '5', '4', '5', 'La cabina di regia con il terzo settore', '', ''],
    ['08/05/2026 17.02.03', '3', '3', '2', '4', '', 'Presentazioni troppo fitte, servono più esempi', ''],
    ['09/05/2026 09.15.27', '5', '5', '5', '5', 'Tutto, "a partire" dall’avviso pubblico', '', 'Chiara Esposito'],
  ])),
);

// Google Forms, English: multiple-choice answers exported as their words, a collected e-mail address.
write(
  'google-forms-en.csv',
  utf8(csv([
    ['Timestamp', 'Email Address', 'Overall, how satisfied were you with the visit?', 'How useful was what you saw for your own work?', 'How clear were the presentations?', 'How satisfied were you with the organisation?', 'What will you take back to your municipality?', 'Comments'],
    ['5/8/2026 16:42:10', 'anna.berg@example.se', 'Very satisfied', '5', '4', 'Satisfied', 'The co-design method', 'Great visit'],
    ['5/8/2026 16:50:01', 'jan.novak@example.cz', 'Satisfied', '4', '4', 'Very satisfied', 'The agreement template', ''],
    ['5/8/2026 17:20:44', 'p.rossi@example.it', 'Neutral', '3', '2', 'Dissatisfied', '', 'Too long'],
  ])),
);

// Google Forms, Italian grid question ("Titolo [riga]") with "Per niente … Moltissimo", saved again by Italian
// Excel on Windows: ";" and Windows-1252.
write(
  'google-forms-griglia-it.csv',
  windows1252(csv([
    ['Informazioni cronologiche', 'Valuti i seguenti aspetti della visita [Soddisfazione complessiva]', 'Valuti i seguenti aspetti della visita [Utilità per il proprio lavoro]', 'Valuti i seguenti aspetti della visita [Chiarezza delle presentazioni]', 'Valuti i seguenti aspetti della visita [Organizzazione]', 'Che cosa porterà nel suo Comune?'],
    ['12/06/2026 13.01.00', 'Moltissimo', 'Molto', 'Abbastanza', 'Molto', 'Il patto di collaborazione; lo schema di delibera'],
    ['12/06/2026 13.05.12', 'Molto', 'Moltissimo', 'Molto', 'Per niente', ''],
    ['12/06/2026 13.09.40', 'Abbastanza', 'Poco', 'Per niente', 'Abbastanza', 'Poco, è una realtà diversa dalla nostra'],
    ['12/06/2026 13.11.02', 'Molto', 'Non so', 'Molto', 'Molto', ''],
  ], ';')),
);

// Microsoft Forms .xlsx layouts: ID, times, e-mail and name ("anonymous" for guests outside the organisation)
// first, then the questions; a Likert answer is its words, a rating a number.
const bold = (values: string[]) => values.map((value) => ({ value, fontWeight: 'bold' as const }));
const cells = (rows: (string | number | Date | null)[][]) => rows.map((row) => row.map((value) => (value === null ? null : value instanceof Date ? { value, format: 'dd/mm/yyyy hh:mm:ss' } : { value })));
const at = (minutes: number) => new Date(Date.UTC(2026, 4, 8, 15, minutes, 0));

const msIt = [
  bold(['ID', 'Ora di inizio', 'Ora di completamento', 'Posta elettronica', 'Nome', 'Ora dell’ultima modifica', 'Soddisfazione complessiva per la visita', 'Utilità per il suo lavoro', 'Chiarezza delle presentazioni', 'L’organizzazione della giornata', 'Che cosa porterà nel suo Comune?', 'Commenti']),
  ...cells([
    [1, at(1), at(4), 'anonymous', 'anonymous', null, 'Molto soddisfatto', 5, 4, 'Soddisfatto', 'Il modello di co-progettazione', 'Molto interessante'],
    [2, at(2), at(6), 'anonymous', 'anonymous', null, 'Soddisfatto', 4, 4, 'Molto soddisfatto', '', ''],
    [3, at(5), at(9), 'anonymous', 'anonymous', null, 'Né soddisfatto né insoddisfatto', 3, 5, 'Insoddisfatto', 'Poco', 'Sala troppo piccola'],
    [5, at(7), at(12), 'anonymous', 'anonymous', null, 'Molto insoddisfatto', 2, 2, 'Molto insoddisfatto', '', ''],
  ]),
];
write('microsoft-forms-it.xlsx', await writeXlsxFile(msIt as never).toBuffer());

const msEn = [
  bold(['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'Overall satisfaction', 'The visit was useful for my work', 'Clarity of the presentations', 'Organisation of the day', 'What will you take back to your municipality?', 'Any other comments?']),
  ...cells([
    [11, at(20), at(25), 'm.bianchi@comune.example.it', 'Marco Bianchi', null, 'Very satisfied', 'Strongly agree', 5, 'Excellent', 'The whole method', ''],
    [12, at(21), at(26), 'anonymous', 'anonymous', null, 'Satisfied', 'Agree', 4, 'Good', '', 'Thank you'],
    [13, at(22), at(29), 'anonymous', 'anonymous', null, 'Dissatisfied', 'Neither agree nor disagree', 3, 'Fair', 'Nothing yet', ''],
    [14, at(23), at(30), 'anonymous', 'anonymous', null, 'Very satisfied', 'Strongly disagree', 1, 'Poor', '', ''],
  ]),
];
write('microsoft-forms-en.xlsx', await writeXlsxFile(msEn as never).toBuffer());

// Broken or foreign files.
write('empty.csv', new Uint8Array(0));
write('header-only.csv', utf8('Informazioni cronologiche,Quanto è soddisfatto/a complessivamente della visita?,Commenti e suggerimenti\r\n'));
let seed = 7;
const garbage = new Uint8Array(2048).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
write('garbage.bin', garbage);
write('old-excel.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...garbage.subarray(0, 504)]));
const full = await writeXlsxFile(msIt as never).toBuffer();
write('truncated.xlsx', full.subarray(0, Math.floor(full.length / 2)));
write('elenco-iscritti.csv', utf8(csv([['Cognome', 'Nome', 'Ente', 'Email'], ['Rossi', 'Maria', 'Comune di Lecco', 'maria.rossi@comune.lecco.it']], ';')));

console.log(`fixtures written to ${dir}`);
