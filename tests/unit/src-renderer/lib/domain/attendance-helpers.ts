// Builders for attendance tests: events read like the log a station writes.
import type { AgendaItem, AttendanceEvent } from '../../../../../src-renderer/lib/domain/types';

let seq = 0;

export function ev(
  participantId: string,
  kind: 'in' | 'out',
  time: string,
  extra: Partial<AttendanceEvent> = {},
): AttendanceEvent {
  seq++;
  return {
    id: `e${seq}`,
    sessionId: 's1',
    participantId,
    day: '2026-05-07',
    kind,
    time,
    recordedAt: `2026-05-07T${String(seq).padStart(6, '0')}Z`,
    station: 'Postazione 1',
    stationId: 'station-1',
    source: 'desk',
    voidsEventId: null,
    reason: '',
    ...extra,
  };
}

export function voidOf(target: AttendanceEvent, reason = 'errore', extra: Partial<AttendanceEvent> = {}): AttendanceEvent {
  seq++;
  return {
    ...target,
    id: `v${seq}`,
    kind: 'void',
    time: '',
    recordedAt: `2026-05-07T${String(seq).padStart(6, '0')}Z`,
    source: 'correction',
    voidsEventId: target.id,
    reason,
    ...extra,
  };
}

export function item(dayIndex: number, start: string, end: string, countsTowardHours = true, kind: AgendaItem['kind'] = 'intervento'): AgendaItem {
  seq++;
  return {
    id: `a${seq}`,
    sessionId: 's1',
    dayIndex,
    start,
    end,
    title: kind,
    description: '',
    kind,
    place: '',
    speakers: '',
    countsTowardHours,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** A typical day: 9:30-13:00 counted, lunch 13:00-14:00, 14:00-17:00 counted (6 h 15 min = 375 minutes). */
export function typicalDay(dayIndex: number): AgendaItem[] {
  return [item(dayIndex, '09:30', '11:00'), item(dayIndex, '11:00', '11:15', false, 'pausa'), item(dayIndex, '11:15', '13:00'), item(dayIndex, '13:00', '14:00', false, 'pranzo'), item(dayIndex, '14:00', '17:00')];
}
