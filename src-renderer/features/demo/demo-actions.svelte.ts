// Loading and removing the demo data from any screen, with what happened kept for the banner to say. The heavy
// parts (the example forms, the form parser, the removal) are loaded only when the user asks.
import { currentSession } from '../../lib/current-session.svelte';
import type { DemoRemoval } from '../../lib/demo/remove-demo';
import type { MessageKey } from '../../lib/i18n/index.svelte';

export interface DemoLine {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface DemoMessage {
  tone: 'success' | 'danger';
  lines: DemoLine[];
}

/** The session the demo opens on in Programma, Partecipanti, Check-in and Documenti: the two-day visit. */
const FIRST_DEMO_SESSION = 'demo-san-rocco';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

class DemoActions {
  busy = $state<'loading' | 'removing' | null>(null);
  message = $state<DemoMessage | null>(null);

  async load(): Promise<void> {
    if (this.busy) return;
    this.busy = 'loading';
    this.message = null;
    try {
      const [{ appDemoData }, { loadDemoData, NotEmptyError }] = await Promise.all([import('../../lib/demo/bundled-forms'), import('../../lib/db/repositories/demo')]);
      try {
        const loaded = await loadDemoData(appDemoData());
        // The database was empty, so any session remembered from before is gone: work on the demo's.
        currentSession.select(FIRST_DEMO_SESSION);
        const lines: DemoLine[] = [{ key: 'demo.loaded', params: { offers: loaded.offers, sessions: loaded.sessions, participants: loaded.participants } }];
        if (loaded.settings) lines.push({ key: 'demo.loaded.settings' });
        lines.push({ key: 'demo.loaded.next' });
        this.message = { tone: 'success', lines };
      } catch (error) {
        this.message = { tone: 'danger', lines: [error instanceof NotEmptyError ? { key: 'demo.notEmpty' } : { key: 'demo.loadFailed', params: { reason: reasonOf(error) } }] };
      }
    } catch (error) {
      this.message = { tone: 'danger', lines: [{ key: 'demo.loadFailed', params: { reason: reasonOf(error) } }] };
    } finally {
      this.busy = null;
    }
  }

  /** What removing would do now, to show in the confirmation. */
  async preview(): Promise<DemoRemoval> {
    const { previewDemoRemoval } = await import('../../lib/db/repositories/demo');
    return previewDemoRemoval();
  }

  async remove(describe: (plan: DemoRemoval) => string): Promise<void> {
    if (this.busy) return;
    this.busy = 'removing';
    this.message = null;
    try {
      const { removeDemoData } = await import('../../lib/db/repositories/demo');
      // Read before: once the removal commits, the session picker forgets an id that is gone, maybe before the
      // journal has the change and this call returns.
      const working = currentSession.id;
      const plan = await removeDemoData();
      // The session being worked on follows a kept demo session to its new id.
      if (working && plan.renamed.has(working)) currentSession.select(plan.renamed.get(working)!);
      const lines: DemoLine[] = [{ key: 'demo.removed' }];
      if (plan.keptSessions.length) lines.push({ key: 'demo.removed.kept', params: { sessions: describe(plan) } });
      this.message = { tone: 'success', lines };
    } catch (error) {
      this.message = { tone: 'danger', lines: [{ key: 'demo.removeFailed', params: { reason: reasonOf(error) } }] };
    } finally {
      this.busy = null;
    }
  }

  dismiss(): void {
    this.message = null;
  }
}

export const demoActions = new DemoActions();
