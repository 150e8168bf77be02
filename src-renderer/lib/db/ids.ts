// Identifiers and timestamps for stored records. UUIDs, so records made on two stations never collide.
export function newId(): string {
  return crypto.randomUUID();
}

export function nowInstant(now: Date = new Date()): string {
  return now.toISOString();
}

let lastOrdered = 0;

/**
 * `count` consecutive instants, one millisecond apart, each later than any this function gave before: records
 * made in a row keep their order when sorted by time (the waiting list is ordered by registration), even when
 * the clock has not moved on between two of them.
 */
export function orderedInstants(count = 1, now: Date = new Date()): string[] {
  const first = Math.max(now.getTime(), lastOrdered + 1);
  lastOrdered = first + count - 1;
  return Array.from({ length: count }, (_, i) => new Date(first + i).toISOString());
}
