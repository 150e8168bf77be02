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
