// Spans of minutes and their union: presence, online intervals and programme items all count time this way, so
// that no minute is ever counted twice. Pure.

/** A span of minutes since midnight (or since the epoch), end excluded. */
export interface Span {
  start: number;
  end: number;
}

/** Sorted, non-overlapping spans covering the same minutes; spans that touch are joined, empty ones dropped. */
export function unionSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The minutes the spans cover, each once. */
export function totalMinutes(spans: readonly Span[]): number {
  return unionSpans(spans).reduce((sum, s) => sum + (s.end - s.start), 0);
}
