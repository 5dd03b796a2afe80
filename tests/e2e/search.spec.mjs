// Finding offers: forgiving search, filters, state in the URL.
import { test, expect } from './fixtures.mjs';

const results = (page) => page.getByTestId('results').getByRole('heading', { level: 3 });

test('a misspelled query typed on the home page finds the right offer first', async ({ page }) => {
  await page.goto('/');
  const box = page.getByLabel('Angebote durchsuchen');
  await box.pressSequentially('Auslanderbehorde', { delay: 20 });
  await expect(page).toHaveURL(/\/search\?q=Auslanderbehorde$/);
  await expect(results(page).first()).toHaveText('Ausländerbehörde Moers');
  // Typing went on in the same box: focus stayed, nothing was lost.
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Auslanderbehorde');
});

test('typo and German term while the UI is English', async ({ page }) => {
  await page.goto('/search?lang=en');
  await page.getByLabel('Search offers').fill('Jobcentr');
  await expect(results(page).first()).toHaveText('Jobcenter Kreis Wesel – Moers offices');
  await page.getByLabel('Search offers').fill('Sprachkurs');
  await expect(results(page).first()).toContainText('VHS Moers');
});

test('language filter combined with a topic, kept over a reload', async ({ page }) => {
  await page.goto('/search');
  // Filters are folded away until opened (or until one is set).
  await page.getByText('Filter', { exact: true }).click();
  await page.getByLabel('Thema').selectOption('work');
  await page.getByLabel('Beratung auf').selectOption('ar');
  await expect(page).toHaveURL(/topic=work/);
  await expect(page).toHaveURL(/speaks=ar/);
  await expect(page.getByTestId('result-count')).toHaveText('Gefundene Angebote: 1');
  await expect(results(page).first()).toHaveText('Integration Point (Jobcenter und Agentur für Arbeit)');
  await page.getByLabel('Angebote durchsuchen').fill('arbeit');
  await expect(page).toHaveURL(/q=arbeit/);

  await page.reload();
  await expect(page.getByLabel('Thema')).toHaveValue('work');
  await expect(page.getByLabel('Beratung auf')).toHaveValue('ar');
  await expect(page.getByLabel('Angebote durchsuchen')).toHaveValue('arbeit');
  await expect(page.getByTestId('result-count')).toHaveText('Gefundene Angebote: 1');
});

test('ended offers are hidden by default and reachable by the toggle', async ({ page }) => {
  await page.goto('/search?q=Beratung');
  await expect(page.getByText(/Beendete Angebote ausgeblendet: \d+/)).toBeVisible();
  await expect(results(page).filter({ hasText: 'AWO' })).toHaveCount(0);
  await page.getByText('Filter', { exact: true }).click();
  await page.getByLabel('Beendete Angebote zeigen').check();
  await expect(page).toHaveURL(/ended=1/);
  await expect(results(page).filter({ hasText: 'AWO' }).first()).toBeVisible();
});

test('nothing found says so and offers the Servicestelle with its contact', async ({ page }) => {
  await page.goto('/search?q=Xylophonreparatur');
  const box = page.getByTestId('no-results');
  await expect(box).toContainText('Keine Angebote gefunden für „Xylophonreparatur“.');
  await expect(box.getByRole('link', { name: 'Servicestelle Zuwanderung' })).toBeVisible();
  await expect(box.locator('a[href^="tel:"]')).toBeVisible();
});

test('a topic page searches within its topic', async ({ page }) => {
  await page.goto('/category/helplines');
  await page.getByLabel('Angebote durchsuchen').fill('Kinder');
  await expect(page).toHaveURL(/topic=helplines/);
  await expect(results(page).first()).toHaveText('Nummer gegen Kummer – Kinder- und Jugendtelefon');
});

test('open now: a 24/7 helpline says so, an offer without hours says unknown', async ({ page }) => {
  await page.goto('/offer/telefonseelsorge');
  await expect(page.getByTestId('open-now')).toHaveText('Jetzt erreichbar, rund um die Uhr (telefonisch)');
  await page.goto('/offer/servicestelle-zuwanderung');
  await expect(page.getByTestId('open-now')).toHaveText('Öffnungszeiten unbekannt');
});
