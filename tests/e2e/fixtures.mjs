// Shared test fixture: every page must keep all its requests on the test's own
// loopback server (no CDN, web fonts or analytics); a test fails on any other
// request, and on anything the page's Content-Security-Policy refuses. Some
// tests run their own server on another loopback port.
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const test = base.extend({
  // Most tests start as a returning German user; `test.use({ firstStart: true })`
  // shows the language chooser of a first start instead.
  firstStart: [false, { option: true }],
  // Every page opens as its static page (src/prerender.rs) and the app takes
  // its place once started: `goto` and `reload` wait for that, so a test works
  // with the app; not with `{ waitUntil: 'commit' }` (a test of what shows
  // before the app) or with `test.use({ waitForApp: false })`.
  waitForApp: [true, { option: true }],
  page: async ({ page, firstStart, waitForApp }, use) => {
    // What the page said and what failed, for the message when the app does
    // not take over (a rare timeout in CI: the message says where it stood).
    const log = [];
    page.on('console', (message) => log.push(`console.${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => log.push(`page error: ${error.message}`));
    page.on('requestfailed', (req) => log.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
    page.on('response', (res) => res.status() >= 400 && log.push(`HTTP ${res.status()}: ${res.url()}`));
    if (waitForApp) {
      const started = async () => {
        try {
          await page.locator('#app:not([hidden])').waitFor({ state: 'attached', timeout: 15_000 });
        } catch (error) {
          const state = await page
            .evaluate(() => ({
              url: location.href,
              readyState: document.readyState,
              app: document.getElementById('app')?.outerHTML.slice(0, 300) ?? 'no #app',
              boot: document.getElementById('boot')?.hasAttribute('hidden') ? 'hidden' : 'shown',
              worker: navigator.serviceWorker?.controller?.state ?? 'no controller',
              wasm: performance.getEntriesByType('resource').filter((e) => /\.(wasm|js)$/.test(e.name)).map((e) => `${e.name.split('/').pop()} ${Math.round(e.duration)} ms`),
            }))
            .catch((e) => `page not readable: ${e.message}`);
          throw new Error(`the app did not take over within 15 s: ${JSON.stringify(state)}\n${log.slice(-30).join('\n')}`, { cause: error });
        }
      };
      for (const name of ['goto', 'reload']) {
        const original = page[name].bind(page);
        page[name] = async (...args) => {
          const response = await original(...args);
          if (args.find((a) => typeof a === 'object')?.waitUntil !== 'commit') await started();
          return response;
        };
      }
    }
    if (!firstStart) {
      await page.addInitScript(() => {
        if (!localStorage.getItem('wegweiser.lang')) localStorage.setItem('wegweiser.lang', 'de');
      });
    }
    const foreign = [];
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('http://127.0.0.1:') && !url.startsWith('data:')) foreign.push(url);
    });
    // Nothing the app does may be refused by its own Content-Security-Policy.
    const refused = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refused.push(message.text());
    });
    await use(page);
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(refused, 'Content-Security-Policy violations').toEqual([]);
  },
});

/** Waits until IndexedDB holds a contact containing `text` (writes are asynchronous).
 * `page.evaluate` awaits the promise; `page.waitForFunction` would not (a
 * promise is truthy), which once made this helper return at once. */
export async function stored(page, text) {
  const holds = () =>
    page.evaluate(
      (needle) =>
        new Promise((done) => {
          const open = indexedDB.open('wegweiser');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('contacts')) {
              db.close();
              done(false);
              return;
            }
            const all = db.transaction('contacts').objectStore('contacts').getAll();
            all.onsuccess = () => {
              db.close();
              done(all.result.some((json) => json.includes(needle)));
            };
            all.onerror = () => done(false);
          };
          open.onerror = () => done(false);
        }),
      text,
    );
  await expect.poll(holds, { message: `a stored contact containing ${text}` }).toBe(true);
}

/** What axe-core (WCAG 2.1 A and AA rules) finds on the page; needs `bypassCSP`
 * (axe is injected as an inline script, which the CSP refuses, as it should). */
export async function violations(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

export { expect };
