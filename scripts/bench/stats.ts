// Small statistics for the benchmark: each figure is the median of several runs with its 95th percentile.
export interface Figure {
  name: string;
  unit: 'ms' | 'kB';
  median: number;
  p95: number;
  runs: number;
  target: number;
  /** How the target reads in the table: "< 4 ms". */
  targetText: string;
  note?: string;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(name: string, samples: number[], target: number, unit: Figure['unit'] = 'ms', note?: string): Figure {
  return { name, unit, median: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length, target, targetText: `< ${target} ${unit}`, ...(note ? { note } : {}) };
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs and returns the durations in ms. */
export async function time(runs: number, fn: (i: number) => unknown | Promise<unknown>, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

export function meets(figure: Figure): boolean {
  return figure.p95 < figure.target;
}
