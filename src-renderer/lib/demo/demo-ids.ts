// How demo records are told apart from real ones: every record the demo data creates has an id starting with
// "demo-", while the app gives real records random UUIDs. The mark is the id itself, so it survives backups,
// restores and merges with no extra field, and two stations that both loaded the demo merge without doubles.

export const DEMO_PREFIX = 'demo-';

export function isDemoId(id: string): boolean {
  return id.startsWith(DEMO_PREFIX);
}

/** When the demo data was made: its settings keep this as their last change until the user saves them. */
export const DEMO_CREATED = '2026-03-02T09:00:00.000Z';
