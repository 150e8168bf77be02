// The paper fallback's state: the presence intervals copied from the signed attendance sheet, participants × days,
// filled once from the log; saving applies the rows that changed, all of them or, if any is wrong, none, and marks
// the boxes to correct. TranscriptionGrid.svelte only renders it.
import { applyTranscription, listSessionEvents } from '../../lib/db/repositories/attendance';
import { listParticipants } from '../../lib/db/repositories/participants';
import { effectiveEvents, groupByParticipant, transcriptionOf, type TranscribedPresence } from '../../lib/domain/attendance';
import { formatLongDate } from '../../lib/domain/dates';
import { fullName } from '../../lib/domain/participants';
import type { AttendanceEvent, Participant, Session } from '../../lib/domain/types';
import { transcriptionProblemKey } from '../../lib/i18n/checkin';
import { i18n, t } from '../../lib/i18n/index.svelte';
import { LiveRaw } from '../../lib/live.svelte';
import { gridLine, isBlank, tidy, type GridLine } from './TranscriptionDay.svelte';

export interface TranscriptionResult {
  tone: 'success' | 'danger';
  text: string;
  /** What is wrong, box by box, after a refused save. */
  list?: string[];
}

export class Transcription {
  /** Those registered (cancellations left out), in registration order: the rows of the grid. */
  readonly people: LiveRaw<Participant[]>;
  readonly log: LiveRaw<AttendanceEvent[]>;
  /** The intervals typed per participant and day (see `lines`). */
  cells = $state<Record<string, GridLine[]>>({});
  filled = $state(false);
  reason = $state(t('checkin.paper.defaultReason'));
  result = $state<TranscriptionResult | null>(null);

  /** Built inside a component (Live needs an effect); one per session (the screen keys it by id). */
  constructor(readonly session: Session) {
    this.people = new LiveRaw(async () => (await listParticipants(session.id)).filter((p) => p.status !== 'annullato'));
    this.log = new LiveRaw(() => listSessionEvents(session.id));
    // Filled from the log once, when both have loaded: later changes to the log do not overwrite what is typed.
    $effect(() => {
      if (!this.filled && this.people.value && this.log.value) this.fillFromLog();
    });
  }

  key(participantId: string, day: string): string {
    return `${participantId}|${day}`;
  }

  private fillFromLog(): void {
    const byParticipant = groupByParticipant(effectiveEvents(this.log.value ?? []));
    const next: Record<string, GridLine[]> = {};
    for (const p of this.people.value ?? []) {
      const events = byParticipant.get(p.id) ?? [];
      for (const day of this.session.days) {
        const recorded = transcriptionOf(events.filter((e) => e.day === day)).map((i) => gridLine(i.entry, i.exit));
        next[this.key(p.id, day)] = recorded.length ? recorded : [gridLine()];
      }
    }
    this.cells = next;
    this.filled = true;
  }

  async save(): Promise<void> {
    this.result = null;
    const lines = Object.values(this.cells).flat();
    for (const line of lines) {
      tidy(line, 'entry');
      tidy(line, 'exit');
      line.flag = null;
      line.problem = null;
    }
    const wrong = lines.filter((l) => l.bad.entry || l.bad.exit).length;
    if (wrong) {
      this.result = { tone: 'danger', text: t('checkin.paper.badTimes', { count: wrong }) };
      return;
    }
    const people = this.people.value ?? [];
    const rows: TranscribedPresence[] = people.flatMap((p) =>
      this.session.days.map((day) => ({ participantId: p.id, day, intervals: (this.cells[this.key(p.id, day)] ?? []).map((l) => ({ entry: l.entry.trim(), exit: l.exit.trim() })) })),
    );
    const outcome = await applyTranscription(this.session.id, rows, this.reason.trim() || t('checkin.paper.defaultReason'));
    if ('problems' in outcome) {
      const names = new Map(people.map((p) => [p.id, fullName(p)]));
      const list = outcome.problems.map((pr) => {
        const line = this.cells[this.key(pr.participantId, pr.day)]?.[pr.interval];
        if (line) {
          line.flag = pr.field;
          line.problem = pr.problem;
        }
        const where = t('checkin.paper.where', { name: names.get(pr.participantId) ?? '', day: formatLongDate(pr.day, i18n.locale), n: pr.interval + 1 });
        return `${where}: ${t(transcriptionProblemKey(pr.problem))}`;
      });
      this.result = { tone: 'danger', text: t('checkin.paper.problems'), list };
      return;
    }
    // What was saved is what the log now says: blank lines go, each day keeps at least one.
    for (const [k, kept] of Object.entries(this.cells)) {
      const left = kept.filter((l) => !isBlank(l));
      this.cells[k] = left.length ? left : [gridLine()];
    }
    this.result = { tone: 'success', text: outcome.changed ? t('checkin.paper.saved', { count: outcome.changed }) : t('checkin.paper.unchanged') };
  }
}
