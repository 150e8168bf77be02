/** One area of the catalogue: Italian first, and English with exactly the same keys. */
export function defineStrings<const K extends string>(it: Record<K, string>, en: Record<NoInfer<K>, string>) {
  return { it, en };
}
