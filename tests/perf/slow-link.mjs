// `node tests/perf/slow-link.mjs [dist]`: a first visit on a slow link, in
// Debian's Chromium with DevTools network emulation (400 kbit/s, 400 ms round
// trips: slow 3G; CPU not slowed), a fresh profile each time, the release
// build served with brotli as a host would. For each page a shared link would
// open it prints when useful content was on screen (the page's heading and its
// own `tel:` link visible), the bytes received until then (every response
// finished by then, with what loads in parallel, such as the glue; and the
// page's own document among them), when the app had
// taken over (it answers input from then on) and the bytes of the whole first
// visit (until the service worker controls the page and has cached the app).
// A report, not a test: the figures depend on the machine; README ("Size")
// keeps what was measured. `make test` prints it.
import { chromium } from '@playwright/test';
import { serve } from '../e2e/server.mjs';

const root = process.argv[2] ?? 'dist';
const PAGES = (process.env.PAGES ?? '/,/emergency,/offer/jobcenter-moers?lang=uk').split(',');
const server = await serve(root, 0, '127.0.0.1', { brotli: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});

/** The page's heading and its own tel: link are on screen (static page or app). */
function useful() {
  const seen = (el) => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const main = [...document.querySelectorAll('main')].find(seen);
  return !!main && seen(main.querySelector('h1')) && [...main.querySelectorAll('a[href^="tel:"]')].some(seen);
}

/** The app has taken the static page's place (or, in builds before static pages, has drawn content). */
function started() {
  const app = document.getElementById('app');
  if (app) return !app.hidden;
  return !document.getElementById('boot') && !!document.querySelector('main h1');
}

try {
  // Warm up: the test server compresses each file on its first request
  // (brotli 11 of the wasm takes seconds); a host serves precompressed files.
  const warm = await browser.newContext();
  await warm.addInitScript(() => localStorage.setItem('wegweiser.lang', 'de'));
  const warmPage = await warm.newPage();
  await warmPage.goto(base + PAGES[0]);
  await warmPage.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
  await warm.close();
  for (const path of PAGES) {
    const context = await browser.newContext({ locale: 'de-DE' });
    // CHOSEN=de: a returning user's language (builds before the first-start
    // bar put a full-screen chooser in front of every page of a fresh profile).
    if (process.env.CHOSEN) await context.addInitScript((code) => localStorage.setItem('wegweiser.lang', code), process.env.CHOSEN);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Bytes as the page received them (through the emulated link), per finished response.
    let received = 0;
    let documentId = null;
    let documentBytes = 0;
    cdp.on('Network.requestWillBeSent', (e) => { if (e.type === 'Document' && !documentId) documentId = e.requestId; });
    cdp.on('Network.loadingFinished', (e) => {
      received += e.encodedDataLength;
      if (e.requestId === documentId) documentBytes = e.encodedDataLength;
    });
    const bytesPerSecond = (400 * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    server.answered.length = 0;
    const start = Date.now();
    await page.goto(base + path, { waitUntil: 'commit' });
    await page.waitForFunction(useful, null, { timeout: 120_000, polling: 20 });
    const content = Date.now() - start;
    // Responses complete by then (what had to arrive; the wasm is still on its way).
    const before = received;
    // (A page shown while its last bytes are still arriving has not finished.)
    const pageNote = documentBytes ? `the page ${(documentBytes / 1024).toFixed(1)} KB` : 'the page still arriving';
    await page.waitForFunction(started, null, { timeout: 120_000, polling: 20 });
    const app = Date.now() - start;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
    // Let the worker finish caching (installation completed: it controls the page).
    const total = server.answered.reduce((sum, answer) => sum + answer.bytes, 0);
    console.log(
      `slow 3G ${path}: useful content ${(content / 1000).toFixed(1)} s after ${Math.round(before / 1024)} KB ` +
        `(${pageNote}); ` +
        `app took over ${(app / 1000).toFixed(1)} s; first visit ${Math.round(total / 1024)} KB`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
