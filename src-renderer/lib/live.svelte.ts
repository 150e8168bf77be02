// Dexie's liveQuery as runes: the value follows the database, re-queried whenever what it read changes.
import { liveQuery } from 'dexie';

export class Live<T> {
  value = $state<T | undefined>(undefined);
  error = $state<unknown>(null);
  loaded = $state(false);

  constructor(query: () => Promise<T> | T) {
    $effect(() => {
      const subscription = liveQuery(query).subscribe({
        next: (value) => {
          this.value = value;
          this.loaded = true;
          this.error = null;
        },
        error: (error: unknown) => {
          this.error = error;
          this.loaded = true;
        },
      });
      return () => subscription.unsubscribe();
    });
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
    $effect(() => {
      const subscription = liveQuery(query).subscribe({
        next: (value) => {
          this.value = value;
          this.loaded = true;
          this.error = null;
        },
        error: (error: unknown) => {
          this.error = error;
          this.loaded = true;
        },
      });
      return () => subscription.unsubscribe();
    });
  }
}
