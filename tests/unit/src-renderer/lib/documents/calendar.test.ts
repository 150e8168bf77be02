import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../../../src-renderer/lib/documents/calendar';
import { sanRocco } from './handouts/fixtures';

function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

describe('the calendar file', () => {
  it('has one event per day, from the first item to the last, in local time', () => {
    const result = buildCalendar(sanRocco());
    if (!result.ok) throw new Error(result.reason);
    const ics = unfold(result.ics);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20260507T090000');
    expect(ics).toContain('DTEND:20260507T170000');
    expect(ics).toContain('DTSTART:20260508T090000');
    expect(ics).not.toMatch(/DTSTART:[0-9T]+Z/);
    expect(ics).toContain('SUMMARY:Processo di Co-progettazione con Enti del Terzo Settore (Giornata 1)');
    expect(ics).toContain('LOCATION:Palazzo Comunale\\, Sala Giunta');
    expect(ics).toContain('UID:s1-1@ospita');
    expect(ics).toContain('STATUS:CONFIRMED');
  });

  it('lists the day’s agenda in the description', () => {
    const result = buildCalendar(sanRocco());
    if (!result.ok) throw new Error(result.reason);
    expect(unfold(result.ics)).toContain('09:00–09:30 Accoglienza dei partecipanti e saluti istituzionali');
  });

  it('refuses a session with no dates or no programme, saying which', () => {
    const noDates = sanRocco();
    noDates.session = { ...noDates.session, days: [], candidates: [] };
    expect(buildCalendar(noDates)).toEqual({ ok: false, reason: 'noDates' });
    const empty = sanRocco();
    empty.items = [];
    expect(buildCalendar(empty)).toEqual({ ok: false, reason: 'noItems' });
  });
});
