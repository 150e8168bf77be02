import { chromium } from 'playwright-core';
import { benchCheckinCommit, benchCheckinSearch } from '../scripts/bench/checkin-search';
console.log(await benchCheckinSearch());
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
console.log(await benchCheckinCommit(b, process.cwd() + '/out/renderer', 500, 20));
await b.close();
