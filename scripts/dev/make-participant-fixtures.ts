// Builds the participant-list fixtures in tests/fixtures/participants/: the lists visiting Comuni actually
// send, in every encoding and delimiter the importer must read, and broken files. The generated files are
// committed; run again only to change them: `npx tsx scripts/dev/make-participant-fixtures.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import writeXlsxFile from 'write-excel-file/node';

const dir = join(import.meta.dirname, '../../tests/fixtures/participants');
mkdirSync(dir, { recursive: true });

/** Windows-1252 bytes of a string that uses only Latin-1 letters (what Italian Excel writes on Windows). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${ch}`);
    return code;
  }));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
const write = (name: string, bytes: Uint8Array | string) => writeFileSync(join(dir, name), bytes);
const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

// Italian Excel on Windows: ";" and Windows-1252, CRLF, a quoted cell holding the delimiter.
write(
  'windows-1252-semicolon.csv',
  windows1252(crlf([
    'Cognome;Nome;Ente;Qualifica;E-mail;Cellulare;Note',
    'Bàrtoli;Nicolò;Comune di Forlì;Funzionario amministrativo;nicolo.bartoli@comune.forli.fc.it;333 1234567;',
    'Müller;Zoë;Comune di Bolzano;Istruttrice;zoe.muller@comune.bolzano.it;0471 997111;"Vegetariana; arriva in treno"',
    "D'Angelo;Élise;Comune di Cantù;Dirigente;elise.dangelo@comune.cantu.co.it;;",
  ])),
);

// UTF-8 with BOM and ";", Italian headers with their usual variants.
write(
  'utf8-bom-semicolon.csv',
  bom(crlf([
    'Cognome;Nome;Comune;Ruolo;Posta elettronica;Telefono',
    'Bàrtoli;Nicolò;Comune di Forlì;Funzionario;nicolo.bartoli@comune.forli.fc.it;+39 0543 712111',
    'Zanè;Ilaria;Comune di Savignano sul Rubicone;Assistente sociale;ilaria.zane@comune.savignano.fc.it;',
  ])),
);

// UTF-8 without BOM, "," and English headers, as a list exported from an online form.
write(
  'utf8-comma.csv',
  utf8([
    'Surname,First name,Organisation,Role,Email,Phone',
    'Bàrtoli,Nicolò,Comune di Forlì,"Funzionario, Servizi sociali",nicolo.bartoli@comune.forli.fc.it,333 1234567',
    'Rossi,Maria,Comune di Lecco,Istruttore,maria.rossi@comune.lecco.it,',
  ].join('\n') + '\n'),
);

// Tab-separated, UTF-8, headers "Ente/Comune" and "E-mail".
write(
  'utf8-tab.tsv',
  utf8([
    'Cognome\tNome\tEnte/Comune\tRuolo/Qualifica\tE-mail\tTelefono',
    'Bàrtoli\tNicolò\tComune di Forlì\tFunzionario\tnicolo.bartoli@comune.forli.fc.it\t333 1234567',
    'Verdi\tGiulia\tComune di Pavia\tIstruttrice\tgiulia.verdi@comune.pavia.it\t',
  ].join('\n') + '\n'),
);

// Windows-1252 with "," (Excel set to English), "Nominativo" holding surname and name, a title line first.
write(
  'windows-1252-comma-nominativo.csv',
  windows1252(crlf([
    'Elenco partecipanti - Comune di Forlì,,,',
    'Nominativo,Ente di appartenenza,Indirizzo e-mail,Tel.',
    'Bàrtoli Nicolò,Comune di Forlì,nicolo.bartoli@comune.forli.fc.it,333 1234567',
    'De Santis Anna Maria,Comune di Cesena,annamaria.desantis@comune.cesena.fc.it,',
  ])),
);

// Rows with problems: no surname, a bad e-mail, a bad phone, the same person twice, the same e-mail twice.
write(
  'problems.csv',
  utf8(crlf([
    'Cognome;Nome;Ente;Ruolo;Email;Telefono',
    'Rossi;Mario;Comune di Bergamo;Funzionario;mario.rossi@comune.bergamo.it;035 399111',
    ';Luca;Comune di Bergamo;Istruttore;luca@comune.bergamo.it;',
    'Verdi;Anna;Comune di Bergamo;Dirigente;anna.verdi@comune;',
    'ROSSI;mario;comune di  Bergamo;Funzionario;;',
    'Neri;Paola;Comune di Bergamo;Istruttrice;MARIO.ROSSI@comune.bergamo.it;',
    'Gialli;Carla;Comune di Bergamo;Istruttrice;;chiamare in ufficio',
  ])),
);

// The list of the end-to-end journey: Windows-1252, ";", eight people for a session of six places.
const journey = [
  'Cognome;Nome;Ente;Qualifica;E-mail;Cellulare',
  'Bàrtoli;Nicolò;Comune di Forlì;Funzionario;nicolo.bartoli@comune.forli.fc.it;333 1234567',
  'Casadei;Sofia;Comune di Forlì;Istruttrice;sofia.casadei@comune.forli.fc.it;',
  'Amadori;Luca;Comune di Cesena;Dirigente;luca.amadori@comune.cesena.fc.it;',
  'Fabbri;Giulia;Comune di Cesena;Assistente sociale;giulia.fabbri@comune.cesena.fc.it;',
  'Zanotti;Marco;Comune di Rimini;Funzionario;marco.zanotti@comune.rimini.it;',
  'Pasini;Elena;Comune di Rimini;Istruttrice;elena.pasini@comune.rimini.it;',
  'Rinaldi;Paolo;Comune di Ravenna;Educatore;paolo.rinaldi@comune.ra.it;',
  'Sintoni;Chiara;Comune di Ravenna;Funzionaria;chiara.sintoni@comune.ra.it;',
];
write('journey-windows-1252.csv', windows1252(crlf(journey)));

// Broken files.
write('empty.csv', new Uint8Array(0));
write('header-only.csv', utf8('Cognome;Nome;Ente;Ruolo;Email;Telefono\r\n'));
let seed = 42;
const garbage = new Uint8Array(2048).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
write('garbage.bin', garbage);
write('old-excel.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...garbage.subarray(0, 504)]));

// .xlsx built with write-excel-file: Italian headers, a phone number typed as a number, accents.
const header = ['Cognome', 'Nome', 'Ente', 'Qualifica', 'Email', 'Cellulare', 'Note'].map((value) => ({ value, fontWeight: 'bold' as const }));
const people: (string | number | null)[][] = [
  ['Bàrtoli', 'Nicolò', 'Comune di Forlì', 'Funzionario', 'nicolo.bartoli@comune.forli.fc.it', 3331234567, 'Celiaco'],
  ['Rossi', 'Maria', 'Comune di Lecco', 'Istruttore', 'maria.rossi@comune.lecco.it', null, null],
  [null, 'Senza', 'Comune di Lecco', 'Istruttore', 'senza.cognome@comune.lecco.it', null, null],
];
const sheet = [header, ...people.map((row) => row.map((value) => (value === null ? null : { value })))];
const xlsx = await writeXlsxFile(sheet, { columns: [{ width: 18 }, { width: 14 }, { width: 24 }, { width: 20 }, { width: 34 }, { width: 14 }, { width: 20 }] }).toBuffer();
write('participants.xlsx', xlsx);
write('truncated.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)));

// A list whose formulas failed, as Excel saves it: error cells (t="e", the formula and its cached error) in a
// mapped column, in a column that is not imported, a row made only of errors in the middle and another at the
// end, and a blank row, so the sheet's row numbers differ from a count of the rows read. write-excel-file
// writes no error cells, so placeholders «#ERR:<code>» are turned into them in the sheet's XML afterwards.
const FORMULAS: Record<string, string> = {
  '#DIV/0!': 'D2/0',
  '#N/A': 'VLOOKUP("Rossi",Anagrafe!A:B,2,FALSE)',
  '#REF!': '#REF!*2',
  '#VALUE!': '"abc"+1',
  '#NAME?': 'NONESISTE(A2)',
  '#NULL!': 'SUM(A2:A3 C2:C3)',
  '#NUM!': 'SQRT(-1)',
};
const err = (code: string) => ({ value: `#ERR:${code}` });
const cell = (value: string | number | null) => (value === null ? null : { value });
const errorSheet = [
  ['Cognome', 'Nome', 'Ente', 'Email', 'Totale ore'].map((value) => ({ value, fontWeight: 'bold' as const })),
  ['Bàrtoli', 'Nicolò', 'Comune di Forlì', 'nicolo.bartoli@comune.forli.fc.it', 12].map(cell),
  [cell('Rossi'), cell('Maria'), cell('Comune di Lecco'), err('#N/A'), cell(8)],
  [null, null, null, null, null],
  [err('#REF!'), err('#VALUE!'), err('#NAME?'), err('#NULL!'), err('#NUM!')],
  ['Zanè', 'Ilaria', 'Comune di Savignano sul Rubicone', 'ilaria.zane@comune.savignano.fc.it', null].map(cell).slice(0, 4).concat([err('#DIV/0!')]),
  [cell('Verdi'), cell('Giulia'), cell('Comune di Pavia'), cell('giulia.verdi@comune.pavia.it'), cell(6)],
  [err('#DIV/0!'), null, null, err('#N/A'), null],
];
async function withErrorCells(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const strings = [...(await zip.file('xl/sharedStrings.xml')!.async('string')).matchAll(/<si>.*?<t[^>]*>(.*?)<\/t>.*?<\/si>/g)].map((m) => m[1]!);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const changed = sheet.replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g, (whole, ref: string, style = '', index: string) => {
    const text = strings[Number(index)]!;
    if (!text.startsWith('#ERR:')) return whole;
    const code = text.slice(5);
    return `<c r="${ref}"${style} t="e"><f>${escape(FORMULAS[code]!)}</f><v>${code}</v></c>`;
  });
  if (changed === sheet) throw new Error('no error cell placed');
  zip.file('xl/worksheets/sheet1.xml', changed);
  return zip.generateAsync({ type: 'uint8array' });
}
write('excel-errors.xlsx', await withErrorCells(await writeXlsxFile(errorSheet).toBuffer()));

// The same kind of list saved as CSV by Italian Excel: errors written in Italian (#N/D, #RIF!), a blank line.
write(
  'excel-errors-italian.csv',
  windows1252(crlf([
    'Cognome;Nome;Ente;E-mail;Totale ore',
    'Bàrtoli;Nicolò;Comune di Forlì;nicolo.bartoli@comune.forli.fc.it;12',
    'Rossi;Maria;Comune di Lecco;#N/D;8',
    '',
    '#RIF!;#VALORE!;#NOME?;#NULLO!;#NUM!',
    'Zanè;Ilaria;Comune di Savignano sul Rubicone;ilaria.zane@comune.savignano.fc.it;#DIV/0!',
  ])),
);

// ---------------------------------------------------------------------------------------------------------
// Registrations exported from online forms and ticketing sites, laid out as those services lay them out (our own
// names and answers). The question wordings differ from fixture to fixture on purpose: other offices word their
// forms their own way, and the mapping must follow the meaning.

const at = (day: number, hour: number, minute: number) => new Date(Date.UTC(2026, 3, day, hour, minute));
const time = (d: Date) => ({ value: d, format: 'dd/mm/yyyy hh:mm:ss' });
const bold = (values: string[]) => values.map((value) => ({ value, fontWeight: 'bold' as const }));
const cells = (row: (string | number | Date | null)[]) => row.map((value) => (value === null ? null : value instanceof Date ? time(value) : { value }));

// Microsoft Forms, Italian, anyone can answer: "Posta elettronica" and "Nome" are the respondent's account,
// «anonymous» for everyone outside the organisation (one colleague inside it has a real account). The same person
// answers twice (her second answer corrects the role), and one guest has no e-mail at all.
{
  const header = bold([
    'ID', 'Ora di inizio', 'Ora di completamento', 'Posta elettronica', 'Nome', 'Ora ultima modifica',
    'Nome del partecipante', 'Cognome del partecipante', 'Ente di appartenenza', 'Ruolo / qualifica', 'Indirizzo e-mail',
    'Numero di cellulare', 'Esigenze alimentari o di accessibilità', 'Come hai saputo dell’iniziativa?',
    'Acconsento al trattamento dei dati personali ai sensi del Regolamento UE 2016/679 (GDPR)',
  ]);
  const rows: (string | number | Date | null)[][] = [
    [1, at(2, 9, 12), at(2, 9, 15), 'anonymous', null, null, 'Nicolò', 'Bàrtoli', 'Comune di Forlì', 'Funzionario amministrativo', 'Nicolo.Bartoli@Comune.Forli.FC.it', '333 1234567', 'Celiaco', 'Newsletter', 'Sì, acconsento'],
    [2, at(2, 10, 1), at(2, 10, 6), 'anonymous', null, null, 'Élise', "D'Angelo", 'Comune di Cantù', 'Istruttrice', 'elise.dangelo@comune.cantu.co.it', null, null, 'Sito del Comune', 'Sì, acconsento'],
    [3, at(3, 8, 40), at(3, 8, 44), 'giulia.verdi@comune.monza.it', 'Giulia Verdi', null, 'Giulia', 'Verdi', 'Comune di Monza', 'Dirigente', 'giulia.verdi@comune.monza.it', '039 2372111', null, 'Collega', 'Sì, acconsento'],
    [4, at(3, 11, 5), at(3, 11, 9), 'anonymous', null, null, 'Anna Maria', 'De Santis', 'Comune di Cesena', 'Assistente sociale', null, '0547 356111', 'Vegetariana', 'Newsletter', 'Sì, acconsento'],
    [5, at(4, 15, 30), at(4, 15, 33), 'anonymous', null, null, 'Luca', 'Fabbri', 'Unione dei Comuni della Romagna forlivese', 'Istruttore', 'luca.fabbri@romagnaforlivese.it', null, null, 'Newsletter', 'No'],
    [6, at(5, 9, 0), at(5, 9, 2), 'anonymous', null, null, 'Élise', "D'Angelo", 'Comune di Cantù', 'Istruttrice direttiva', 'ELISE.DANGELO@comune.cantu.co.it', '031 717111', null, 'Sito del Comune', 'Sì, acconsento'],
  ];
  const xlsx = await writeXlsxFile([header, ...rows.map(cells)]).toBuffer();
  write('microsoft-forms-it.xlsx', xlsx);
}

// Microsoft Forms, English: one question for the full name (name first), the address asked in other words, and a
// consent question answered "Yes"/"No".
{
  const header = bold([
    'ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time',
    'Full name', 'Organisation / municipality', 'Your role', 'Email address for the confirmation', 'Phone (optional)',
    'Do you agree to the processing of your personal data for this exchange?', 'Dietary requirements',
  ]);
  const rows: (string | number | Date | null)[][] = [
    [1, at(6, 9, 0), at(6, 9, 4), 'anonymous', 'anonymous', null, 'Zoë Müller', 'Comune di Bolzano', 'Policy officer', 'zoe.muller@comune.bolzano.it', '+39 0471 997111', 'Yes', 'Vegetarian'],
    [2, at(6, 9, 30), at(6, 9, 35), 'anonymous', 'anonymous', null, 'Anna Maria De Santis', 'Comune di Cesena', 'Social worker', 'annamaria.desantis@comune.cesena.fc.it', null, 'Yes', null],
    [3, at(7, 14, 2), at(7, 14, 6), 'anonymous', 'anonymous', null, "Seán O'Brien", 'Dublin City Council', 'Senior officer', 'sean.obrien@dublincity.ie', null, 'No', null],
  ];
  write('microsoft-forms-en.xlsx', await writeXlsxFile([header, ...rows.map(cells)]).toBuffer());
}

// Google Moduli, Italian, collecting e-mail addresses: the address is only in Google's own column.
write(
  'google-forms-it.csv',
  utf8([
    'Informazioni cronologiche,Indirizzo email,Cognome,Nome,Comune o ente di provenienza,Qualifica,Recapito telefonico,"Hai esigenze particolari (alimentazione, accessibilità)?",Informativa privacy',
    '02/04/2026 10.15.03,nicolo.bartoli@comune.forli.fc.it,Bàrtoli,Nicolò,Comune di Forlì,Funzionario,333 1234567,,Ho letto e accetto',
    "02/04/2026 11.02.44,Ilaria.Zane@Comune.Savignano.FC.it,Zanè,Ilaria,Comune di Savignano sul Rubicone,Assistente sociale,,Sedia a ruote,Ho letto e accetto",
    "03/04/2026 08.51.10,marco.dangelo@comune.rimini.it,D'Angelo,Marco,Comune di Rimini,Funzionario tecnico,0541 704111,,Ho letto e accetto",
  ].join('\r\n') + '\r\n'),
);

// Google Forms, English: Google's address column and a question asking for the work address, which wins.
write(
  'google-forms-en.csv',
  utf8([
    'Timestamp,Email Address,First and last name,Organization,Job title,E-mail (work),Phone number,Consent to data processing',
    '4/2/2026 10:15:03,zoe.private@example.org,Zoë Müller,Comune di Bolzano,Policy officer,zoe.muller@comune.bolzano.it,+39 0471 997111,I agree',
    "4/2/2026 11:40:12,sean@example.org,Seán O'Brien,Dublin City Council,Senior officer,sean.obrien@dublincity.ie,,I agree",
  ].join('\r\n') + '\r\n'),
);

// An attendee report as ticketing sites export it (Eventbrite's layout): the buyer booked for a colleague.
write(
  'eventbrite-attendees.csv',
  utf8([
    'Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Group,Order Type,Total Paid,Fees Paid,Attendee Status,Buyer First Name,Buyer Last Name,Buyer Email,Job Title,Company,Cell Phone',
    '1234567890,2026-04-02 10:15:03+02:00,Nicolò,Bàrtoli,nicolo.bartoli@comune.forli.fc.it,1,Ingresso gratuito,987654321,,Free Order,0.00,0.00,Attending,Paola,Neri,segreteria@comune.forli.fc.it,Funzionario,Comune di Forlì,333 1234567',
    '1234567890,2026-04-02 10:15:03+02:00,Sofia,Casadei,sofia.casadei@comune.forli.fc.it,1,Ingresso gratuito,987654322,,Free Order,0.00,0.00,Attending,Paola,Neri,segreteria@comune.forli.fc.it,Istruttrice,Comune di Forlì,',
  ].join('\n') + '\n'),
);

// A plain spreadsheet with the address under "Contatto" and surname and name in one cell.
{
  const header = bold(['Cognome e nome', 'Ente', 'Contatto', 'Note']);
  const rows = [
    ['Làzzari Fabrizio', 'Comune di Pavia', 'fabrizio.lazzari@comune.pavia.it', null],
    ['Della Valle Chiara', 'Comune di Lodi', 'chiara.dellavalle@comune.lodi.it', 'Arriva alle 10'],
  ];
  write('plain-contatto.xlsx', await writeXlsxFile([header, ...rows.map(cells)]).toBuffer());
}

console.log(`fixtures written to ${dir}`);
