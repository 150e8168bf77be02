// The state of the programme editor: which day is shown, which item is being added or edited and what was wrong
// with it, the question waiting for confirmation and the last message. Writes go through the repository.
import { addItem, copyFromSession, deleteItem, duplicateItem, moveItem, replaceProgramme, updateItem } from '../../lib/db/repositories/agenda';
import { draftFromOffer, newItem, studyVisitTemplate, type AgendaField, type AgendaItemInput, type AgendaProblem } from '../../lib/domain/agenda';
import type { AgendaItem, HostSettings, Offer } from '../../lib/domain/types';
import { templateTitles } from '../../lib/i18n/agenda';
import { i18n, type MessageKey } from '../../lib/i18n/index.svelte';

export type StartingPoint = { kind: 'draft' } | { kind: 'template' } | { kind: 'copy'; sourceId: string };

export type Pending = { kind: 'delete'; item: AgendaItem } | { kind: 'replace'; start: StartingPoint };

export interface Message {
  tone: 'success' | 'danger' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
}

export class ProgrammeEditor {
  day = $state(0);
  /** The item in the form: `id` null for a new item. */
  form = $state.raw<{ id: string | null; initial: AgendaItemInput } | null>(null);
  problems = $state.raw<Partial<Record<AgendaField, AgendaProblem>>>({});
  overlap = $state.raw<{ title: string; start: string; end: string } | null>(null);
  pending = $state.raw<Pending | null>(null);
  message = $state.raw<Message | null>(null);
  busy = $state(false);

  constructor(private readonly session: () => string) {}

  get sessionId(): string {
    return this.session();
  }

  startAdd(dayItems: AgendaItem[], settings: HostSettings): void {
    this.openForm(null, newItem(this.sessionId, this.day, dayItems, settings));
  }

  startEdit(item: AgendaItem): void {
    const { id, createdAt: _c, updatedAt: _u, ...input } = item;
    this.openForm(id, input);
  }

  /** The item whose row gets the focus back once its form closes (saved or not). */
  focusRow = $state<string | null>(null);

  closeForm(): void {
    if (this.form?.id) this.focusRow = this.form.id;
    this.form = null;
    this.problems = {};
    this.overlap = null;
  }

  async save(input: AgendaItemInput): Promise<void> {
    const editing = this.form?.id ?? null;
    const result = editing ? await updateItem(editing, input) : await addItem(input);
    if (!result.ok) {
      this.problems = result.problems;
      this.overlap = result.overlapsWith ? { title: result.overlapsWith.title, start: result.overlapsWith.start, end: result.overlapsWith.end } : null;
      return;
    }
    this.closeForm();
    this.focusRow = result.item.id;
    this.day = result.item.dayIndex;
    this.message = { tone: 'success', key: editing ? 'programme.saved' : 'programme.added', params: { title: result.item.title } };
  }

  async duplicate(item: AgendaItem): Promise<void> {
    const result = await duplicateItem(item.id);
    this.message = result.ok ? { tone: 'success', key: 'programme.duplicated', params: { title: item.title, start: result.item.start } } : { tone: 'danger', key: 'programme.error.noRoom' };
  }

  async move(item: AgendaItem, direction: -1 | 1): Promise<void> {
    await moveItem(item.id, direction);
    this.message = null;
  }

  askDelete(item: AgendaItem): void {
    this.pending = { kind: 'delete', item };
  }

  /** Replacing an existing programme asks first; an empty one is filled at once. */
  choose(start: StartingPoint, hasItems: boolean, context: { offer: Offer | null; dayCount: number; settings: HostSettings }): Promise<void> | void {
    if (hasItems) this.pending = { kind: 'replace', start };
    else return this.apply(start, context);
  }

  async confirm(context: { offer: Offer | null; dayCount: number; settings: HostSettings }): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (pending.kind === 'delete') {
      await deleteItem(pending.item.id);
      if (this.form?.id === pending.item.id) this.closeForm();
      this.message = { tone: 'success', key: 'programme.deleted', params: { title: pending.item.title } };
    } else {
      await this.apply(pending.start, context);
    }
  }

  private async apply(start: StartingPoint, { offer, dayCount, settings }: { offer: Offer | null; dayCount: number; settings: HostSettings }): Promise<void> {
    this.busy = true;
    this.closeForm();
    try {
      if (start.kind === 'copy') {
        const { items, dropped } = await copyFromSession(this.sessionId, start.sourceId);
        this.message = { tone: dropped ? 'info' : 'success', key: dropped ? 'programme.copiedDropped' : 'programme.copied', params: { count: items.length, dropped } };
      } else {
        const inputs = start.kind === 'draft' ? draftFromOffer(this.sessionId, offer?.agendaDraft ?? [], dayCount, settings, templateTitles(i18n.locale)) : studyVisitTemplate(this.sessionId, dayCount, settings, templateTitles(i18n.locale));
        const items = await replaceProgramme(this.sessionId, inputs);
        this.message = { tone: 'success', key: start.kind === 'draft' ? 'programme.drafted' : 'programme.templated', params: { count: items.length } };
      }
      this.day = 0;
    } catch (error) {
      this.message = { tone: 'danger', key: 'programme.error.write', params: { detail: error instanceof Error ? error.message : String(error) } };
    } finally {
      this.busy = false;
    }
  }

  private openForm(id: string | null, initial: AgendaItemInput): void {
    this.form = { id, initial };
    this.problems = {};
    this.overlap = null;
    this.message = null;
  }
}
