import { chromium } from 'playwright-core';
import { startStaticServer } from '../lib/static-server.mjs';
const [,, route='offerte', out='/tmp/shot.png', root=process.cwd()] = process.argv;
const s = await startStaticServer(root + '/out/renderer');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 1366, height: 768 } });
await p.goto(`${s.url}/index.html#/${route}`); await p.waitForTimeout(500);
await p.screenshot({ path: out }); await b.close(); await s.close();
