// For staff and volunteers: share one offer, show a card at the desk.
import { test, expect } from './fixtures.mjs';

test('share without Web Share copies the link with the chosen language', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // Make sure the fallback path is taken, whatever this Chromium offers.
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await page.goto('/offer/jobcenter-moers');
  await page.getByLabel('Sprache des Links').selectOption('en');
  await page.getByTestId('share').click();
  const expected = `${new URL(baseURL).origin}/offer/jobcenter-moers?lang=en`;
  await expect(page.getByTestId('share-result')).toHaveText(`Link kopiert: ${expected}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('with Web Share, the system share sheet gets title, summary and link', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shared = null;
    Object.defineProperty(navigator, 'share', {
      value: (data) => {
        window.__shared = data;
        return Promise.resolve();
      },
      configurable: true,
    });
  });
  await page.goto('/offer/vhs-moers-integrationskurse');
  await page.getByTestId('share').click();
  await page.waitForFunction(() => window.__shared !== null);
  const shared = await page.evaluate(() => window.__shared);
  expect(shared.title).toContain('VHS Moers');
  expect(shared.url).toMatch(/\/offer\/vhs-moers-integrationskurse\?lang=de$/);
  await expect(page.getByTestId('share-result')).toHaveCount(0);
});

test('the desk card shows the request in German and in the user language', async ({ page }) => {
  await page.goto('/offer/auslaenderbehoerde-moers?lang=en');
  await page.getByTestId('show-at-desk').click();
  const cardView = page.getByTestId('desk-card');
  await expect(cardView.locator('.desk-german')).toHaveText('Guten Tag, ich möchte Hilfe oder einen Termin bei: Ausländerbehörde Moers.');
  await expect(cardView.locator('.desk-own')).toHaveText('Hello, I would like help or an appointment at: Immigration office (Ausländerbehörde) Moers.');
  // A dialog for keyboard users: focus on its button, Escape closes, focus returns.
  await expect(cardView.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cardView).toHaveCount(0);
  await expect(page.getByTestId('show-at-desk')).toBeFocused();
  await page.getByTestId('show-at-desk').click();
  await page.getByTestId('desk-card').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('desk-card')).toHaveCount(0);
});
