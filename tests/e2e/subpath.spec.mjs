// A site under a sub-path (site.json's `base_path`; README "Use it for your
// town"): the build for `/wegweiser/` (`make release BASE_PATH=/wegweiser/`)
// served there and nowhere else, by the tests' server, by Caddy with
// deploy/Caddyfile and WEGWEISER_BASE (E2E_SERVER=caddy), or by nginx with
// deploy/nginx.conf and the routes the build wrote for the base
// (E2E_SERVER=nginx). Every link, fetch, the service worker, the manifest
// and the editor stay below the base, and what the site keeps in the browser
// is its own (a second guide on the same host never sees or clears it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITE = join(ROOT, 'target', 'dist-subpath');
const BASE = '/wegweiser/';

test.describe.configure({ mode: 'serial' });

/** The wasm's hashed name in a built page: the same code as dist/ has. */
const wasmOf = (site) => readFileSync(join(site, 'shell.html'), 'utf8').match(/wegweiser-[0-9a-f]{8,16}_bg\.wasm/)?.[0];
const same = (name) => readFileSync(join(SITE, name), 'utf8') === readFileSync(join(ROOT, 'dist', name), 'utf8');

let server;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  // Built once for the current code and directory (the second run, against Caddy, reuses it).
  const current = existsSync(join(SITE, 'shell.html')) && wasmOf(SITE) === wasmOf(join(ROOT, 'dist')) && same('directory.json');
  if (!current) {
    execFileSync('make', ['--no-print-directory', 'release', `BASE_PATH=${BASE}`, 'DIST=target/dist-subpath'], { cwd: ROOT, stdio: 'pipe' });
  }
  server = await serve(SITE, 0, '127.0.0.1', { base: BASE });
});
test.afterAll(async () => new Promise((ok) => server.close(ok)));
const origin = () => `http://127.0.0.1:${server.address().port}`;
const url = (path) => `${origin()}${BASE.slice(0, -1)}${path}`;

test('home, a topic and an offer: every link and every request below the base', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(url('/'));
  await expect(page.getByTestId('first-stop')).toContainText('Servicestelle Zuwanderung');
  const links = await page.locator('#app a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(10);
  expect(links.filter((href) => !href.startsWith(BASE)), 'links outside the site').toEqual([]);

  await page.locator('#app').getByTestId('emergency-link').click();
  await expect(page).toHaveURL(url('/emergency'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(url('/offer/jobcenter-moers'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter Kreis Wesel – Standorte Moers');
  // The search box in the header: the router stays below the base too.
  await page.getByRole('searchbox').first().fill('Tafel');
  await page.getByRole('searchbox').first().press('Enter');
  await expect(page).toHaveURL(new RegExp(`^${url('/search')}\\?q=Tafel`));
  await expect(page.getByTestId('results').getByRole('heading', { level: 3 }).first()).toContainText('Tafel');
  expect(requested.filter((p) => !p.startsWith(BASE)), 'requests outside the site').toEqual([]);
});

test('a deep link is its static page, then the app, in the language of the link', async ({ page }) => {
  const response = await page.goto(url('/offer/jobcenter-moers?lang=uk'));
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('Jobcenter Kreis Wesel');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jobcenter');
  // Outside the base the host knows nothing.
  const outside = await page.request.get(`${origin()}/offer/jobcenter-moers`, { maxRedirects: 0 });
  expect(outside.status()).toBe(404);
});

test('the manifest and the service worker are the site\'s; offline after one visit', async ({ page, context }) => {
  await page.goto(url('/'));
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', `${BASE}manifest.webmanifest`);
  const manifest = await (await page.request.get(url('/manifest.webmanifest'))).json();
  expect(manifest.id).toBe(BASE);
  expect(new URL(manifest.start_url, url('/manifest.webmanifest')).pathname).toBe(BASE);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(BASE);

  await context.setOffline(true);
  await page.goto(url('/offer/moerser-tafel'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tafel');
  await expect(page.getByTestId('offline')).toBeVisible();
  await context.setOffline(false);
});

test('what the site keeps in the browser is its own, and "delete everything" clears only that', async ({ page }) => {
  await page.goto(url('/about'));
  await page.getByRole('group', { name: 'Kontrast' }).getByLabel('Hoher Kontrast', { exact: true }).check();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  // Another guide on the same host, at the root: its own setting and cache.
  await page.evaluate(async () => {
    localStorage.setItem('wegweiser.contrast', 'normal');
    await (await caches.open('wegweiser-other')).put('/x', new Response('x'));
  });
  const kept = await page.evaluate(async () => ({
    settings: Object.keys(localStorage).sort(),
    databases: (await indexedDB.databases()).map((d) => d.name).sort(),
    caches: (await caches.keys()).sort(),
  }));
  expect(kept.settings).toContain('wegweiser.contrast@/wegweiser');
  expect(kept.databases).toContain('wegweiser@/wegweiser');
  expect(kept.databases).not.toContain('wegweiser');
  expect(kept.caches.some((c) => c.startsWith('wegweiser@/wegweiser-'))).toBe(true);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');

  page.once('dialog', (dialog) => dialog.accept());
  // Deleted, the app reloads into an empty start.
  await Promise.all([page.waitForEvent('load'), page.getByTestId('delete-all').click()]);
  await page.locator('#app:not([hidden])').waitFor({ state: 'attached' });
  expect(await page.evaluate(() => localStorage.getItem('wegweiser.contrast@/wegweiser'))).toBeNull();
  const left = await page.evaluate(async () => ({
    setting: localStorage.getItem('wegweiser.contrast'),
    caches: await caches.keys(),
  }));
  expect(left.setting, "the other site's setting").toBe('normal');
  expect(left.caches, "the other site's cache").toContain('wegweiser-other');
});

test('a real server keeps its rules below the base: caching, compression, each page its policy', async ({ request }) => {
  test.skip(!['caddy', 'nginx'].includes(process.env.E2E_SERVER), 'the rules of deploy/ (E2E_SERVER=caddy or nginx)');
  const wasm = await request.get(url(`/${wasmOf(SITE)}`), { headers: { 'accept-encoding': 'br' } });
  expect(wasm.status()).toBe(200);
  expect(wasm.headers()['cache-control']).toContain('immutable');
  expect(wasm.headers()['content-encoding']).toBe('br');
  const home = await request.get(url('/'));
  expect(home.headers()['cache-control']).toBe('no-cache');
  const editor = await request.get(url('/redaktion/'));
  const policy = (r) => r.headers()['content-security-policy'];
  expect(policy(home)).toContain("frame-ancestors 'none'");
  // Each allows its own loader script by hash: the editor's policy is not the app's.
  expect(policy(editor)).toContain("frame-ancestors 'none'");
  expect(policy(editor)).not.toBe(policy(home));
  const missing = await request.get(url('/offer/does-not-exist'));
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<div id=boot class=static-page>');
  expect((await request.get(url('/.hosting/nginx-site.conf'))).status(), 'the server snippets').toBe(404);
});

test.describe('the editor', () => {
  test.use({ waitForApp: false });
  test('lives at <base>redaktion/ and opens the site\'s published directory', async ({ page }) => {
    const bare = await page.request.get(url('/redaktion'), { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(new URL(bare.headers().location, url('/redaktion')).pathname).toBe(`${BASE}redaktion/`);
    await page.goto(url('/redaktion/'));
    await page.getByRole('button', { name: 'Veröffentlichtes Verzeichnis öffnen' }).click();
    // (Its file came from <base>directory.json: outside the base there is none.)
    await expect(page.getByTestId('list-count')).toContainText('Angeboten');
  });
});
