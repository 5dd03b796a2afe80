// The editor (/redaktion/): the Servicestelle opens the published directory,
// edits with forms, sees the preview, and saves a file the app accepts. The
// downloaded file passes the command-line check; published with
// `make publish`, the newcomers' app shows the change.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
test.use({ waitForApp: false });

/** Runs the command-line check on `file`: its exit code and output. */
function checkDirectory(file) {
  const binary = join(ROOT, 'target/debug/check_directory');
  const [cmd, args] = existsSync(binary)
    ? [binary, [file]]
    : ['cargo', ['run', '--quiet', '--locked', '--bin', 'check_directory', '--', file]];
  try {
    return { code: 0, output: execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }) };
  } catch (e) {
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

async function openPublished(page) {
  await page.goto('/redaktion/');
  await page.getByRole('button', { name: 'Veröffentlichtes Verzeichnis öffnen' }).click();
  await expect(page.getByTestId('list-count')).toContainText('Angeboten');
}

async function openOffer(page, name) {
  await page.getByLabel('Suche nach Name').fill(name);
  await page.getByTestId('entries').getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** Downloads the saved file into a fresh folder; its path. */
async function save(page) {
  await page.getByRole('button', { name: 'Speichern …' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'redaktion-')), 'directory.json');
  await download.saveAs(file);
  await expect(page.getByTestId('saved')).toBeVisible();
  return file;
}

test('phone, weekly hours and a closed day for the Servicestelle: preview, save, check', async ({ page }) => {
  await openPublished(page);
  await openOffer(page, 'Servicestelle Zuwanderung');
  const form = page.locator('form.entry-form');
  await form.getByRole('button', { name: 'Telefonnummer hinzufügen' }).click();
  // Typed key by key: every keystroke is validated and kept, the field keeps the focus.
  const number = form.getByLabel('Nummer').last();
  await number.click();
  await number.pressSequentially('02841 201-777');
  await expect(number).toBeFocused();
  await expect(number).toHaveValue('02841 201-777');
  await form.getByRole('button', { name: 'Zeitfenster hinzufügen' }).first().click();
  const slot = form.locator('fieldset.slot').last();
  await slot.getByLabel('Montag').uncheck();
  await slot.getByLabel('Donnerstag').check();
  await slot.getByLabel('von').fill('09:00');
  await slot.getByLabel('bis').fill('12:00');
  await slot.getByLabel('Art').selectOption('walk_in');
  await form.getByRole('button', { name: 'Ausnahme an einem Datum hinzufügen' }).click();
  await form.locator('fieldset.exception').last().getByLabel('Datum').fill('2026-12-10');

  // The preview at a fixed clock: a Thursday morning is open, the closed Thursday is not.
  const preview = page.getByTestId('preview');
  await page.locator('#preview-date').fill('2026-12-03');
  await page.locator('#preview-time').fill('10:00');
  await expect(preview.getByTestId('open-now')).toHaveText('Jetzt geöffnet, bis 12:00 (offene Sprechstunde)');
  await expect(preview).toContainText('02841 201-777');
  await page.locator('#preview-date').fill('2026-12-10');
  await expect(preview.getByTestId('open-now')).toHaveText('Geschlossen, öffnet 17.12.2026 um 09:00 (offene Sprechstunde)');
  // In Arabic, right to left, with the app's own texts.
  await page.locator('#preview-lang').selectOption('ar');
  await expect(preview).toHaveAttribute('dir', 'rtl');
  await page.locator('#preview-date').fill('2026-12-03');
  await expect(preview.getByTestId('open-now')).toContainText('مفتوح الآن حتى 12:00');

  const file = await save(page);
  const check = checkDirectory(file);
  expect(check.output).toContain('in Ordnung');
  expect(check.code).toBe(0);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  const s = saved.services.find((x) => x.id === 'servicestelle-zuwanderung');
  expect(s.phones.map((p) => p.number)).toContain('02841 201-777');
  expect(s.schedule.slots).toEqual([{ days: ['th'], opens: '09:00', closes: '12:00', mode: 'walk_in' }]);
  expect(s.schedule.exceptions).toEqual([{ date: '2026-12-10' }]);
  expect(saved.data_version).not.toBe(JSON.parse(readFileSync(join(ROOT, 'public/directory.json'), 'utf8')).data_version);
});

test('closing before opening: the message is at the field and saving is blocked', async ({ page }) => {
  await openPublished(page);
  await openOffer(page, 'Servicestelle Zuwanderung');
  const form = page.locator('form.entry-form');
  await form.getByRole('button', { name: 'Zeitfenster hinzufügen' }).first().click();
  const slot = form.locator('fieldset.slot').last();
  await slot.getByLabel('von').fill('14:00');
  await slot.getByLabel('bis').fill('12:00');
  const closes = slot.getByLabel('bis');
  await expect(closes).toHaveAttribute('aria-invalid', 'true');
  await expect(slot.locator('.field-problem').filter({ hasText: 'Das Ende muss nach dem Beginn liegen.' })).toBeVisible();
  await expect(page.getByTestId('preview')).toContainText('sobald der Eintrag keine Fehler mehr hat');
  await page.getByRole('button', { name: 'Speichern …' }).click();
  await expect(page.getByTestId('download')).toBeDisabled();
  // The problem list leads back to the field.
  await page.getByRole('button', { name: /Zeitfenster 1 › bis: Das Ende muss nach dem Beginn liegen/ }).click();
  await expect(page.locator('form.entry-form fieldset.slot').last().getByLabel('bis')).toBeFocused();
});

test('a draft survives a reload and going offline', async ({ page, context }) => {
  // The app's service worker, installed by a newcomer page, keeps the editor once opened.
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await openPublished(page);
  await openOffer(page, 'Servicestelle Zuwanderung');
  await page.locator('form.entry-form').getByRole('button', { name: 'Telefonnummer hinzufügen' }).click();
  await page.locator('form.entry-form').getByLabel('Nummer').last().fill('02841 201-555');
  await expect(page.getByTestId('draft-status')).toContainText('Entwurf auf diesem Gerät gesichert');
  await page.reload();
  await expect(page.getByTestId('draft-found')).toContainText('Es gibt einen Entwurf vom');
  await page.getByRole('button', { name: 'Entwurf fortsetzen' }).click();
  await openOffer(page, 'Servicestelle Zuwanderung');
  await expect(page.locator('form.entry-form').getByLabel('Nummer').last()).toHaveValue('02841 201-555');

  await context.setOffline(true);
  await page.locator('form.entry-form').getByLabel('Nummer').last().fill('02841 201-556');
  await expect(page.getByTestId('draft-status')).toContainText('gesichert');
  await page.reload();
  await page.getByRole('button', { name: 'Entwurf fortsetzen' }).click();
  await openOffer(page, 'Servicestelle Zuwanderung');
  await expect(page.locator('form.entry-form').getByLabel('Nummer').last()).toHaveValue('02841 201-556');
  await context.setOffline(false);
});

test('marking an offer ended keeps it in the file with its date', async ({ page }) => {
  await openPublished(page);
  await openOffer(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Angebot als beendet markieren' }).click();
  await expect(page.locator('form.entry-form').getByLabel('Zustand')).toHaveValue('ended');
  const file = await save(page);
  const s = JSON.parse(readFileSync(file, 'utf8')).services.find((x) => x.id === 'jobcenter-moers');
  expect(s.status.state).toBe('ended');
  expect(s.status.ended_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
