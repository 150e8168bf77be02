// The Partecipanti screen's state: the chosen session's participants as they change in the database,
// the search, the capacity summary and the freed place to offer. The screen only renders it.
import { listParticipants, summariseCapacity } from '../../lib/db/repositories/participants';
import { getSession } from '../../lib/db/repositories/sessions';
import { offerFreedPlace, waitingList } from '../../lib/domain/capacity';
import { normaliseForComparison } from '../../lib/domain/duplicates';
import type { Participant, Session } from '../../lib/domain/types';
import { Live } from '../../lib/live.svelte';

export class ParticipantsView {
  readonly data: Live<{ session: Session | undefined; participants: Participant[] }>;
  search = $state('');
  /** A freed place the user chose not to fill now, per waiting participant. */
  dismissedOffer = $state<string | null>(null);

  /** Built inside a component (Live needs an effect); one view per session (the screen keys it by id). */
  constructor(readonly sessionId: string) {
    this.data = new Live(async () => {
      const id = this.sessionId;
      const session = await getSession(id);
      return { session, participants: await listParticipants(id) };
    });
  }

  get session(): Session | undefined {
    return this.data.value?.session;
  }

  get participants(): Participant[] {
    return this.data.value?.participants ?? [];
  }

  active = $derived(this.participants.filter((p) => p.status !== 'annullato'));
  capacity = $derived(summariseCapacity(this.participants, this.session?.capacityMax ?? 0));

  /** Position on the waiting list (1 = next to be offered a place), by participant id. */
  waitingPosition = $derived(new Map(waitingList(this.participants).map((p, i) => [p.id, i + 1])));

  /** Whoever should be offered a free place now, unless the user put it off. */
  offer = $derived.by(() => {
    const next = offerFreedPlace(this.participants, this.session?.capacityMax ?? 0);
    return next && next.id !== this.dismissedOffer ? next : null;
  });

  filtered = $derived.by(() => {
    const query = normaliseForComparison(this.search);
    if (!query) return this.participants;
    return this.participants.filter((p) =>
      normaliseForComparison([p.surname, p.name, p.organisation, p.role, p.email, p.checkinCode].join(' ')).includes(query),
    );
  });
}
