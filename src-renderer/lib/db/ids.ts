// Identifiers and timestamps for stored records. UUIDs, so records made on two stations never collide.
export function newId(): string {
  return crypto.randomUUID();
}

export function nowInstant(now: Date = new Date()): string {
  return now.toISOString();
}
