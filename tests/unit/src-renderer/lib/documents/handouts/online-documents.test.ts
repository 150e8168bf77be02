// The handouts of sessions held online or hybrid: where the venue was, the platform and the link; in the
// register and the report, which presence was at the venue and which online; certificates that say it.
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../../../../src-renderer/lib/documents/calendar';
import { buildAttendanceRegister } from '../../../../../../src-renderer/lib/documents/handouts/attendance-sheet';
import { buildCertificates, certificatePlan } from '../../../../../../src-renderer/lib/documents/handouts/certificate';
import { buildParticipantList } from '../../../../../../src-renderer/lib/documents/handouts/participant-list';
import { buildProgramme } from '../../../../../../src-renderer/lib/documents/handouts/programme';
import { buildSessionReport } from '../../../../../../src-renderer/lib/documents/handouts/session-report';
import { plainText } from '../../../../../../src-renderer/lib/documents/model';
import type { AttendanceEvent, Session } from '../../../../../../src-renderer/lib/domain/types';
import { sanRocco } from './fixtures';
import { input as attendanceInput } from './attendance-fixture';

const LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d';
const online = (s: Session): Session => ({ ...s, venue: 'Sala Giunta', format: 'online', online: { platform: 'teams', link: LINK } });
const hybrid = (s: Session): Session => ({ ...s, venue: 'Palazzo Comunale, Sala Giunta', format: 'ibrida', online: { platform: 'zoom', link: 'https://us02web.zoom.us/j/81234567890?pwd=abc' } });
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('the programme and the calendar of a session held online', () => {
  it('an online session shows the platform and the link instead of the venue', () => {
    const source = sanRocco();
    source.session = online(source.session);
    const text = plainText(buildProgramme(source));
    expect(text).toContain('Microsoft Teams');
    expect(text).toContain(LINK);
    expect(text).toContain('Link per partecipare');
    // The venue kept on the record from before is not printed for an online session.
    expect(text).not.toContain('Sala Giunta');
  });

  it('a hybrid session shows the venue and, beside it, the call', () => {
    const source = sanRocco();
    source.session = hybrid(source.session);
    const text = plainText(buildProgramme(source));
    expect(text).toContain('Palazzo Comunale, Sala Giunta');
    expect(text).toContain('Anche online');
    expect(text).toContain('Zoom');
    expect(text).toContain('https://us02web.zoom.us/j/81234567890?pwd=abc');
  });

  it('an online session with no link yet says it will be sent', () => {
    const source = sanRocco();
    source.session = { ...online(source.session), online: { platform: 'meet', link: '' } };
    const text = plainText(buildProgramme(source));
    expect(text).toContain('Google Meet');
    expect(text).toContain('Il link per partecipare sarà comunicato prima dell’incontro.');
  });

  it('the calendar file puts the link as the place and the address of the event, the call in the description', () => {
    const source = sanRocco();
    source.session = online(source.session);
    const result = buildCalendar(source);
    if (!result.ok) throw new Error(result.reason);
    const ics = unfold(result.ics);
    expect(ics).toContain(`LOCATION:${LINK}`);
    expect(ics).toContain(`URL:${LINK}`);
    expect(ics).toContain('Online: Microsoft Teams');
    const both = sanRocco();
    both.session = hybrid(both.session);
    const hybridIcs = buildCalendar(both);
    if (!hybridIcs.ok) throw new Error(hybridIcs.reason);
    expect(unfold(hybridIcs.ics)).toContain('LOCATION:Palazzo Comunale\\, Sala Giunta');
    expect(unfold(hybridIcs.ics)).toContain('URL:https://us02web.zoom.us/j/81234567890?pwd=abc');
  });

  it('the participant list says where and gives the link', () => {
    const source = sanRocco();
    const text = plainText(buildParticipantList({ settings: source.settings, session: online(source.session), offerTitle: 'Patti di Cittadinanza', participants: [], today: '2026-04-20' }));
    expect(text).toContain('Online (Microsoft Teams)');
    expect(text).toContain(LINK);
  });
});

describe('the register, the report and the certificates of a hybrid session', () => {
  /** Rossi at the venue in the morning and online in the afternoon; the register's day is the first. */
  function hybridInput() {
    const input = attendanceInput();
    const day = input.session.days[0]!;
    const person = input.participants[0]!;
    let n = 0;
    const ev = (kind: 'in' | 'out', time: string, platform?: 'teams'): AttendanceEvent => ({
      id: `h${n++}`, sessionId: input.session.id, participantId: person.id, day, kind, time, recordedAt: `2026-05-07T18:00:0${n}Z`, station: 'Postazione 1', source: platform ? 'online' : 'desk', voidsEventId: null, reason: '', ...(platform ? { platform } : {}),
    });
    const others = input.events.filter((e) => e.participantId !== person.id || e.day !== day);
    return { ...input, session: { ...input.session, format: 'ibrida' as const, online: { platform: 'teams' as const, link: LINK } }, events: [...others, ev('in', '09:00'), ev('out', '13:00'), ev('in', '14:00', 'teams'), ev('out', '17:00', 'teams')], person };
  }

  it('the register says, interval by interval, which was at the venue and which online', () => {
    const input = hybridInput();
    const text = plainText(buildAttendanceRegister(input, { days: [input.session.days[0]!] }));
    expect(text).toContain('Presenza');
    expect(text).toMatch(/in sala\s+online/);
    expect(text).toContain('online: Microsoft Teams');
    expect(text).toContain('Centro civico San Rocco, via Ticino 30 e online (Microsoft Teams)');
  });

  it('a register of a session in presence has no such column', () => {
    expect(plainText(buildAttendanceRegister(attendanceInput()))).not.toContain('Presenza');
  });

  it('the report marks the intervals followed online', () => {
    const input = hybridInput();
    const text = plainText(buildSessionReport(input));
    expect(text).toContain('09:00–13:00 (in sala)');
    expect(text).toContain('14:00–17:00 (online)');
  });

  it('certificates count the online hours and say the session was held at the venue and online', () => {
    const input = hybridInput();
    const { entries } = certificatePlan(input);
    const rossi = entries.find((e) => e.participant.id === input.person.id);
    expect(rossi).toBeDefined();
    const text = plainText(buildCertificates(input, entries, { issueDate: '2026-05-09' }));
    expect(text).toContain('e online (Microsoft Teams)');
    const onlineOnly = { ...input, session: { ...input.session, format: 'online' as const } };
    expect(plainText(buildCertificates(onlineOnly, entries, { issueDate: '2026-05-09' }))).toContain('svoltosi online (Microsoft Teams),');
  });
});

describe('the register as CSV', () => {
  it('has a column saying how each interval was followed, only where people followed online', async () => {
    const { registerCsv } = await import('../../../../../../src-renderer/lib/documents/handouts/attendance-csv');
    const base = attendanceInput();
    expect(registerCsv(base).split('\r\n')[0]).not.toContain('Presenza');
    const hybridSession = { ...base.session, format: 'ibrida' as const, online: { platform: 'teams' as const, link: LINK } };
    const csv = registerCsv({ ...base, session: hybridSession });
    expect(csv.split('\r\n')[0]).toContain(';Presenza;');
    expect(csv).toContain(';in sala · in sala;');
  });
});
