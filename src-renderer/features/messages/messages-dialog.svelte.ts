// The state of "E-mail agli ospiti": which message, in which language, for whom (those already told stay out
// unless ticked), the preview, and the job that writes the drafts with its progress and outcome.
import type { SessionDocumentInput } from '../../lib/documents/handouts/session-input';
import { todayIso } from '../../lib/domain/dates';
import type { MessageKind, MessageLang, Participant } from '../../lib/domain/types';
import { t } from '../../lib/i18n/index.svelte';
import { recipientPlan, type RecipientPlan } from '../../lib/messages/recipients';
import { writeDrafts } from './write-drafts';

export type Tone = 'success' | 'danger' | 'warning' | 'info';

export class MessagesDialogState {
  kind = $state<MessageKind>('conferma');
  lang = $state<MessageLang>('it');
  issueDate = $state(todayIso());
  /** Ticks the user changed, by participant id, over the default (ticked unless already prepared). */
  overrides = $state<Record<string, boolean>>({});
  previewId = $state<string | null>(null);
  busy = $state<{ phase: 'building' | 'writing'; done: number; total: number } | null>(null);
  outcome = $state<{ tone: Tone; text: string } | null>(null);
  #cancelled = false;

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
    this.outcome = null;
  }

  toggle(p: Participant, value: boolean): void {
    this.overrides[p.id] = value;
  }

  cancel(): void {
    this.#cancelled = true;
  }

  async prepare(chooseFolder: boolean): Promise<void> {
    const input = this.input();
    if (!input || this.busy || !this.chosen.length) return;
    this.#cancelled = false;
    this.outcome = null;
    this.busy = { phase: 'building', done: 0, total: this.chosen.length };
    try {
      const result = await writeDrafts($state.snapshot(input) as SessionDocumentInput, $state.snapshot(this.chosen) as Participant[], {
        kind: this.kind,
        lang: this.lang,
        issueDate: this.issueDate,
        chooseFolder,
        onProgress: (phase, done, total) => (this.busy = { phase, done, total }),
        isCancelled: () => this.#cancelled,
      });
      this.overrides = {};
      switch (result.status) {
        case 'saved':
          this.outcome = { tone: 'success', text: t('messages.dialog.saved', { count: result.paths.length, folder: result.folder }) };
          break;
        case 'cancelled':
          this.outcome = { tone: 'info', text: t('messages.dialog.cancelled') };
          break;
        case 'noSender':
          this.outcome = { tone: 'danger', text: t('messages.noSender') };
          break;
        case 'browser':
          this.outcome = { tone: 'warning', text: t('messages.dialog.browser') };
          break;
      }
    } catch (error) {
      this.outcome = { tone: 'danger', text: t('messages.dialog.failed', { detail: error instanceof Error ? error.message : String(error) }) };
    } finally {
      this.busy = null;
    }
  }
}
