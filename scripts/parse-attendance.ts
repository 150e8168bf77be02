// npm run --silent parse-attendance -- [--day AAAA-MM-GG] [--date-order gm|mg] FILE
// Reads the attendance report of a video call (Microsoft Teams, Zoom, Google Meet, Webex) with the reader the
// app uses, and prints { platform, meeting: { title, date }, people: [{ name, email, role, intervals, minutes }],
// problems: [{ row, message }] } as JSON. Exits 2 with a message in Italian when the file is not such a report.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../src-renderer/lib/domain/dates';
import { AttendanceImportError, attendanceErrorMessage, readAttendanceReport, reportProblemMessage, type DateOrder } from '../src-renderer/lib/import/attendance';

const USAGE = 'Uso: npm run --silent parse-attendance -- [--day AAAA-MM-GG] [--date-order gm|mg] FILE (report delle presenze .csv o .xlsx)';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let file: string | null = null;
  let day: string | undefined;
  let dateOrder: DateOrder | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s) as [string, string]) : [arg, undefined];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (flag === '--day') {
      day = inline ?? argv[++i];
      if (!day || !isIsoDate(day)) fail(`Il giorno di --day deve essere nel formato AAAA-MM-GG (ad esempio 2026-04-20).\n${USAGE}`);
    } else if (flag === '--date-order') {
      const value = inline ?? argv[++i];
      if (value !== 'gm' && value !== 'mg') fail(`--date-order vuole gm (giorno/mese) oppure mg (mese/giorno).\n${USAGE}`);
      dateOrder = value === 'gm' ? 'dmy' : 'mdy';
    } else if (arg.startsWith('--')) fail(`Opzione sconosciuta: ${arg}\n${USAGE}`);
    else if (file === null) file = arg;
    else fail(`Indicare un solo file.\n${USAGE}`);
  }
  if (!file) fail(`Indicare il file del report delle presenze da leggere.\n${USAGE}`);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `Il file «${file}» non esiste.` : code === 'EISDIR' ? `«${file}» è una cartella, non un file.` : `Il file «${file}» non si può leggere (${code ?? 'errore sconosciuto'}).`);
  }
  try {
    const report = await readAttendanceReport(bytes, { day, dateOrder });
    const output = {
      platform: report.platform,
      meeting: report.meeting,
      people: report.people.map(({ name, email, role, intervals, minutes }) => ({ name, email, role, intervals, minutes })),
      problems: report.problems.map((p) => ({ row: p.row, message: reportProblemMessage(p, 'it') })),
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } catch (error) {
    if (error instanceof AttendanceImportError) {
      const hint = error.code === 'noDate' ? ' Dalla riga di comando: --day AAAA-MM-GG.' : '';
      fail(`${basename(file)}: ${attendanceErrorMessage(error.code, 'it', error.params)}${hint}`);
    }
    throw error;
  }
}

await main(process.argv.slice(2));
