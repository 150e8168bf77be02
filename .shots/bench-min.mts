import { buildSearchIndex, searchTop } from '../src-renderer/lib/domain/search';
import { generateParticipants } from '../scripts/bench/checkin-search';
const ps = generateParticipants(5000);
const idx = buildSearchIndex(ps);
const qs = ['r', 'ro', 'ros', 'rossi', 'd', 'da', 'damico', 'c', 'co', 'comune di lecco', 'n', 'nicolo', ps[4999]!.checkinCode];
for (const q of qs) {
  const t: number[] = [];
  for (let i = 0; i < 200; i++) { const s = performance.now(); searchTop(idx, q, 40); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(q.padEnd(16), 'min', t[0]!.toFixed(3), 'med', t[100]!.toFixed(3), 'p95', t[190]!.toFixed(3));
}
