// `node tests/perf/slow-link.mjs [dist]`: how long a first visit takes on slow
// links, in Debian's Chromium with the network and CPU throttled (DevTools
// emulation), the release build served with brotli as a host would. Prints
// when the loading screen and then the first content (the Servicestelle card)
// appear, and the bytes the server sent until the service worker had cached
// the app (page and worker together, bodies only). A report, not a test: the
// figures depend on the machine; README ("Size") keeps what was measured.
import { chromium } from '@playwright/test';
import { serve } from '../e2e/server.mjs';

const root = process.argv[2] ?? 'dist';
const LINKS = [
  ['400 kbit/s, 400 ms RTT (slow 3G)', 400, 400],
  ['1.6 Mbit/s, 150 ms RTT (fast 3G)', 1600, 150],
];
const server = await serve(root, 0, '127.0.0.1', { brotli: true });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [name, kbits, rtt] of LINKS) {
    for (const slowdown of [1, 4]) {
      const context = await browser.newContext();
      await context.addInitScript(() => localStorage.setItem('wegweiser.lang', 'de'));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const bytesPerSecond = (kbits * 1000) / 8;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: rtt,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      server.answered.length = 0;
      const start = Date.now();
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator('#boot').waitFor({ timeout: 60_000 });
      const boot = Date.now() - start;
      await page.getByTestId('first-stop').waitFor({ timeout: 120_000 });
      const content = Date.now() - start;
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
      const transferred = server.answered.reduce((sum, answer) => sum + answer.bytes, 0);
      console.log(`${name}, CPU ${slowdown}× slower: loading screen ${boot} ms, first content ${content} ms, ${transferred} B transferred`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
