// Browsing the bundled Moers directory in the release build.
import { test, expect } from './fixtures.mjs';

test('home shows the first stop, topics with counts and emergency numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beratung und Hilfe für Neuzugewanderte');
  const firstStop = page.getByTestId('first-stop');
  await expect(firstStop).toContainText('Servicestelle Zuwanderung');
  const topics = page.getByTestId('categories').getByRole('link');
  expect(await topics.count()).toBeGreaterThanOrEqual(6);
  await expect(topics.first()).toContainText(/Angebote: \d+/);
  await expect(page.locator('a[href="tel:112"]')).toBeVisible();
  await expect(page.getByTestId('emergency-link')).toBeVisible();
});

test('topic → offer → tel: link, map links and sources', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('categories').getByRole('link', { name: /Arbeit, Jobcenter/ }).click();
  await expect(page).toHaveURL(/\/category\/work$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeit, Jobcenter & Anerkennung');
  await page.getByRole('link', { name: 'Jobcenter Kreis Wesel – Standorte Moers' }).click();
  await expect(page).toHaveURL(/\/offer\/jobcenter-moers$/);
  const phone = page.getByTestId('phone-link').first();
  await expect(phone).toHaveAttribute('href', 'tel:+492819620777');
  await expect(page.getByTestId('geo-link').first()).toHaveAttribute('href', /^geo:0,0\?q=Hanckwitzstra/);
  await expect(page.getByTestId('schedule')).toContainText('08:00–15:30');
  await expect(page.getByText('Zuletzt geprüft: 24.11.2026')).toBeVisible();
});

test('in the app, a link draws its page at the top with its address; back and forward return; no reload', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 480 });
  await page.goto('/');
  await page.evaluate(() => { window.sameDocument = true; });
  const topic = page.getByTestId('categories').getByRole('link', { name: /Arbeit, Jobcenter/ });
  await topic.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY), 'the home page was scrolled').toBeGreaterThan(0);
  await topic.click();
  await expect(page).toHaveURL(/\/category\/work$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeit, Jobcenter & Anerkennung');
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the new page starts at its top' }).toBe(0);
  await page.getByRole('link', { name: 'Jobcenter Kreis Wesel – Standorte Moers' }).click();
  await expect(page).toHaveURL(/\/offer\/jobcenter-moers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter Kreis Wesel – Standorte Moers');
  await expect(page).toHaveTitle(/Jobcenter Kreis Wesel/);
  await page.goBack();
  await expect(page).toHaveURL(/\/category\/work$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeit, Jobcenter & Anerkennung');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter Kreis Wesel – Standorte Moers');
  // Another offer by the same route: its own page, not the one before.
  await page.evaluate(() => { history.pushState(null, '', '/offer/servicestelle-zuwanderung'); dispatchEvent(new PopStateEvent('popstate')); });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Servicestelle Zuwanderung');
  await page.evaluate(() => { history.pushState(null, '', '/nowhere/at/all'); dispatchEvent(new PopStateEvent('popstate')); });
  await expect(page.getByTestId('not-found')).toBeVisible();
  expect(await page.evaluate(() => window.sameDocument), 'all of it in one document').toBe(true);
});

test('the Servicestelle opens directly by its stable URL', async ({ page }) => {
  await page.goto('/offer/servicestelle-zuwanderung');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Servicestelle Zuwanderung');
  await expect(page.getByTestId('phone-link').first()).toHaveAttribute('href', 'tel:+4928412010');
  await expect(page).toHaveTitle(/Servicestelle Zuwanderung/);
});

test('an unknown offer says so and offers a way on', async ({ page }) => {
  await page.goto('/offer/does-not-exist');
  const box = page.getByTestId('not-found');
  await expect(box.getByRole('heading', { level: 1 })).toHaveText('Dieses Angebot gibt es nicht (mehr).');
  await box.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('first-stop')).toBeVisible();
});

test('an ended AWO offer is marked ended with its date', async ({ page }) => {
  await page.goto('/offer/awo-psz-niederrhein');
  const notice = page.getByTestId('status-notice');
  await expect(notice).toContainText('Dieses Angebot gibt es nicht mehr.');
  await expect(notice).toContainText('Beendet am 31.12.2025.');
});

test('switching to English translates the page and keeps it', async ({ page }) => {
  await page.goto('/offer/vhs-moers-integrationskurse');
  await page.getByLabel('Sprache', { exact: true }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/offer\/vhs-moers-integrationskurse$/);
  await expect(page.getByRole('heading', { name: 'Opening hours' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Contact' })).toBeVisible();
});

test('the emergency page lists numbers and helplines', async ({ page }) => {
  await page.goto('/emergency');
  await expect(page.locator('a[href="tel:110"]')).toBeVisible();
  await expect(page.locator('a[href="tel:116016"]')).toBeVisible();
});

test('an unknown path shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByTestId('not-found')).toContainText('Diese Seite gibt es nicht.');
});

/** Holds the wasm download back (as a weak link would) until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('while the app downloads (held 5 s), the static page is readable and its links work; then one copy of the app', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/offer/jobcenter-moers', { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  const title = await heading.textContent();
  const phone = page.locator('#main a[href^="tel:"]').first();
  await expect(phone).toBeVisible();
  await expect(page.locator('a[href="/emergency"]').first()).toBeVisible();
  await page.waitForTimeout(5000);
  await expect(page.locator('#app')).toBeHidden();
  // A plain link of the static page works before the app.
  await page.locator('header a.brand').click();
  await expect(page).not.toHaveURL(/jobcenter-moers/);
  await page.goBack({ waitUntil: 'commit' });
  await expect(heading).toHaveText(title);
  // Once loaded (with its pictograms' sprite): the browser's own scroll
  // restoration of a history entry comes at the load and would undo ours.
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => window.scrollTo(0, 200));
  release();
  await expect(page.locator('#app')).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('main')).toHaveCount(1);
  expect(await page.evaluate(() => window.scrollY), 'scroll position kept').toBe(200);
});

test('when the app cannot be downloaded, the static page stays, says so and offers a reload', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort('connectionreset'));
  await page.goto('/', { waitUntil: 'commit' });
  const boot = page.locator('#boot');
  await expect(boot).toContainText('Die App konnte nicht geladen werden');
  await expect(boot.locator('.boot-failed [lang="en"]')).toContainText('could not be loaded');
  await expect(page.getByTestId('first-stop')).toBeVisible();
  await page.unroute('**/*.wasm');
  await boot.getByRole('button', { name: 'Neu laden · Reload' }).click();
  await expect(page.locator('#app')).toBeVisible();
  await expect(page.getByTestId('first-stop')).toBeVisible();
});

test('a browser that refuses the service worker still starts the app, without an error screen', async ({ page }) => {
  await page.addInitScript(() => {
    // Refused a moment later, while the loading screen is up.
    navigator.serviceWorker.register = () =>
      new Promise((_, reject) => setTimeout(() => reject(new DOMException('not allowed', 'SecurityError')), 200));
  });
  const release = await holdWasm(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForTimeout(500);
  await expect(page.locator('#boot')).not.toContainText('konnte nicht geladen werden');
  release();
  await expect(page.locator('#app')).toBeVisible();
  await expect(page.getByTestId('first-stop')).toBeVisible();
});
