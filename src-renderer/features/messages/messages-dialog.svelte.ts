// The state of "E-mail agli ospiti": which message, in which language, for whom (those already told stay out
// unless ticked), the preview, and the job that writes the drafts (a document job: progress, cancel, outcome).
import { todayIso } from '../../lib/domain/dates';
import type { MessageKind, MessageLang, Participant } from '../../lib/domain/types';
import { t } from '../../lib/i18n/index.svelte';
import { recipientPlan, type RecipientPlan } from '../../lib/messages/recipients';
import type { SessionDocumentInput } from '../../lib/domain/session-data';
import { DocumentJob } from '../../lib/document-job.svelte';
import { draftsNote, writeDrafts } from './write-drafts';

export class MessagesDialogState {
  kind = $state<MessageKind>('conferma');
  lang = $state<MessageLang>('it');
  issueDate = $state(todayIso());
  /** Ticks the user changed, by participant id, over the default (ticked unless already prepared). */
  overrides = $state<Record<string, boolean>>({});
  previewId = $state<string | null>(null);
  readonly job = new DocumentJob({ failed: 'messages.dialog.failed', cancelled: 'messages.dialog.cancelled' });

  constructor(private readonly input: () => SessionDocumentInput | null | undefined) {}

  plan = $derived.by((): RecipientPlan | null => {
    const input = this.input();
    return input ? recipientPlan(this.kind, input) : null;
  });

  isChosen(p: Participant, preparedBefore: boolean): boolean {
    return this.overrides[p.id] ?? !preparedBefore;
  }

  chosen = $derived(this.plan ? this.plan.withEmail.filter((r) => this.isChosen(r.participant, r.prepared !== null)).map((r) => r.participant) : []);
  preparedCount = $derived(this.plan ? this.plan.withEmail.filter((r) => r.prepared).length : 0);

  /** Whom the preview shows: the one picked, else the first chosen, else the first who would receive it. */
  previewed = $derived.by((): Participant | null => {
    const plan = this.plan;
    if (!plan) return null;
    const all = [...plan.withEmail, ...plan.withoutEmail].map((r) => r.participant);
    return all.find((p) => p.id === this.previewId) ?? this.chosen[0] ?? all[0] ?? null;
  });

  chooseKind(kind: MessageKind): void {
    this.kind = kind;
    this.overrides = {};
    this.job.message = null;
  }

  toggle(p: Participant, value: boolean): void {
    this.overrides[p.id] = value;
  }

  async prepare(chooseFolder: boolean): Promise<void> {
    const input = this.input();
    if (!input || this.job.busy || !this.chosen.length) return;
    const people = $state.snapshot(this.chosen) as Participant[];
    const phase = (key: 'messages.dialog.building' | 'messages.dialog.writing', done: number, total: number) => t(key, { done, total });
    await this.job.run(phase('messages.dialog.building', 0, people.length), async (ctx) => {
      ctx.progress(0, people.length);
      const result = await writeDrafts($state.snapshot(input) as SessionDocumentInput, people, {
        kind: this.kind,
        lang: this.lang,
        issueDate: this.issueDate,
        chooseFolder,
        onProgress: (step, done, total) => ctx.progress(done, total, phase(step === 'building' ? 'messages.dialog.building' : 'messages.dialog.writing', done, total)),
        isCancelled: ctx.isCancelled,
      });
      this.overrides = {};
      return draftsNote(result) ?? undefined;
    });
  }
}
