// The app in the newcomer's language: right to left for Arabic and Farsi,
// the first-start chooser, ?lang= links, German fallback with a marker, and
// languages kept for offline use.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';

const ARTIFACTS = fileURLToPath(new URL('../../target/artifacts/', import.meta.url));

test('a ?lang=ar link opens the app in Arabic, right to left', async ({ page }) => {
  await page.goto('/?lang=ar');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('استشارة ومساعدة للقادمين الجدد');
  await expect(page.getByTestId('first-stop')).toContainText('مكتب خدمات الهجرة');
  // The link's language became the choice; the address no longer carries it.
  await expect(page).toHaveURL(/\/$/);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}home-ar.png`, fullPage: true });
  await page.reload();
  await expect(html).toHaveAttribute('lang', 'ar');
});

test('in Arabic, phone numbers and times read left to right', async ({ page }) => {
  await page.goto('/offer/jobcenter-moers?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const number = page.getByTestId('phone-link').first().locator('bdi');
  await expect(number).toHaveText(/^[0-9 +()\-/]+$/);
  expect(await number.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  expect(await number.evaluate((el) => getComputedStyle(el.closest('main')).direction)).toBe('rtl');
  // Offer texts nobody has reviewed yet say so.
  await expect(page.getByTestId('machine-translated')).toHaveText('ترجمة آلية، لم تُراجع بعد');
});

test('switching language keeps the page, and a reload keeps the language', async ({ page }) => {
  await page.goto('/offer/jobcenter-moers?lang=ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('جوب سنتر مقاطعة فيزل – مكاتب مورس (Jobcenter)');
  await page.locator('#language-select').selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveURL(/\/offer\/jobcenter-moers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter округу Везель – відділення в Мерсі');
  await expect(page.getByRole('heading', { name: 'Години роботи' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter округу Везель – відділення в Мерсі');
});

test('a description missing in Farsi is shown in German, marked and tagged as German', async ({ page }) => {
  await page.goto('/offer/jobcenter-moers?lang=fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const about = page.locator('section[aria-labelledby="about-heading"]');
  const german = about.locator('p span[lang="de"]').first();
  await expect(german).toContainText('Das Jobcenter zahlt Bürgergeld');
  // An isolated left-to-right run inside the Farsi page: its full stop stays at its end.
  await expect(german).toHaveAttribute('dir', 'ltr');
  expect(await german.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await expect(about.locator('.only-de').first()).toHaveText('فقط به آلمانی');
  // The provider's German name is isolated too (as "… e.V." would otherwise break).
  await expect(page.locator('.provider bdi[lang="de"]')).toHaveText('Jobcenter Kreis Wesel');
  // The summary exists in Farsi: no marker there.
  await expect(page.locator('.summary span[lang="fa"]')).toBeVisible();
  await expect(page.locator('.summary .only-de')).toHaveCount(0);
});

test('in Farsi, the storage size reads left to right, with the Latin decimal point', async ({ page }) => {
  await page.goto('/about?lang=fa');
  const size = page.getByTestId('storage-used').locator('bdi[dir="ltr"]');
  await expect(size).toHaveText(/^\d+(\.\d)? (B|kB|MB)$/);
});

test.describe('first start', () => {
  test.use({ firstStart: true });

  test('a shared link opens its page at once, with a language bar above it; the pick keeps the page', async ({ page }) => {
    await page.goto('/offer/vhs-moers-integrationskurse');
    // The offer, not a chooser in front of it.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#main')).toBeVisible();
    const bar = page.getByTestId('first-start-bar');
    await expect(bar).toBeVisible();
    await expect(bar.getByRole('link')).toHaveCount(11);
    await expect(bar.getByRole('link', { name: 'ትግርኛ' })).toHaveAttribute('lang', 'ti');
    await expect(bar.getByRole('link', { name: 'العربية' })).toHaveAttribute('dir', 'rtl');
    await bar.getByRole('link', { name: 'Türkçe' }).click();
    await expect(bar).toHaveCount(0);
    // Focus was on the bar's link: it moves to the page's content.
    await expect(page.locator('#main')).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByRole('heading', { name: 'Çalışma saatleri' })).toBeVisible();
    await expect(page).toHaveURL(/\/offer\/vhs-moers-integrationskurse$/);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Çalışma saatleri' })).toBeVisible();
    await expect(page.getByTestId('first-start-bar')).toHaveCount(0);
  });

  test('closing the language bar keeps the language shown, also after a reload', async ({ page }) => {
    await page.goto('/emergency');
    await page.getByTestId('first-start-close').click();
    await expect(page.getByTestId('first-start-bar')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('first-start-bar')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});

test('a language used once works offline; one never loaded says so and changes nothing', async ({ page, context }) => {
  await page.goto('/?lang=ar');
  await expect(page.getByTestId('first-stop')).toContainText('مكتب خدمات الهجرة');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  // The locale fetched before the worker took over is handed to it.
  // (page.evaluate awaits the async check; waitForFunction would take the promise as true.)
  await expect
    .poll(() =>
      page.evaluate(async () => {
        for (const key of await caches.keys()) if (await (await caches.open(key)).match('/locales/ar.ftl')) return true;
        return false;
      }),
    )
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('استشارة ومساعدة للقادمين الجدد');
  await page.locator('#language-select').selectOption('ru');
  await expect(page.getByTestId('language-unavailable').first()).toContainText('Русский');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('#language-select')).toHaveValue('ar');
});
