// Two small jobs on lists that the stores, the attendance rules and the report share. Pure.

/** Items by key, each list in the order the items came, the keys in the order first seen. */
export function groupBy<T, K = string>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Records by id, compared as plain text (ids are ASCII; no locale collation, which is slow on large lists). */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
