// Automated accessibility check (axe-core, WCAG 2.1 A and AA rules: names and
// labels, landmarks, lang, contrast, ARIA use) of every page, in German and in
// Arabic (right to left), plus the dialogs and the staff tools. axe finds only
// part of what matters; keyboard and screen-reader behaviour is tested in the
// last test here and in the other specs (dialogs in share.spec.mjs).
import { test, expect, stored, violations } from './fixtures.mjs';

// The narrowest phones (and 400 % zoom of a 1280 px window): content must
// reflow, never scroll sideways (WCAG 1.4.10).
// axe is injected as an inline script, which the app's Content-Security-Policy
// refuses (as it should: csp.spec.mjs); these tests let Playwright bypass it.
test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });

const PAGES = [
  ['home', '/'],
  ['topic', '/category/language'],
  ['offer', '/offer/jobcenter-moers'],
  ['ended offer', '/offer/awo-fluechtlingsberatung-moers'],
  ['search with filters open', '/search?q=beratung'],
  ['emergency', '/emergency'],
  ['my contacts', '/contacts'],
  ['about', '/about'],
  ['referral', '/referral?offers=jobcenter-moers,unbekannt,servicestelle-zuwanderung'],
  ['not found', '/offer/gibt-es-nicht'],
];

for (const lang of ['de', 'ar']) {
  test(`no WCAG 2.1 AA violations axe can find, every page, ${lang}`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const [name, path] of PAGES) {
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${path}${sep}lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('main h1').first()).toBeVisible();
      if (name.startsWith('search')) await page.locator('details.filters > summary, details > summary').first().click();
      expect(await violations(page), `${name} (${path}) in ${lang}`).toEqual([]);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, `${name} in ${lang} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
}

test.describe('first start', () => {
  test.use({ firstStart: true, locale: 'ar-SY' });
  test('the first-start language bar (the page offered in Arabic) has no violations axe can find', async ({ page }) => {
    await page.goto('/');
    const bar = page.getByTestId('first-start-bar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(bar.getByRole('link')).toHaveCount(11);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByTestId('first-stop')).toBeVisible();
    expect(await violations(page), 'first-start bar').toEqual([]);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, 'the bar scrolls sideways').toBeLessThanOrEqual(0);
  });
});

test('dialogs and staff tools have no violations axe can find', async ({ page }) => {
  await page.goto('/offer/servicestelle-zuwanderung');
  await page.getByRole('button', { name: 'Am Schalter zeigen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'desk card').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'QR-Code zeigen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'QR card').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/about');
  await page.getByLabel(/Ich helfe Neuzugewanderten/).check();
  await page.goto('/offer/jobcenter-moers');
  await page.getByRole('button', { name: /Zur Empfehlung hinzufügen/ }).click();
  await page.goto('/referral');
  expect(await violations(page), 'referral builder').toEqual([]);
});

test('keyboard only: skip link, topic, offer; focus moves to the new content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('categories')).toBeVisible();
  // The first Tab reaches the skip link, which becomes visible and leads to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // Tab on until the first topic link, open it with Enter.
  const topic = page.getByTestId('categories').getByRole('link').first();
  for (let i = 0; i < 40 && !(await topic.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(topic).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/category\//);
  // After the client-side navigation focus is on the new content, not lost at the top.
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /\/offer\//);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/offer\//);
  await expect(page.locator('#main')).toBeFocused();
});

test('keyboard: save, delete, undo and removing an appointment keep focus in place', async ({ page }) => {
  await page.goto('/offer/jobcenter-moers');
  await page.getByTestId('save-contact').focus();
  await page.keyboard.press('Enter');
  // The button gives way to the note; focus follows to its link.
  await expect(page.getByTestId('saved').getByRole('link', { name: 'Meine Kontakte' })).toBeFocused();
  await stored(page, 'offer-jobcenter-moers');

  await page.goto('/contacts');
  const entry = page.getByTestId('contact').first();
  await entry.getByText('Eigene Angaben und Termine').click();
  for (const date of ['2030-03-01', '2030-03-02']) {
    await entry.getByLabel('Datum').fill(date);
    await entry.getByRole('button', { name: 'Termin hinzufügen' }).click();
  }
  await expect(entry.getByTestId('appointment')).toHaveCount(2);
  await entry.getByTestId('appointment').first().getByRole('button', { name: 'Löschen' }).focus();
  await page.keyboard.press('Enter');
  await expect(entry.getByTestId('appointment')).toHaveCount(1);
  await expect(entry.getByTestId('appointment').first().getByRole('button', { name: 'Löschen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entry.getByTestId('appointment')).toHaveCount(0);
  await expect(entry.getByLabel('Datum')).toBeFocused();

  await entry.locator('.actions').getByRole('button', { name: 'Löschen' }).focus();
  await page.keyboard.press('Enter');
  const undo = page.getByTestId('undo').getByRole('button', { name: 'Rückgängig' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('contact')).toHaveCount(1);
  await expect(page.getByTestId('contact').first().locator('.actions').getByRole('button', { name: 'Löschen' })).toBeFocused();
});

test('an open contact with a failed write ("not saved", "try again") has no violations axe can find, ar', async ({ page }) => {
  await page.goto('/contacts?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('details:has(#own-name) > summary').click();
  await page.locator('#own-name').fill('مدرسة أسبرغ');
  await page.locator('form:has(#own-name) button[type="submit"]').click();
  await stored(page, 'مدرسة أسبرغ');
  await page.getByTestId('contact').locator('details.contact-details > summary').click();
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const note = page.getByTestId('contact').locator('input[id$="-note"]');
  await note.fill('جواز السفر');
  await note.press('Tab');
  await expect(page.getByTestId('save-state').getByRole('alert')).toBeVisible();
  expect(await violations(page), 'contact with a failed write in ar').toEqual([]);
});
