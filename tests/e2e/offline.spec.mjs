// Offline after one visit, and safe updates: the service worker in the release
// build, against its own copy of dist/ so files can change between visits.
// Playwright's context.setOffline(true) takes the service worker offline too.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, stored } from './fixtures.mjs';
import { serve } from './server.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

let root;
let server;
test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'wegweiser-'));
  cpSync(DIST, root, { recursive: true });
  server = await serve(root);
});
test.afterEach(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(root, { recursive: true, force: true });
});

const url = (path) => `http://127.0.0.1:${server.address().port}${path}`;
/** Changes a served file as a publisher would: its precompressed copies
 * (deploy/write-hosting.mjs; a host serves those first) go with the old text. */
function writeSiteFile(file, text) {
  writeFileSync(file, text);
  for (const copy of [`${file}.br`, `${file}.gz`]) rmSync(copy, { force: true });
}
/** The published directory file of the German UI (the build writes one per language). */
const germanDirectory = () => join(root, 'directory', 'de.json');
function editDirectory(change) {
  const dir = JSON.parse(readFileSync(germanDirectory(), 'utf8'));
  change(dir);
  writeSiteFile(germanDirectory(), JSON.stringify(dir));
}

/** First visit: load the app and wait until the service worker controls the page. */
async function firstVisit(page) {
  await page.goto(url('/'));
  await expect(page.getByTestId('first-stop')).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

test('after one visit, the app, deep links and search work with no connection', async ({ page, context }) => {
  await firstVisit(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByTestId('first-stop')).toContainText('Servicestelle Zuwanderung');
  await expect(page.getByTestId('offline')).toContainText('Offline');
  // The shell's stylesheet (handed over by the first visit's page) passed its integrity check.
  const rules = await page.evaluate(() => [...document.styleSheets].filter((s) => s.href?.endsWith('.css')).map((s) => s.cssRules.length));
  expect(rules.length, 'the shell links its stylesheet').toBe(1);
  expect(rules[0], 'the stylesheet applies').toBeGreaterThan(50);

  await page.goto(url('/offer/jobcenter-moers'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter Kreis Wesel – Standorte Moers');

  await page.goto(url('/search?q=Auslanderbehorde'));
  await expect(page.getByTestId('results').getByRole('heading', { level: 3 }).first()).toHaveText('Ausländerbehörde Moers');

  await context.setOffline(false);
  await page.reload();
  await expect(page.getByTestId('offline')).toHaveCount(0);
});

test('online again, a changed directory file is picked up', async ({ page }) => {
  await firstVisit(page);
  editDirectory((dir) => {
    dir.data_version = `9${dir.data_version}`;
    dir.services.find((s) => s.id === 'servicestelle-zuwanderung').name.de = 'Servicestelle Zuwanderung Moers';
  });
  await page.reload();
  await expect(page.getByTestId('first-stop').getByRole('heading', { level: 3 })).toHaveText('Servicestelle Zuwanderung Moers');
});

test('a corrupt directory download keeps the stored data and says so', async ({ page }) => {
  await firstVisit(page);
  await expect(page.getByTestId('directory-freshness')).toContainText('aktuell');
  const text = readFileSync(germanDirectory(), 'utf8');
  writeSiteFile(germanDirectory(), text.slice(0, text.length / 2));
  await page.reload();
  await expect(page.getByTestId('download-broken')).toContainText('Die neue Version des Verzeichnisses war fehlerhaft.');
  await expect(page.getByTestId('first-stop')).toContainText('Servicestelle Zuwanderung');
  await page.goto(url('/offer/jobcenter-moers'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter Kreis Wesel – Standorte Moers');
});

test('a first visit downloads each file once: the worker takes what the page already has', async ({ page }) => {
  // On a slow link the worker must not start fetching while the page still
  // downloads the app (it would download it a second time).
  server.delay = (path) => (path.endsWith('_bg.wasm') ? 1500 : 0);
  await firstVisit(page);
  // The worker's install has finished when it controls the page.
  const bodies = server.answered.filter((a) => a.status === 200).map((a) => a.path);
  const twice = bodies.filter((path, i) => bodies.indexOf(path) !== i);
  expect(twice, 'downloaded more than once').toEqual([]);
  // Files with a content hash in their name are not even revalidated.
  const hashed = server.answered.filter((a) => /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/.test(a.path));
  expect(new Set(hashed.map((a) => a.path)).size, 'the page loads wasm, glue and pwa.js').toBe(3);
  expect(hashed.filter((a) => a.status !== 200), 'hashed files asked again').toEqual([]);
  // The stylesheet came inline with the static page: the worker keeps that
  // text as the file, byte for byte, and never downloads it.
  const css = readFileSync(join(root, 'shell.html'), 'utf8').match(/href=["']?(\/main-[0-9a-f]+\.css)/)[1];
  expect(server.answered.filter((a) => a.path === css), 'stylesheet downloaded').toEqual([]);
  const cached = await page.evaluate(async (path) => (await caches.match(path))?.text(), css);
  expect(cached).toBe(readFileSync(join(root, css), 'utf8'));
  // The worker is registered only once the page has its files.
  const order = server.answered.map((a) => a.path);
  const wasm = order.findIndex((path) => path.endsWith('_bg.wasm'));
  expect(wasm, 'the app was downloaded').toBeGreaterThanOrEqual(0);
  expect(order.indexOf('/sw.js'), 'the worker is fetched after the app').toBeGreaterThan(wasm);
});

test('a repeat visit with nothing changed downloads no asset and checks the directory once', async ({ page }) => {
  await firstVisit(page);
  await page.reload();
  await expect(page.getByTestId('directory-freshness')).toContainText('aktuell');
  const seen = [];
  page.on('response', async (response) => {
    seen.push({ url: new URL(response.url()).pathname, status: response.status(), sw: response.fromServiceWorker() });
  });
  // Count what reaches the server: the service worker answers everything else.
  const served = [];
  server.on('request', (req) => served.push(`${req.method} ${req.url} ${req.headers['if-none-match'] ? '(conditional)' : ''}`.trim()));
  await page.reload();
  await expect(page.getByTestId('first-stop')).toBeVisible();
  await expect(page.getByTestId('directory-freshness')).toContainText('aktuell');
  const toServer = served.filter((r) => !r.includes('/sw.js'));
  expect(toServer, JSON.stringify(served)).toEqual(['GET /directory/de.json (conditional)']);
});

test('a new build waits for the user, then reload activates it', async ({ page }) => {
  await firstVisit(page);
  const version = () =>
    page.evaluate(
      () =>
        new Promise((ok) => {
          navigator.serviceWorker.addEventListener('message', (e) => ok(e.data.version), { once: true });
          navigator.serviceWorker.controller.postMessage({ type: 'VERSION' });
        }),
    );
  // A new build: the (minified) worker with another version.
  const current = await version();
  expect(current).toMatch(/^[0-9a-f]{16}$/);
  const sw = join(root, 'sw.js');
  writeSiteFile(sw, readFileSync(sw, 'utf8').replaceAll(`"${current}"`, `"${current}-next"`));
  await page.evaluate(() => window.wegweiser.checkForUpdate());
  const prompt = page.getByTestId('update-ready');
  await expect(prompt).toContainText('Eine neue Version ist bereit.');
  // Not forced: the old version keeps serving until the user agrees.
  expect(await version()).not.toMatch(/-next$/);
  // Listen before clicking: the reload can finish before a later listener exists.
  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Neu laden' }).click();
  await reloaded;
  await expect(page.getByTestId('first-stop')).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await version()).toMatch(/-next$/);
  await expect(page.getByTestId('update-ready')).toHaveCount(0);
});

test('the about page says the data stays here and shows the storage used', async ({ page }) => {
  await firstVisit(page);
  await page.getByRole('link', { name: 'Über die App' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Über diese App');
  await expect(page.getByText('bleibt auf diesem Gerät')).toBeVisible();
  await expect(page.getByTestId('storage-used')).toContainText(/Auf diesem Gerät gespeichert: \d+/);
  await expect(page.getByTestId('persisted')).toBeVisible();
});

test('saved contacts stay when their offer changes or leaves the directory', async ({ page }) => {
  await firstVisit(page);
  for (const id of ['jobcenter-moers', 'vhs-moers-integrationskurse']) {
    await page.goto(url(`/offer/${id}`));
    await page.getByTestId('save-contact').click();
    await expect(page.getByTestId('saved')).toBeVisible();
    await stored(page, `offer-${id}`);
  }
  editDirectory((dir) => {
    dir.data_version = '2099-01-01.1';
    dir.services = dir.services.filter((s) => s.id !== 'jobcenter-moers');
    dir.services.find((s) => s.id === 'vhs-moers-integrationskurse').phones = [{ number: '02841 201-999' }];
  });
  await page.goto(url('/contacts'));
  await expect(page.getByTestId('directory-freshness')).toContainText('aktuell');
  const gone = page.getByTestId('contact').filter({ hasText: 'Jobcenter' });
  await expect(gone.getByTestId('offer-gone')).toHaveText('Dieses Angebot steht nicht mehr im Verzeichnis. Ihre gespeicherten Angaben bleiben erhalten.');
  await expect(gone.locator('a[href="tel:+492819620777"]')).toBeVisible();
  const changed = page.getByTestId('contact').filter({ hasText: 'VHS' });
  await expect(changed).toContainText('geändert: Telefon');
  await expect(changed.locator('a[href="tel:+492841201999"]')).toBeVisible();
});

test('where the browser offers installing, an install button asks it; else no button', async ({ page }) => {
  await firstVisit(page);
  const install = page.getByRole('button', { name: 'App installieren' });
  await expect(install).toHaveCount(0);
  await expect(page.getByText('Auf iPhone oder iPad installieren')).toHaveCount(0);
  // What Chromium fires when the app may be installed (it never does headless).
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    offer.prompt = () => { window.installPrompted = (window.installPrompted || 0) + 1; };
    offer.userChoice = Promise.resolve({ outcome: 'accepted' });
    window.dispatchEvent(offer);
  });
  await expect(install).toBeVisible();
  await install.click();
  expect(await page.evaluate(() => window.installPrompted)).toBe(1);
  await expect(install).toHaveCount(0);
});

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
// iPadOS Safari sends a Mac's user agent; only its touch screen tells it apart.
const IPAD_OR_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const HINT = 'Auf iPhone oder iPad installieren: Teilen-Symbol antippen, dann „Zum Home-Bildschirm“.';
for (const [device, userAgent, hasTouch, hint] of [
  ['an iPhone', IPHONE, true, true],
  ['an iPad', IPAD_OR_MAC, true, true],
  ['a Mac', IPAD_OR_MAC, false, false],
]) {
  test.describe(`on ${device}`, () => {
    test.use({ userAgent, hasTouch });
    test(hint ? 'where no install event comes, a one-line hint says how to install' : 'no iPhone hint', async ({ page }) => {
      await page.goto(url('/'));
      await expect(page.getByTestId('first-stop')).toBeVisible();
      await expect(page.getByText(HINT)).toHaveCount(hint ? 1 : 0);
    });
  });
}
