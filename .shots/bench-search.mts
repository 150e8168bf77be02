import { benchCheckinSearch } from '../scripts/bench/checkin-search';
for (const f of await benchCheckinSearch()) console.log(f.name, f.median.toFixed(3), f.p95.toFixed(3));
