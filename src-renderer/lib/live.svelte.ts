// Dexie's liveQuery as runes: the value follows the database, re-queried whenever what it read changes.
import { liveQuery } from 'dexie';

interface LiveTarget<T> {
  value: T | undefined;
  error: unknown;
  loaded: boolean;
}

/** Subscribes `target` to the query for the lifetime of the component that created it. */
function follow<T>(target: LiveTarget<T>, query: () => Promise<T> | T): void {
  $effect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        target.value = value;
        target.loaded = true;
        target.error = null;
      },
      error: (error: unknown) => {
        target.error = error;
        target.loaded = true;
      },
    });
    return () => subscription.unsubscribe();
  });
}

export class Live<T> {
  value = $state<T | undefined>(undefined);
  error = $state<unknown>(null);
  loaded = $state(false);

  constructor(query: () => Promise<T> | T) {
    follow(this, query);
  }
}

/**
 * The same, holding the value as `$state.raw`: for large lists (thousands of participants) that are replaced,
 * never mutated, so no deep proxy is built over every row.
 */
export class LiveRaw<T> {
  value = $state.raw<T | undefined>(undefined);
  error = $state.raw<unknown>(null);
  loaded = $state(false);

  constructor(query: () => Promise<T> | T) {
    follow(this, query);
  }
}
