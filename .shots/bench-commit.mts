import { chromium } from 'playwright-core';
import { benchCheckinCommit } from '../scripts/bench/checkin-search';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const t = setTimeout(() => { console.log('TIMEOUT'); process.exit(3); }, 120000);
console.log(await benchCheckinCommit(b, process.cwd() + "/out/renderer", 500, 25));
clearTimeout(t);
await b.close();
