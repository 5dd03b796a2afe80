// A guide for any town: the Musterstadt sample (deploy/musterstadt.json,
// marked as sample data) published with the same build (`make publish`, as
// `make serve DIRECTORY=…` does) names its own town everywhere, says on every
// page that its offers are not real, and passes a smoke test: home, an offer
// opened directly, search, another language, the manifest. Nothing of Moers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { serve } from './server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let site;
let server;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = join(mkdtempSync(join(tmpdir(), 'musterstadt-')), 'site');
  execFileSync('make', ['--no-print-directory', 'publish', 'FILE=deploy/musterstadt.json', `DEST=${site}`], { cwd: ROOT, stdio: 'pipe' });
  server = await serve(site);
});
test.afterAll(async () => new Promise((ok) => server.close(ok)));
const url = (path) => `http://127.0.0.1:${server.address().port}${path}`;

test('home names Musterstadt, marks the data as sample, and shows its first stop', async ({ page }) => {
  await page.goto(url('/'));
  await expect(page.locator('.brand')).toHaveText('Wegweiser Musterstadt');
  await expect(page).toHaveTitle('Wegweiser Musterstadt');
  await expect(page.getByTestId('sample-data')).toHaveText('Beispieldaten: Diese Angebote sind nicht echt.');
  await expect(page.getByTestId('first-stop')).toContainText('Beispiel-Erstberatung für Neuzugewanderte');
  expect(await page.locator('body').innerText()).not.toMatch(/Moers/);
});

test('an offer opened directly, as a static page and in the app', async ({ page }) => {
  const html = readFileSync(join(site, 'offer/beispiel-sprachkurs.html'), 'utf8');
  expect(html).toContain('Beispiel-Sprachcafé');
  expect(html).toContain('<title>Beispiel-Sprachcafé – Wegweiser Musterstadt</title>');
  expect(existsSync(join(site, 'offer/jobcenter-moers.html')), 'no page of the other town').toBe(false);
  await page.goto(url('/offer/beispiel-sprachkurs'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beispiel-Sprachcafé');
  await expect(page.getByTestId('sample-data')).toBeVisible();
  await expect(page.locator('a[href^="tel:"]').first()).toHaveAttribute('href', /^tel:\+49123456710$/);
});

test('search finds a sample offer; in Arabic the sample note is Arabic and right to left', async ({ page }) => {
  await page.goto(url('/search?q=sprachcafe'));
  await expect(page.getByTestId('results').getByRole('heading', { level: 3 }).first()).toHaveText('Beispiel-Sprachcafé');
  await page.goto(url('/?lang=ar'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('sample-data')).toHaveText('بيانات تجريبية: هذه العروض ليست حقيقية.');
  await expect(page.locator('.brand')).toHaveText('Wegweiser Musterstadt');
});

test('the manifest, the shell and the HSDS export are Musterstadt\'s', async () => {
  const manifest = JSON.parse(readFileSync(join(site, 'manifest.webmanifest'), 'utf8'));
  expect(manifest.name).toBe('Wegweiser Musterstadt');
  expect(manifest.description).toBe('Wegweiser Musterstadt: Beratung und Hilfe für Neuzugewanderte');
  expect(manifest.theme_color).toBe(JSON.parse(readFileSync(join(ROOT, 'site.json'), 'utf8')).theme_color);
  const shell = readFileSync(join(site, 'shell.html'), 'utf8');
  expect(shell).toContain('<title>Wegweiser Musterstadt</title>');
  expect(shell).toContain('class=boot-brand>Wegweiser Musterstadt</p>');
  const hsds = JSON.parse(readFileSync(join(site, 'hsds/services.json'), 'utf8'));
  expect(hsds.contents.map((s) => s.name)).toContain('Beispiel-Sprachcafé');
  for (const name of ['shell.html', 'index.html', 'manifest.webmanifest', 'directory/de.json', 'hsds/services.json']) {
    expect(readFileSync(join(site, name), 'utf8'), name).not.toMatch(/Moers/);
  }
});
