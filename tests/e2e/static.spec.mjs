// The static pages (src/prerender.rs) without any script: every offer, the
// home page, the emergency numbers and a topic show their heading, their
// `tel:` links and, for ended offers, the ended notice; the language bar's
// plain links are there. And a host's unknown path gets the not-found page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';

const DIST = process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
const directory = JSON.parse(readFileSync(`${DIST}/directory/de.json`, 'utf8'));
// The `tel:` target of a number as written (as src/domain/links.rs makes it).
function digits(number) {
  const d = number.replace(/\D/g, '');
  if (number.trim().startsWith('+')) return `+${d}`;
  if (d.startsWith('00')) return `+${d.slice(2)}`;
  if (d.startsWith('0')) return `+49${d.slice(1)}`;
  return d;
}

test.use({ javaScriptEnabled: false, waitForApp: false });

async function languageBar(page) {
  const bar = page.getByTestId('first-start-bar');
  await expect(bar.getByRole('link')).toHaveCount(11);
  await expect(bar.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '?lang=ar');
  await expect(bar.getByRole('link', { name: 'Українська' })).toHaveAttribute('hreflang', 'uk');
}

test('home, emergency numbers and a topic work without script', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('first-stop').locator('a[href^="tel:"]')).toBeVisible();
  await expect(page.locator('a[href="tel:110"]')).toBeVisible();
  await expect(page.locator('a[href="tel:112"]')).toBeVisible();
  await languageBar(page);

  await page.goto('/emergency');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const number of directory.emergency) {
    await expect(page.locator(`a[href="tel:${digits(number.number)}"]`).first()).toBeVisible();
  }
  await languageBar(page);

  const topic = directory.categories[0];
  await page.goto(`/category/${topic.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name.de);
  await expect(page.locator('#main a[href^="/offer/"]').first()).toBeVisible();
  // A plain link leads on, still without script.
  await page.locator('#main a[href^="/offer/"]').first().click();
  await expect(page).toHaveURL(/\/offer\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('every offer page shows its heading, its tel: links and, when ended, the ended notice', async ({ page }) => {
  test.setTimeout(60_000);
  for (const offer of directory.services) {
    const response = await page.goto(`/offer/${offer.id}`);
    expect(response.status(), offer.id).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), offer.id).toHaveText(offer.name.de);
    for (const phone of offer.phones ?? []) {
      await expect(page.locator(`#main a[href="tel:${digits(phone.number)}"]`).first(), offer.id).toBeVisible();
    }
    const notice = page.getByTestId('status-notice');
    if (offer.status?.state === 'ended') await expect(notice, offer.id).toContainText('Dieses Angebot gibt es nicht mehr.');
    await expect(page.locator('a[href="/emergency"]').first()).toBeVisible();
  }
  await languageBar(page);
});

test('an unknown path answers 404 with the not-found page and its way on', async ({ page }) => {
  const response = await page.goto('/offer/no-such-offer');
  expect(response.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toContainText('Diese Seite gibt es nicht.');
  await expect(page.getByTestId('not-found').locator('a[href="/"]')).toBeVisible();
});
