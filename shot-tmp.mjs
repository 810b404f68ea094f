import { chromium } from 'playwright-core';
const [url, out, w, h, sel] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader','--enable-unsafe-swiftshader','--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto(url); await p.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 30000 });
await p.waitForTimeout(1500);
await (sel ? p.locator(sel).screenshot({ path: out }) : p.screenshot({ path: out }));
await b.close();
