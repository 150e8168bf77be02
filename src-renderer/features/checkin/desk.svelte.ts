// The check-in desk of one session day: participants and the day's log kept as raw arrays (thousands of
// rows), the search index rebuilt only when the participants change, results derived per keystroke.
import { checkIn, checkOut, undoLast } from '../../lib/db/repositories/attendance';
import { confirmAtDoor } from '../../lib/db/repositories/participants';
import { confirmedCount, doorAdmission } from '../../lib/domain/capacity';
import { dayStates, type DayState } from '../../lib/domain/attendance';
import { CHECKIN_CODE_LENGTH, isValidCheckinCode } from '../../lib/domain/checkin-code';
import { buildSearchIndex, findByCode, searchTop, sharingCode } from '../../lib/domain/search';
import { nowHhMm } from '../../lib/domain/times';
import type { AttendanceEvent, AttendanceSource, IsoDate, Participant } from '../../lib/domain/types';

/** How many matches are drawn; the rest are found by typing more. */
export const SHOWN_RESULTS = 40;

export type DeskMessage =
  | { kind: 'checkedIn'; who: Participant; time: string; walkIn?: boolean; confirmedNow?: boolean }
  | { kind: 'already'; who: Participant; since: string }
  | { kind: 'notConfirmed'; who: Participant }
  | { kind: 'checkedOut'; who: Participant; time: string }
  | { kind: 'cannotCheckOut'; who: Participant; why: 'notPresent' | 'alreadyLeft' | 'beforeEntry'; time: string }
  | { kind: 'unknownCode'; code: string }
  | { kind: 'sharedCode'; code: string; who: Participant[] }
  | { kind: 'noMatch'; query: string }
  | { kind: 'undone'; who: Participant | null; count: number; what: 'in' | 'out' | 'other' }
  | { kind: 'nothingToUndo' }
  | { kind: 'bulkOut'; count: number; time: string; arrivedLater: number }
  | { kind: 'corrected'; who: Participant }
  | { kind: 'error'; detail: string };

const ABSENT: DayState = { status: 'absent' };

export class Desk {
  readonly sessionId: string = '';
  readonly day: IsoDate = '';
  participants = $state.raw<Participant[]>([]);
  events = $state.raw<AttendanceEvent[]>([]);
  query = $state('');
  selected = $state(0);
  message = $state.raw<DeskMessage | null>(null);
  /** Bumped on every message, so the same message twice is still announced and flashes again. */
  messageSeq = $state(0);
  busy = $state(false);
  /** Someone waiting or cancelled found at the door: the view asks the coordinator to confirm them first. */
  admission = $state.raw<Participant | null>(null);

  readonly index = $derived(buildSearchIndex(this.participants));
  readonly matches = $derived(searchTop(this.index, this.query, SHOWN_RESULTS));
  readonly shown = $derived(this.matches.items);
  readonly states = $derived(dayStates(this.events, this.day));
  readonly byId = $derived(new Map(this.participants.map((p) => [p.id, p])));
  readonly counters = $derived.by(() => {
    let present = 0;
    let left = 0;
    for (const s of this.states.values()) {
      if (s.status === 'present') present++;
      else if (s.status === 'left') left++;
    }
    const expected = confirmedCount(this.participants);
    return { present, left, arrived: present + left, expected };
  });

  constructor(sessionId: string, day: IsoDate) {
    this.sessionId = sessionId;
    this.day = day;
  }

  stateOf(id: string): DayState {
    return this.states.get(id) ?? ABSENT;
  }

  setQuery(value: string): void {
    this.query = value;
    this.selected = 0;
  }

  move(delta: number): void {
    const max = Math.max(0, this.shown.length - 1);
    this.selected = Math.min(max, Math.max(0, this.selected + delta));
  }

  say(message: DeskMessage): void {
    this.message = message;
    this.messageSeq++;
  }

