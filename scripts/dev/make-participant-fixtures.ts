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

console.log(`fixtures written to ${dir}`);
