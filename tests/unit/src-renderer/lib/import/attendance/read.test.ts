import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { AttendanceImportError, readAttendanceReport, type AttendanceReport, type ReadOptions } from '../../../../../../src-renderer/lib/import/attendance';
import { parseDuration, parseStamp } from '../../../../../../src-renderer/lib/import/attendance/datetime';
import { cleanDisplayName } from '../../../../../../src-renderer/lib/import/attendance/names';

const FIXTURES = join(import.meta.dirname, '../../../../../fixtures/attendance');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const read = (name: string, options?: ReadOptions) => readAttendanceReport(fixture(name), options);
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf8Bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) [out[2 + i * 2], out[3 + i * 2]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
  return out;
}

/** A person of the report by name, with their intervals as "HH:mm–HH:mm". */
function person(report: AttendanceReport, name: string) {
  const p = report.people.find((x) => x.name === name);
  if (!p) throw new Error(`${name} not in ${report.people.map((x) => x.name).join(', ')}`);
  return { ...p, spans: p.intervals.map((i) => `${i.start.slice(11)}–${i.end.slice(11)}`) };
}

async function refusal(bytes: Uint8Array, options?: ReadOptions): Promise<string> {
  const error = await readAttendanceReport(bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AttendanceImportError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.code;
}

/** What every reading of the workshop's call must give, whatever the platform and the language. */
async function expectWorkshop(report: AttendanceReport) {
  expect(report.meeting.date).toBe('2026-04-27');
  // Dropped twice and came back: three intervals, rounded to the minute, sorted.
  expect(person(report, 'Nicolò Rossi').spans).toEqual(['09:28–10:41', '10:44–12:16', '12:17–13:02']);
  expect(person(report, 'Nicolò Rossi').minutes).toBe(73 + 92 + 45);
  // Two devices at once: the overlap counted once.
  expect(person(report, "Lucia D'Amico").spans).toEqual(['09:29–13:01']);
  expect(person(report, "Lucia D'Amico").minutes).toBe(212);
  expect(person(report, 'Giuseppe Esposito')).toMatchObject({ email: 'g.esposito@comune.varese.it', spans: ['09:40–10:15'], minutes: 35 });
  // Names keep their accents and apostrophes; every person once.
  const names = report.people.map((p) => p.name);
  expect(new Set(names).size).toBe(names.length);
}

describe('Microsoft Teams attendance reports', () => {
  it('reads the English meeting report (UTF-16 with BOM, tabs, three sections, 12-hour clock, M/D/YY)', async () => {
    const r = await read('teams-meeting-en.csv');
    expect(r).toMatchObject({ platform: 'teams', meeting: { title: 'Patti di Cittadinanza: workshop online', date: '2026-04-27' }, encoding: 'utf-16le', problems: [] });
    await expectWorkshop(r);
    expect(r.people).toHaveLength(10);
    expect(person(r, 'Elena Galli')).toMatchObject({ role: 'organizer', email: 'elena.galli@comune.monza.it' });
    expect(person(r, 'Roberto Sala').role).toBe('presenter');
    // A guest: "(Guest)" is not part of the name, and there is no e-mail.
    expect(person(r, 'Marco De Luca')).toMatchObject({ email: '', role: 'attendee', spans: ['09:35–13:00'] });
    // E-mails in lower case.
    expect(person(r, 'Ferrari Chiara').email).toBe('chiara.ferrari@comune.como.it');
  });

  it('reads the Italian meeting report (labels and sections translated, DD/MM/YY, 24-hour clock, "(Ospite)")', async () => {
    const r = await read('teams-meeting-it.csv');
    expect(r).toMatchObject({ platform: 'teams', meeting: { title: 'Patti di Cittadinanza: workshop online' }, problems: [] });
    await expectWorkshop(r);
    expect(person(r, 'Elena Galli').role).toBe('organizer');
    expect(person(r, 'Roberto Sala').role).toBe('presenter');
    expect(person(r, 'Marco De Luca').email).toBe('');
    // The same call gives the same people whatever the language.
    const en = await read('teams-meeting-en.csv');
    expect(r.people.map(({ name, email, intervals, minutes }) => ({ name, email, intervals, minutes }))).toEqual(en.people.map(({ name, email, intervals, minutes }) => ({ name, email, intervals, minutes })));
  });

  it('reads the webinar report (extra registration columns in another order, co-organiser, "(External)", "(Unverified)")', async () => {
    const r = await read('teams-webinar-en.csv');
    expect(r).toMatchObject({ platform: 'teams', meeting: { title: 'Webinar – Patti di Cittadinanza', date: '2026-04-27' } });
    await expectWorkshop(r);
    expect(person(r, 'Sara Conti').role).toBe('organizer');
    expect(person(r, 'Marco De Luca').name).toBe('Marco De Luca');
    expect(person(r, 'Paolo Verdi').email).toBe('paolo.verdi@comune.varese.it');
  });

  it('reads the oldest attendance list (one row per "Joined" and "Left")', async () => {
    const r = await read('teams-legacy-en.csv');
    expect(r.platform).toBe('teams');
    expect(person(r, 'Nicolò Rossi').spans).toEqual(['09:28–10:41', '10:44–12:16', '12:17–13:02']);
    expect(person(r, 'Elena Galli').spans).toEqual(['09:20–13:07']);
  });

  it('uses the activities (every join and leave), not the first join and last leave of the participants section', async () => {
    const r = await read('teams-meeting-en.csv');
    expect(person(r, 'Nicolò Rossi').intervals).toHaveLength(3);
  });

  it('falls back to first join and last leave when there is no activities section, and says so', async () => {
    const text = ['1. Summary', 'Meeting title\tPatti', 'Start time\t4/27/26, 9:20:05 AM', '', '2. Participants', 'Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole', 'Nicolò Rossi\t4/27/26, 9:27:41 AM\t4/27/26, 1:01:55 PM\t3h 30m 0s\tnicolo.rossi@comune.bergamo.it\tAttendee', ''].join('\r\n');
    const r = await readAttendanceReport(utf16le(text));
    expect(person(r, 'Nicolò Rossi').spans).toEqual(['09:28–13:02']);
    expect(r.problems.map((p) => p.code)).toEqual(['firstLastOnly']);
  });
});

describe('Zoom participant reports', () => {
  it('reads the report with the meeting block above it (MM/DD/YYYY hh:mm:ss AM, one row per connection, waiting room left out)', async () => {
    const r = await read('zoom-participants-with-meeting.csv');
    expect(r).toMatchObject({ platform: 'zoom', meeting: { title: 'Patti di Cittadinanza - workshop', date: '2026-04-27' }, encoding: 'utf-8' });
    await expectWorkshop(r);
    // "(Host)" makes the organiser; "(iPhone di Lucia)" is a device, not a name.
    expect(person(r, 'Elena Galli').role).toBe('organizer');
    expect(r.people.some((p) => p.name.includes('iPhone'))).toBe(false);
    // The bracket of "Name (Original Name)" is the original name: kept for matching, not in the name.
    expect(person(r, 'Roberto Sala').aliases).toContain('Roberto Sala - Comune di Monza');
    expect(r.problems).toEqual([{ row: 0, code: 'waitingRoom', params: { count: 1 } }]);
  });

  it('reads the newer export without the meeting block (UTF-8 with BOM, lower-case labels, day first, 24-hour clock)', async () => {
    const r = await read('zoom-participants-plain.csv');
    expect(r).toMatchObject({ platform: 'zoom', meeting: { title: '', date: '2026-04-27' }, encoding: 'utf-8-bom', dateOrder: { order: 'dmy', decided: 'data' } });
    await expectWorkshop(r);
    expect(person(r, 'Giulia B. - Città metropolitana').aliases).toContain('Giulia Bianchi');
  });
});

describe('Google Meet attendance', () => {
  it('reads the CSV of the attendance sheet (first and last name apart, times of day only) on the day given', async () => {
    expect(await refusal(fixture('meet-attendance.csv'))).toBe('noDate');
    const r = await read('meet-attendance.csv', { day: '2026-04-27' });
    expect(r).toMatchObject({ platform: 'meet', meeting: { date: '2026-04-27' } });
    // The CSV has each person's first join and last leave only ("9:28 AM" to "1:02 PM").
    expect(person(r, 'Nicolò Rossi').spans).toEqual(['09:27–13:01']);
    expect(person(r, "Lucia D'Amico").email).toBe('l.damico@comune.lecco.it');
  });

  it('reads the sheet saved as .xlsx (Italian labels, date-time cells)', async () => {
    const r = await read('meet-attendance.xlsx');
    expect(r).toMatchObject({ platform: 'meet', format: 'xlsx', meeting: { date: '2026-04-27' } });
    await expectWorkshop(r);
  });
});

describe('Webex attendee reports', () => {
  it('reads the report with the meeting on every row (durations in words, roles Host and Presenter)', async () => {
    const r = await read('webex-attendees.csv');
    expect(r).toMatchObject({ platform: 'webex', meeting: { title: 'Patti di Cittadinanza', date: '2026-04-27' } });
    await expectWorkshop(r);
    expect(person(r, 'Elena Galli').role).toBe('organizer');
    expect(person(r, 'Roberto Sala').role).toBe('presenter');
  });
});

describe('reading the general case', () => {
  const zoomHeader = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest';

  it('finds the columns in any order, with extra ones, in UTF-8 with or without BOM', async () => {
    const rows = ['Guest,Leave Time,Extra,User Email,Name (Original Name),Join Time', 'No,04/27/2026 11:00:00 AM,x,a.b@comune.lecco.it,Anna Bàrtoli,04/27/2026 09:00:00 AM'];
    for (const bytes of [utf8(rows.join('\n')), utf8Bom(rows.join('\r\n'))]) {
      const r = await readAttendanceReport(bytes);
      expect(person(r, 'Anna Bàrtoli')).toMatchObject({ email: 'a.b@comune.lecco.it', spans: ['09:00–11:00'], minutes: 120 });
    }
  });

  it('takes the leave time from the join time and the duration when the leave is missing', async () => {
    const r = await readAttendanceReport(utf8([zoomHeader, 'Anna Bàrtoli,a.b@comune.lecco.it,04/27/2026 09:00:00 AM,,63,No'].join('\n')));
    expect(person(r, 'Anna Bàrtoli').spans).toEqual(['09:00–10:03']);
  });

  it('keeps people without an e-mail apart by name, and joins a row without e-mail to the same name with one', async () => {
    const r = await readAttendanceReport(
      utf8([zoomHeader, 'Anna Bàrtoli,,04/27/2026 09:00:00 AM,04/27/2026 09:30:00 AM,30,Yes', 'Anna Bartoli (iPhone),a.b@comune.lecco.it,04/27/2026 10:00:00 AM,04/27/2026 10:30:00 AM,30,Yes', 'Luca Neri,,04/27/2026 09:00:00 AM,04/27/2026 09:10:00 AM,10,Yes'].join('\n')),
    );
    expect(r.people.map((p) => p.name).sort()).toEqual(['Anna Bàrtoli', 'Luca Neri']);
    expect(person(r, 'Anna Bàrtoli')).toMatchObject({ email: 'a.b@comune.lecco.it', spans: ['09:00–09:30', '10:00–10:30'], minutes: 60 });
  });

  it('reads 12-hour and 24-hour clocks, noon and midnight included', () => {
    const at = (v: string, order: 'dmy' | 'mdy') => {
      const s = parseStamp(v, order);
      return s?.kind === 'full' ? format(s.at, 'yyyy-MM-dd HH:mm:ss') : s;
    };
    expect(at('4/27/26, 12:05:00 PM', 'mdy')).toBe('2026-04-27 12:05:00');
    expect(at('4/27/26, 12:05:00 AM', 'mdy')).toBe('2026-04-27 00:05:00');
    expect(at('27/04/2026 13:05', 'dmy')).toBe('2026-04-27 13:05:00');
    expect(at('27.04.2026 09.58.12', 'dmy')).toBe('2026-04-27 09:58:12');
    expect(at('lunedì 27 aprile 2026 09:58', 'dmy')).toBe('2026-04-27 09:58:00');
    expect(at('Apr 27, 2026 9:58 AM', 'dmy')).toBe('2026-04-27 09:58:00');
    expect(at('not a time', 'dmy')).toBeNull();
  });

  it('turns a time with its own offset into this machine’s time', () => {
    const s = parseStamp('2026-04-27T07:58:12Z', 'dmy');
    expect(s?.kind === 'full' && s.at.getTime()).toBe(Date.UTC(2026, 3, 27, 7, 58, 12));
    const g = parseStamp('27/04/2026 09:58 GMT+2', 'dmy');
    expect(g?.kind === 'full' && g.at.getTime()).toBe(Date.UTC(2026, 3, 27, 7, 58, 0));
  });

  it('reads durations as the platforms write them', () => {
    expect(parseDuration('1h 3m 53s')).toBe(3833);
    expect(parseDuration('63 min')).toBe(3780);
    expect(parseDuration('01:03:53')).toBe(3833);
    expect(parseDuration('1 hr 3 min')).toBe(3780);
    expect(parseDuration('1 ora e 3 minuti')).toBe(3780);
    expect(parseDuration('63')).toBe(3780);
    expect(parseDuration('95', 'seconds')).toBe(95);
    expect(parseDuration('ieri')).toBeNull();
  });

  it('decides day/month from the data, and says so when it cannot', async () => {
    // 27 can only be a day: settled by the data.
    expect((await read('zoom-participants-plain.csv')).dateOrder).toEqual({ order: 'dmy', decided: 'data' });
    // 04/05/2026 with English labels and a 24-hour clock: 4 May or 5 April? Read day first, with a problem.
    const r = await read('zoom-ambiguous-dates.csv');
    expect(r.meeting.date).toBe('2026-05-04');
    expect(r.problems).toEqual([{ row: 0, code: 'dateOrderAssumed', params: { value: '04/05/2026 09:27:41' } }]);
    // The coordinator can say otherwise.
    expect((await read('zoom-ambiguous-dates.csv', { dateOrder: 'mdy' })).meeting.date).toBe('2026-04-05');
  });

  it('names the rows it could not use and counts the rest', async () => {
    const r = await readAttendanceReport(
      utf8([zoomHeader, 'Anna Bàrtoli,a.b@comune.lecco.it,04/27/2026 09:00:00 AM,04/27/2026 10:00:00 AM,60,No', 'Luca Neri,l.neri@comune.lecco.it,ieri,04/27/2026 10:00:00 AM,60,No', ',,04/27/2026 09:00:00 AM,04/27/2026 10:00:00 AM,60,No', 'Ugo Bassi,u.bassi@comune.lecco.it,04/27/2026 11:00:00 AM,04/27/2026 10:00:00 AM,0,No'].join('\n')),
    );
    expect(r.people.map((p) => p.name)).toEqual(['Anna Bàrtoli']);
    expect(r.problems).toEqual([
      { row: 3, code: 'badTime', params: { value: 'ieri' } },
      { row: 4, code: 'noName' },
      { row: 5, code: 'endBeforeStart' },
    ]);
  });
});

describe('names', () => {
  it('drops what only says how someone joined, keeps accents and apostrophes', () => {
    expect(cleanDisplayName('Marco De Luca (Guest)').name).toBe('Marco De Luca');
    expect(cleanDisplayName('Nicolò Rossi (Esterno)').name).toBe('Nicolò Rossi');
    expect(cleanDisplayName('Elena Galli (Host)').name).toBe('Elena Galli');
    expect(cleanDisplayName("Lucia D'Amico (iPhone)").name).toBe("Lucia D'Amico");
    expect(cleanDisplayName("Lucia D'Amico (iPhone di Lucia) (Ospite)").name).toBe("Lucia D'Amico");
    expect(cleanDisplayName('Zoë Müller [Unverified]').name).toBe('Zoë Müller');
    // A note that is not a suffix stays, and the name without it is kept for matching.
    expect(cleanDisplayName('Mario Rossi (Comune di Lecco)')).toEqual({ name: 'Mario Rossi (Comune di Lecco)', aliases: ['Mario Rossi'] });
  });
});
