// Display settings for people who see poorly (About page): high contrast and
// larger text persist over a reload, are on <html> before the app starts
// (pwa.js applies them), and keep every page readable at 320 px: axe-core's
// rules (contrast included) find nothing, in German and in Arabic, at the
// largest text size (200 %), and nothing scrolls sideways.
import { test, expect, violations } from './fixtures.mjs';

test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });

// The settings' groups by their legends (German).
const groups = { contrast: 'Kontrast', text: 'Schriftgröße', motion: 'Bewegung' };

async function choose(page, group, label) {
  await page.getByRole('group', { name: groups[group] }).getByLabel(label, { exact: true }).check();
}

test('high contrast and very large text persist over a reload and apply before the app starts', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { name: 'Darstellung' })).toBeVisible();
  await choose(page, 'contrast', 'Hoher Kontrast');
  await choose(page, 'text', 'Sehr groß');
  await choose(page, 'motion', 'Weniger Bewegung');
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-contrast', 'more');
  await expect(root).toHaveAttribute('data-text', 'larger');
  await expect(root).toHaveAttribute('data-motion', 'reduce');
  const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await size()).toBe('32px');
  // Another page: the settings are on <html> when the parser reaches <body>,
  // that is before anything is painted (the app's module script runs later).
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.body) return;
      seen.disconnect();
      const root = document.documentElement;
      window.atBody = { contrast: root.getAttribute('data-contrast'), text: root.getAttribute('data-text') };
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/offer/jobcenter-moers', { waitUntil: 'commit' });
  await page.waitForSelector('h1');
  expect(await page.evaluate(() => window.atBody)).toEqual({ contrast: 'more', text: 'larger' });
  await expect(root).toHaveAttribute('data-contrast', 'more');
  await expect(root).toHaveAttribute('data-text', 'larger');
  await page.locator('#app:not([hidden])').waitFor({ state: 'attached' });
  await page.goto('/about');
  await expect(page.getByRole('group', { name: 'Schriftgröße' }).getByLabel('Sehr groß', { exact: true })).toBeChecked();
  // "Standard" is remembered as such (it overrides the system's preference).
  await choose(page, 'contrast', 'Standard');
  await expect(root).toHaveAttribute('data-contrast', 'normal');
  await page.reload();
  await expect(root).toHaveAttribute('data-contrast', 'normal');
});

test('by keyboard: arrow keys move through a group, and focus stays on the choice', async ({ page }) => {
  await page.goto('/about');
  const standard = page.getByRole('group', { name: 'Schriftgröße' }).getByLabel('Standard', { exact: true });
  await standard.focus();
  await page.keyboard.press('ArrowRight');
  const large = page.getByRole('group', { name: 'Schriftgröße' }).getByLabel('Groß', { exact: true });
  await expect(large).toBeChecked();
  await expect(large).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
});

test('"Standard" text, once chosen, looks as if nothing had been chosen', async ({ page }) => {
  const looks = () => page.evaluate(() => ({
    count: getComputedStyle(document.querySelector('.category .count')).whiteSpace,
    wrap: getComputedStyle(document.body).overflowWrap,
  }));
  await page.goto('/');
  const untouched = await looks();
  expect(untouched).toEqual({ count: 'nowrap', wrap: 'normal' });
  await page.evaluate(() => localStorage.setItem('wegweiser.text', 'normal'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text', 'normal');
  expect(await looks()).toEqual(untouched);
  await page.evaluate(() => localStorage.setItem('wegweiser.text', 'large'));
  await page.reload();
  expect(await looks()).toEqual({ count: 'normal', wrap: 'anywhere' });
});

test('the system\'s "more contrast" applies while nothing is chosen', async ({ page }) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto('/');
  const brand = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
  expect(await brand()).toBe('#000');
  await page.goto('/about');
  await choose(page, 'contrast', 'Standard');
  expect(await brand()).toBe('#0b4f6c');
});

for (const lang of ['de', 'ar']) {
  test(`high contrast at 200 % text: no violations and nothing sideways at 320 px (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.addInitScript(() => {
      localStorage.setItem('wegweiser.contrast', 'more');
      localStorage.setItem('wegweiser.text', 'larger');
    });
    for (const path of ['/', '/offer/jobcenter-moers', '/emergency', '/about', '/category/work']) {
      await page.goto(`${path}?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('data-text', 'larger');
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      expect(await violations(page), `${path} ${lang}`).toEqual([]);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, `${path} ${lang}: scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
}
