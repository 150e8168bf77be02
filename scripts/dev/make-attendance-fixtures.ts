// Builds the attendance-report fixtures in tests/fixtures/attendance/: the reports Teams, Zoom, Google Meet and
// Webex give the organiser of the Patti di Cittadinanza workshop held online on Monday 27 April 2026 (09:30–13:00),
// written the way each platform writes them (encodings, layouts, labels, date formats, suffixes), and broken files.
// Made by the project, not copied from anywhere. The generated files are committed; run again only to change
// them: `npx tsx scripts/dev/make-attendance-fixtures.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';

const dir = join(import.meta.dirname, '../../tests/fixtures/attendance');
mkdirSync(dir, { recursive: true });

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf8Bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
/** What Teams writes: UTF-16 little-endian with its BOM. */
function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
}
function utf16be(text: string): Uint8Array {
  const le = utf16le(text, false);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [out[i], out[i + 1]] = [le[i + 1]!, le[i]!];
  return out;
}
const write = (name: string, bytes: Uint8Array | string) => writeFileSync(join(dir, name), bytes);
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
const csv = (rows: string[][], sep = ',') => rows.map((r) => r.map((c) => (/[",;\n]/.test(c) && c.includes(sep) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\r\n') + '\r\n';

// ---------------------------------------------------------------------------------------------------------------
// The people of the call and when they were in it (all on 2026-04-27).

interface Stay {
  name: string;
  email: string;
  role: 'Organizer' | 'Presenter' | 'Attendee' | 'Co-organizer';
  /** [join, leave] as HH:mm:ss, 24-hour. */
  spans: [string, string][];
}

const STAYS: Stay[] = [
  { name: 'Elena Galli', email: 'elena.galli@comune.monza.it', role: 'Organizer', spans: [['09:20:05', '13:06:40']] },
  { name: 'Roberto Sala', email: 'roberto.sala@comune.monza.it', role: 'Presenter', spans: [['09:24:10', '13:02:00']] },
  // Dropped twice and came back.
  { name: 'Nicolò Rossi', email: 'nicolo.rossi@comune.bergamo.it', role: 'Attendee', spans: [['09:27:41', '10:41:12'], ['10:44:03', '12:15:30'], ['12:17:02', '13:01:55']] },
  // Laptop and phone at once for a while: the two overlap.
  { name: "Lucia D'Amico", email: 'l.damico@comune.lecco.it', role: 'Attendee', spans: [['09:29:00', '11:30:15'], ['11:10:00', '13:00:30']] },
  // A guest: no e-mail in the report.
  { name: 'Marco De Luca', email: '', role: 'Attendee', spans: [['09:35:12', '13:00:00']] },
  // Joined with a private address, not the one she registered with.
  { name: 'Giulia Bianchi', email: 'giulia.bianchi71@gmail.com', role: 'Attendee', spans: [['09:31:00', '12:58:00']] },
  // Surname first, address in capitals.
  { name: 'Ferrari Chiara', email: 'CHIARA.FERRARI@COMUNE.COMO.IT', role: 'Attendee', spans: [['09:30:30', '12:59:59']] },
  // Left early: below the threshold.
  { name: 'Giuseppe Esposito', email: 'g.esposito@comune.varese.it', role: 'Attendee', spans: [['09:40:00', '10:15:00']] },
  // Not registered.
  { name: 'Paolo Verdi', email: 'paolo.verdi@comune.varese.it', role: 'Attendee', spans: [['09:33:00', '12:45:00']] },
  { name: '+39 039 123 4567', email: '', role: 'Attendee', spans: [['09:50:00', '10:20:00']] },
];

const seconds = (t: string) => t.split(':').map(Number).reduce((a, b) => a * 60 + b, 0);
const pad = (n: number) => String(n).padStart(2, '0');

/** Teams' durations: "1h 13m 31s", "35m 0s". */
function teamsDuration(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h ? `${h}h ` : ''}${m}m ${s % 60}s`;
}
/** Google's and Webex's: "1 hr 13 min", "35 min". */
function wordsDuration(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return h ? `${h} hr ${m} min` : `${m} min`;
}
/** 12-hour clock: "9:27:41 AM", "1:01:55 PM". */
function twelve(t: string, withSeconds = true): string {
  const [h, m, s] = t.split(':').map(Number) as [number, number, number];
  const hh = h % 12 === 0 ? 12 : h % 12;
  return `${hh}:${pad(m)}${withSeconds ? `:${pad(s)}` : ''} ${h < 12 ? 'AM' : 'PM'}`;
}
const spanSeconds = (s: Stay) => s.spans.reduce((sum, [a, b]) => sum + seconds(b) - seconds(a), 0);
const first = (s: Stay) => s.spans.map((x) => x[0]).sort()[0]!;
const last = (s: Stay) => s.spans.map((x) => x[1]).sort().at(-1)!;

// ---------------------------------------------------------------------------------------------------------------
// Microsoft Teams, meeting, English (US): "4/27/26, 9:27:41 AM".

const enStamp = (t: string) => `4/27/26, ${twelve(t)}`;
const enName = (s: Stay) => (s.email ? s.name : `${s.name} (Guest)`);
write(
  'teams-meeting-en.csv',
  utf16le(
    tsv([
      ['1. Summary'],
      ['Meeting title', 'Patti di Cittadinanza: workshop online'],
      ['Attended participants', String(STAYS.length)],
      ['Start time', enStamp('09:20:05')],
      ['End time', enStamp('13:06:40')],
      ['Meeting duration', teamsDuration(seconds('13:06:40') - seconds('09:20:05'))],
      ['Average attendance time', '2h 41m 3s'],
      [],
      ['2. Participants'],
      ['Name', 'First Join', 'Last Leave', 'In-Meeting Duration', 'Email', 'Participant ID (UPN)', 'Role'],
      ...STAYS.map((s) => [enName(s), enStamp(first(s)), enStamp(last(s)), teamsDuration(spanSeconds(s)), s.email, s.email, s.role]),
      [],
      ['3. In-Meeting Activities'],
      ['Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role'],
      ...STAYS.flatMap((s) => s.spans.map(([a, b]) => [enName(s), enStamp(a), enStamp(b), teamsDuration(seconds(b) - seconds(a)), s.email, s.role])),
    ]),
  ),
);

// Microsoft Teams, meeting, Italian: "27/04/26, 09:27:41", sections and labels translated, guests "(Ospite)".
const itStamp = (t: string) => `27/04/26, ${t}`;
const IT_ROLE: Record<Stay['role'], string> = { Organizer: 'Organizzatore', 'Co-organizer': 'Coorganizzatore', Presenter: 'Relatore', Attendee: 'Partecipante' };
const itName = (s: Stay) => (s.email ? s.name : `${s.name} (Ospite)`);
write(
  'teams-meeting-it.csv',
  utf16le(
    tsv([
      ['1. Riepilogo'],
      ['Titolo riunione', 'Patti di Cittadinanza: workshop online'],
      ['Partecipanti presenti', String(STAYS.length)],
      ['Ora di inizio', itStamp('09:20:05')],
      ['Ora di fine', itStamp('13:06:40')],
      ['Durata riunione', teamsDuration(seconds('13:06:40') - seconds('09:20:05'))],
      ['Tempo medio di partecipazione', '2h 41m 3s'],
      [],
      ['2. Partecipanti'],
      ['Nome', 'Primo ingresso', 'Ultima uscita', 'Durata nella riunione', 'Indirizzo e-mail', 'ID partecipante (UPN)', 'Ruolo'],
      ...STAYS.map((s) => [itName(s), itStamp(first(s)), itStamp(last(s)), teamsDuration(spanSeconds(s)), s.email, s.email, IT_ROLE[s.role]]),
      [],
      ['3. Attività durante la riunione'],
      ['Nome', 'Ora di ingresso', 'Ora di uscita', 'Durata', 'Indirizzo e-mail', 'Ruolo'],
      ...STAYS.flatMap((s) => s.spans.map(([a, b]) => [itName(s), itStamp(a), itStamp(b), teamsDuration(seconds(b) - seconds(a)), s.email, IT_ROLE[s.role]])),
    ]),
  ),
);

// Microsoft Teams, webinar (English, UK dates, 24-hour clock): registration columns, columns in another order,
// a co-organiser, people "(External)" and "(Unverified)".
const ukStamp = (t: string) => `27/04/2026, ${t}`;
const webinarStays: Stay[] = [...STAYS.slice(0, 2), { name: 'Sara Conti', email: 'sara.conti@comune.monza.it', role: 'Co-organizer', spans: [['09:22:00', '13:05:00']] }, ...STAYS.slice(2)];
const webinarName = (s: Stay) => (s.email ? (s.email.endsWith('comune.monza.it') ? s.name : `${s.name} (External)`) : `${s.name} (Unverified)`);
write(
  'teams-webinar-en.csv',
  utf16le(
    tsv([
      ['1. Summary'],
      ['Meeting title', 'Webinar – Patti di Cittadinanza'],
      ['Attended participants', String(webinarStays.length)],
      ['Registered participants', '14'],
      ['Start time', ukStamp('09:20:05')],
      ['End time', ukStamp('13:06:40')],
      ['Meeting duration', '3h 46m 35s'],
      [],
      ['2. Participants'],
      ['Name', 'Email', 'Role', 'First Join', 'Last Leave', 'In-Meeting Duration', 'Participant ID (UPN)', 'Registration Status', 'Registration Time'],
      ...webinarStays.map((s) => [webinarName(s), s.email, s.role, ukStamp(first(s)), ukStamp(last(s)), teamsDuration(spanSeconds(s)), s.email, s.role === 'Attendee' ? 'Registered' : '', s.role === 'Attendee' ? '20/04/2026, 11:02:13' : '']),
      [],
      ['3. In-Meeting Activities'],
      ['Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role'],
      ...webinarStays.flatMap((s) => s.spans.map(([a, b]) => [webinarName(s), ukStamp(a), ukStamp(b), teamsDuration(seconds(b) - seconds(a)), s.email, s.role])),
    ]),
  ),
);

// The oldest Teams attendance list (2020): one row per join or leave.
const legacyRows: string[][] = [];
for (const s of STAYS.slice(0, 5)) {
  s.spans.forEach(([a, b], i) => {
    legacyRows.push([s.name, i === 0 && a < '09:30:00' && s.role === 'Organizer' ? 'Joined before' : 'Joined', `4/27/2026, ${twelve(a)}`]);
    legacyRows.push([s.name, 'Left', `4/27/2026, ${twelve(b)}`]);
  });
}
write('teams-legacy-en.csv', utf16le(tsv([['Meeting Summary'], ['Total Number of Participants', '5'], ['Meeting Title', 'Patti di Cittadinanza'], ['Meeting Start Time', '4/27/2026, 9:20:05 AM'], ['Meeting End Time', '4/27/2026, 1:06:40 PM'], [], ['Full Name', 'User Action', 'Timestamp'], ...legacyRows])));

// ---------------------------------------------------------------------------------------------------------------
// Zoom: participants report with the meeting block above it (US dates, 12-hour clock, one row per connection,
// the host marked in the name, a phone, waiting-room rows).

const zoomStamp = (t: string) => `04/27/2026 ${twelve(t).replace(/^(\d):/, '0$1:')}`;
const zoomRows: string[][] = [];
for (const s of STAYS) {
  s.spans.forEach(([a, b], i) => {
    const name = s.role === 'Organizer' ? `${s.name} (Host)` : i === 1 && s.name.startsWith('Lucia') ? `${s.name} (iPhone di Lucia)` : s.role === 'Presenter' ? `${s.name} (Roberto Sala - Comune di Monza)` : s.name;
    zoomRows.push([name, s.email, zoomStamp(a), zoomStamp(b), String(Math.ceil((seconds(b) - seconds(a)) / 60)), s.email.endsWith('comune.monza.it') ? 'No' : 'Yes', 'Y', 'No']);
  });
}
// Someone admitted after waiting: the waiting room is a row of its own.
zoomRows.splice(4, 0, ['Nicolò Rossi', 'nicolo.rossi@comune.bergamo.it', zoomStamp('09:25:00'), zoomStamp('09:27:41'), '3', 'Yes', '', 'Yes']);
const zoomText = csv([
  ['Meeting ID', 'Topic', 'Start Time', 'End Time', 'User Email', 'Duration (Minutes)', 'Participants', ''],
  ['812 3456 7890', 'Patti di Cittadinanza - workshop', zoomStamp('09:20:05'), zoomStamp('13:06:40'), 'elena.galli@comune.monza.it', '227', String(STAYS.length), ''],
  [],
  ['Name (Original Name)', 'User Email', 'Join Time', 'Leave Time', 'Duration (Minutes)', 'Guest', 'Recording Consent', 'In Waiting Room'],
  ...zoomRows,
]);
write('zoom-participants-with-meeting.csv', utf8(zoomText));

// Zoom, the newer export with no meeting block, UTF-8 with a BOM, lower-case labels, an Italian machine's
// dates (day first, 24-hour clock) and a renamed participant.
const zoomItStamp = (t: string) => `27/04/2026 ${t}`;
write(
  'zoom-participants-plain.csv',
  utf8Bom(
    csv([
      ['Name (original name)', 'Email', 'Join time', 'Leave time', 'Duration (minutes)', 'Guest', 'In waiting room'],
      ...STAYS.flatMap((s) =>
        s.spans.map(([a, b]) => [s.name === 'Giulia Bianchi' ? 'Giulia B. - Città metropolitana (Giulia Bianchi)' : s.name, s.email, zoomItStamp(a), zoomItStamp(b), String(Math.ceil((seconds(b) - seconds(a)) / 60)), 'No', 'No']),
      ),
    ]),
  ),
);

// ---------------------------------------------------------------------------------------------------------------
// Google Meet: the attendance sheet saved as CSV (first and last name apart, times of day only, durations in
// words) and as .xlsx in Italian with date-time cells.

const split = (name: string) => {
  const words = name.split(' ');
  return [words.slice(0, -1).join(' ') || name, words.length > 1 ? words.at(-1)! : ''];
};
write(
  'meet-attendance.csv',
  utf8(
    csv([
      ['First name', 'Last name', 'Email', 'Duration', 'Time joined', 'Time exited'],
      ...STAYS.filter((s) => s.email).map((s) => {
        const [f, l] = split(s.name);
        return [f!, l!, s.email.toLowerCase(), wordsDuration(spanSeconds(s)), twelve(first(s), false), twelve(last(s), false)];
      }),
    ]),
  ),
);

const at = (t: string) => {
  const [h, m, s] = t.split(':').map(Number) as [number, number, number];
  return new Date(Date.UTC(2026, 3, 27, h, m, s));
};
const meetSheet = [
  ['Nome', 'Cognome', 'Email', 'Durata', 'Ora di ingresso', 'Ora di uscita'].map((value) => ({ value, fontWeight: 'bold' as const })),
  ...STAYS.filter((s) => s.email).flatMap((s) =>
    s.spans.map(([a, b]) => {
      const [f, l] = split(s.name);
      return [{ value: f! }, { value: l! }, { value: s.email.toLowerCase() }, { value: wordsDuration(seconds(b) - seconds(a)) }, { value: at(a), format: 'dd/mm/yyyy hh:mm:ss' }, { value: at(b), format: 'dd/mm/yyyy hh:mm:ss' }];
    }),
  ),
];
const meetXlsx = await writeXlsxFile(meetSheet, { columns: [{ width: 14 }, { width: 14 }, { width: 32 }, { width: 12 }, { width: 20 }, { width: 20 }] }).toBuffer();
write('meet-attendance.xlsx', meetXlsx);

// ---------------------------------------------------------------------------------------------------------------
// Webex: the attendee report, one row per session joined, the meeting on every row.

const WEBEX_ROLE: Record<Stay['role'], string> = { Organizer: 'Host', 'Co-organizer': 'Cohost', Presenter: 'Presenter', Attendee: 'Attendee' };
write(
  'webex-attendees.csv',
  utf8(
    csv([
      ['Meeting Name', 'Meeting Start Time', 'Meeting End Time', 'Session Name', 'Display Name', 'Attendee Email', 'Join Time', 'Leave Time', 'Attendance Duration', 'Connection Type', 'Role'],
      ...STAYS.flatMap((s) =>
        s.spans.map(([a, b]) => [
          'Patti di Cittadinanza',
          '2026-04-27 09:20:05',
          '2026-04-27 13:06:40',
          'Main Session',
          s.name,
          s.email.toLowerCase(),
          `2026-04-27 ${a}`,
          `2026-04-27 ${b}`,
          wordsDuration(seconds(b) - seconds(a)),
          s.name.startsWith('+') ? 'Phone' : 'Desktop app',
          WEBEX_ROLE[s.role],
        ]),
      ),
    ]),
  ),
);

// ---------------------------------------------------------------------------------------------------------------
// Broken and foreign files: each must be refused with a message, changing nothing.

const teamsEn = utf16le(tsv([['1. Summary'], ['Meeting title', 'Patti'], ['Start time', enStamp('09:20:05')], [], ['2. Participants'], ['Name', 'First Join', 'Last Leave', 'In-Meeting Duration', 'Email', 'Participant ID (UPN)', 'Role'], ['Nicolò Rossi', enStamp('09:27:41'), enStamp('13:01:55'), '3h 34m 14s', 'nicolo.rossi@comune.bergamo.it', 'nicolo.rossi@comune.bergamo.it', 'Attendee']]));
write('empty.csv', new Uint8Array(0));
write('blank-lines.csv', utf8('\r\n\r\n   \r\n'));
// A Teams report cut in the middle of a character (UTF-16 with an odd number of bytes).
write('truncated-teams.csv', teamsEn.subarray(0, teamsEn.length - 41));
// A Zoom report cut in the middle of a row, with no final line break.
write('truncated-zoom.csv', utf8(zoomText.slice(0, zoomText.lastIndexOf('\r\n', zoomText.length - 3) + 40)));
// UTF-16 big-endian bytes behind a little-endian BOM: the text comes out as nonsense.
write('wrong-encoding.csv', Uint8Array.from([0xff, 0xfe, ...utf16be(tsv([['1. Summary'], ['Meeting title', 'Patti di Cittadinanza']]))]));
// A participant list, not a report.
write('participant-list.csv', utf8('Cognome;Nome;Ente;E-mail\r\nRossi;Nicolò;Comune di Bergamo;nicolo.rossi@comune.bergamo.it\r\n'));
// A PDF picked by mistake.
write('not-a-report.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'));
// Zoom with "Show unique users": totals only, no times.
write('zoom-totals-only.csv', utf8(csv([['Name (Original Name)', 'User Email', 'Total Duration (Minutes)', 'Guest'], ['Nicolò Rossi', 'nicolo.rossi@comune.bergamo.it', '214', 'Yes']])));
// A report whose rows are all unusable.
write('teams-no-usable-row.csv', utf16le(tsv([['1. Summary'], ['Meeting title', 'Patti'], [], ['3. In-Meeting Activities'], ['Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role'], ['Nicolò Rossi', 'ieri mattina', 'più tardi', '', 'nicolo.rossi@comune.bergamo.it', 'Attendee'], ['', enStamp('09:30:00'), enStamp('10:30:00'), '1h 0m 0s', '', 'Attendee']])));
// A call of another platform (a generic export): names and times, nothing that says which platform.
write('unknown-platform.csv', utf8(csv([['Name', 'Join', 'Leave'], ['Nicolò Rossi', '27/04/2026 09:27', '27/04/2026 13:01']])));
// Dates that cannot tell day from month (5 April or 4 May?), on a 24-hour clock with English labels.
write('zoom-ambiguous-dates.csv', utf8(csv([['Name (Original Name)', 'User Email', 'Join Time', 'Leave Time', 'Duration (Minutes)', 'Guest'], ['Nicolò Rossi', 'nicolo.rossi@comune.bergamo.it', '04/05/2026 09:27:41', '04/05/2026 11:01:55', '95', 'No']])));

console.log(`fixtures written to ${dir}`);
