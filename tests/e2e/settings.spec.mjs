// A device that refuses to keep the small settings (storage blocked, private
// mode, storage full: localStorage.setItem throws). The app says so, in the
// UI language, on the page where it happened, and the setting still applies
// until the app is closed; nothing pretends to be kept.
import { test, expect } from './fixtures.mjs';

test.use({ viewport: { width: 320, height: 640 } });

test.beforeEach(async ({ page }) => {
  // After the fixture's own init script (which keeps German as the chosen language).
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
});

test('a display setting the device does not keep applies now and says so, at the top while scrolled', async ({ page }) => {
  await page.goto('/about');
  const notice = page.getByTestId('settings-refused');
  await expect(notice).toHaveCount(0);
  await page.getByRole('group', { name: 'Kontrast' }).getByLabel('Hoher Kontrast', { exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('Dieses Gerät hat Ihre Einstellung nicht gespeichert');
  // The settings are far down the page at 320 px: the notice stays in view.
  const box = await notice.boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(5);
  await notice.getByRole('button', { name: 'Schließen' }).click();
  await expect(notice).toHaveCount(0);
  // The next refused write says it again.
  await page.getByRole('group', { name: 'Schriftgröße' }).getByLabel('Groß', { exact: true }).check();
  await expect(notice).toBeVisible();
  // Nothing was kept: a reload shows the standard look again, as the notice said.
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'more');
  await expect(notice).toHaveCount(0);
});

test('a language link the device cannot keep stays in the address, and the notice is in that language', async ({ page }) => {
  await page.goto('/offer/jobcenter-moers?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('settings-refused')).toContainText('لم يحفظ هذا الجهاز إعدادك');
  // A reload still shows Arabic: the address kept what the device did not.
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the staff list the device cannot keep says so', async ({ page }) => {
  await page.goto('/about');
  await page.getByLabel(/Ich helfe Neuzugewanderten/).check();
  await expect(page.getByTestId('settings-refused')).toBeVisible();
});