  /** Enter in the search box: a scanned code checks its owner in; otherwise the highlighted match. */
  async enter(scanned: string | null): Promise<void> {
    // A code two people hold (data from before codes were kept unique) checks in neither: the desk cannot know who.
    const typed = scanned ?? this.query.trim();
    const sharing = sharingCode(this.index, typed);
    if (sharing.length > 1) return this.refuse({ kind: 'sharedCode', code: typed.toUpperCase(), who: sharing });
    if (scanned) {
      const owner = findByCode(this.index, scanned);
      if (owner) return this.checkIn(owner, 'scanner');
      // A well-formed code of nobody here (another session's badge) must never check in a near match.
      if (isValidCheckinCode(scanned)) return this.refuse({ kind: 'unknownCode', code: scanned.toUpperCase() });
    }
    const text = this.query.trim();
    if (!text) return;
    // A scan typed after a half-typed name on a slow machine (no burst seen): a valid code at the end still counts.
    const tail = text.slice(-CHECKIN_CODE_LENGTH);
    const tailOwner = text.length > CHECKIN_CODE_LENGTH && isValidCheckinCode(tail) ? findByCode(this.index, tail) : undefined;
    if (tailOwner) return this.checkIn(tailOwner, 'scanner');
    const target = this.shown[this.selected] ?? this.shown[0];
    if (!target) return this.refuse(scanned || isValidCheckinCode(text) ? { kind: 'unknownCode', code: (scanned ?? text).toUpperCase() } : { kind: 'noMatch', query: text });
    const exact = findByCode(this.index, text);
    await this.checkIn(target, exact && exact.id === target.id ? 'scanner' : 'desk');
  }

  private refuse(message: DeskMessage): void {
    this.say(message);
    this.query = '';
    this.selected = 0;
  }

  async checkIn(who: Participant, source: AttendanceSource = 'desk', walkIn = false): Promise<void> {
    const current = this.byId.get(who.id) ?? who;
    if (doorAdmission(current.status) !== 'admit') {
      // Never in silently: the lists would go on saying "waiting" while the log says "present".
      this.refuse({ kind: 'notConfirmed', who: current });
      this.admission = current;
      return;
    }
    await this.run(async () => {
      const time = nowHhMm();
      const result = await checkIn(this.sessionId, who.id, this.day, time, source);
      this.say(result.status === 'already' ? { kind: 'already', who, since: result.since } : { kind: 'checkedIn', who, time, walkIn });
    });
  }

  /** The explicit step at the door: confirms the registration (with the reason when the session is full), then checks in. */
  async admit(who: Participant, overCapacityReason: string | null): Promise<void> {
    this.admission = null;
    await this.run(async () => {
      const confirmed = await confirmAtDoor(who.id, { overCapacityReason });
      const time = nowHhMm();
      const result = await checkIn(this.sessionId, confirmed.id, this.day, time, 'desk');
      this.say(result.status === 'already' ? { kind: 'already', who: confirmed, since: result.since } : { kind: 'checkedIn', who: confirmed, time, confirmedNow: true });
    });
  }

  async checkOut(who: Participant): Promise<void> {
    await this.run(async () => {
      const time = nowHhMm();
      const result = await checkOut(this.sessionId, who.id, this.day, time);
      this.say(result.status === 'checkedOut' ? { kind: 'checkedOut', who, time } : { kind: 'cannotCheckOut', who, why: result.status, time: result.status === 'alreadyLeft' ? result.at : result.status === 'beforeEntry' ? result.since : '' });
    });
  }

  async undo(): Promise<void> {
    await this.run(async () => {
      const undone = await undoLast(this.sessionId, this.day);
      if (!undone.length) return this.say({ kind: 'nothingToUndo' });
      const first = undone[0]!;
      const what = undone.length === 1 && (first.kind === 'in' || first.kind === 'out') ? first.kind : 'other';
      this.say({ kind: 'undone', who: undone.length === 1 ? (this.byId.get(first.participantId) ?? null) : null, count: undone.length, what });
    });
  }

  /**
   * The box is cleared at once, before the write: whatever is typed or scanned next while the write commits
   * belongs to the next person and must not be wiped.
   */
  private async run(action: () => Promise<void>): Promise<void> {
    this.query = '';
    this.selected = 0;
    this.busy = true;
    try {
      await action();
    } catch (error) {
      this.say({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      this.busy = false;
    }
  }
}
