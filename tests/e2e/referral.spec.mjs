// Staff tools: staff mode, a referral list put together and shared as a link
// or QR code, the referral opened offline by a newcomer, and its print view.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, stored } from './fixtures.mjs';

const ARTIFACTS = fileURLToPath(new URL('../../target/artifacts/', import.meta.url));

test('staff mode: build a referral, reorder it, pick the language, get link and QR code', async ({ page }) => {
  await page.goto('/offer/jobcenter-moers');
  // Off by default: newcomers see a simple app.
  await expect(page.getByTestId('referral-toggle')).toHaveCount(0);
  await expect(page.getByTestId('nav-referral')).toHaveCount(0);
  await page.goto('/about');
  await page.getByTestId('staff-mode').check();
  await expect(page.getByTestId('nav-referral')).toHaveText('Empfehlung (0)');
  for (const id of ['jobcenter-moers', 'vhs-moers-integrationskurse']) {
    await page.goto(`/offer/${id}`);
    const toggle = page.getByTestId('referral-toggle');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  await page.getByTestId('nav-referral').click();
  const items = page.getByTestId('referral-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Jobcenter');
  // By keyboard: the rows are drawn anew, focus stays with the moved offer
  // (on "down", as "up" is disabled at the top).
  await items.nth(1).getByRole('button', { name: 'Nach oben' }).focus();
  await page.keyboard.press('Enter');
  await expect(items.first()).toContainText('VHS');
  await expect(items.first().getByRole('button', { name: 'Nach unten' })).toBeFocused();
  await page.locator('#client-language').selectOption('uk');
  await expect(page.getByTestId('referral-link')).toHaveText(
    /^http:\/\/127\.0\.0\.1:\d+\/referral\?offers=vhs-moers-integrationskurse,jobcenter-moers&lang=uk$/,
  );
  await page.getByTestId('show-qr').click();
  const card = page.getByTestId('qr-card');
  await expect(card.locator('svg path')).toHaveAttribute('d', /^M\d+ \d+h\d+/);
  await card.getByRole('button', { name: 'Schließen' }).click();
  await expect(card).toHaveCount(0);
  // The list and the mode stay on this device.
  await page.reload();
  await expect(page.getByTestId('referral-item')).toHaveCount(2);
  // Removing by keyboard moves focus to the next offer's "remove".
  await items.first().getByRole('button', { name: 'Entfernen' }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Jobcenter');
  await expect(items.first().getByRole('button', { name: 'Entfernen' })).toBeFocused();
});

test('a referral link opens offline after one visit, shows unknown ids, and saves all', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('first-stop')).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  await context.setOffline(true);
  await page.goto('/referral?offers=jobcenter-moers,gibt-es-nicht,vhs-moers-integrationskurse,awo-fluechtlingsberatung-moers');
  const offers = page.getByTestId('referral-offer');
  await expect(offers).toHaveCount(3);
  await expect(offers.first()).toContainText('Jobcenter Kreis Wesel – Standorte Moers');
  await expect(page.getByTestId('referral-unknown')).toContainText('Unbekanntes Angebot (gibt-es-nicht)');
  // An ended offer stays on the list and says so; it is not saved as a contact.
  await expect(offers.nth(2)).toContainText('Dieses Angebot gibt es nicht mehr.');
  await expect(page.getByTestId('qr')).toBeVisible();
  await page.getByTestId('save-all').click();
  await expect(page.getByTestId('saved-all')).toHaveText('In meinen Kontakten gespeichert: 2');
  await stored(page, 'offer-jobcenter-moers');
  await stored(page, 'offer-vhs-moers-integrationskurse');
  await page.goto('/contacts');
  await expect(page.getByTestId('contact')).toHaveCount(2);
});

test('a referral link names the limit and shows duplicates once', async ({ page }) => {
  const many = Array.from({ length: 14 }, (_, i) => `angebot-${i}`);
  await page.goto(`/referral?offers=jobcenter-moers,jobcenter-moers,${many.join(',')}`);
  await expect(page.getByText('Eine Empfehlung fasst höchstens 12 Angebote.')).toBeVisible();
  await expect(page.getByText('Doppelt genannte Angebote werden nur einmal gezeigt.')).toBeVisible();
  await expect(page.getByTestId('referral-offer')).toHaveCount(1);
  await expect(page.getByTestId('referral-unknown')).toHaveCount(11);
});

test('the print view of a referral in Arabic has the Arabic and the German column (PDF saved)', async ({ page }) => {
  await page.goto('/referral?offers=jobcenter-moers,frauenberatung-moers&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const offer = page.getByTestId('referral-offer').first();
  const columns = offer.locator('.slip-col');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toHaveAttribute('dir', 'rtl');
  await expect(columns.nth(0)).toContainText('جوب سنتر مقاطعة فيزل');
  await expect(columns.nth(0)).toContainText('أوقات الدوام');
  await expect(columns.nth(1)).toHaveAttribute('lang', 'de');
  await expect(columns.nth(1)).toHaveAttribute('dir', 'ltr');
  await expect(columns.nth(1)).toContainText('Jobcenter Kreis Wesel – Standorte Moers');
  await expect(columns.nth(1)).toContainText('Öffnungszeiten');
  await expect(page.locator('.slip-head')).toContainText('Erstellt am');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByTestId('save-all')).toBeHidden();
  await expect(page.getByTestId('qr')).toBeVisible();
  // Side by side on paper.
  const [a, b] = await Promise.all([columns.nth(0).boundingBox(), columns.nth(1).boundingBox()]);
  expect(Math.abs(a.y - b.y)).toBeLessThan(5);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${ARTIFACTS}referral-ar-print.png`, fullPage: true });
  const pdf = `${ARTIFACTS}referral-ar.pdf`;
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a slip for one offer in the chosen language, without changing the app language', async ({ page }) => {
  await page.goto('/offer/frauenberatung-moers');
  await page.getByLabel('Sprache des Links').selectOption('fa');
  await page.getByTestId('print-slip').click();
  await expect(page).toHaveURL(/\/referral\?offers=frauenberatung-moers&lang=fa$/);
  const columns = page.getByTestId('referral-offer').locator('.slip-col');
  await expect(columns.nth(0)).toHaveAttribute('lang', 'fa');
  await expect(columns.nth(0)).toContainText('مرکز مشاورهٔ زنان مورس');
  await expect(columns.nth(0)).toContainText('ساعات کاری');
  await expect(columns.nth(1)).toContainText('Frauenberatungsstelle Moers');
  // The app itself stays German for the member of staff.
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
