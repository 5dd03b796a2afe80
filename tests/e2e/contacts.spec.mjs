// "My contacts": saved on the device only, with notes and appointments,
// exported as vCard and backup, and deleted on request.
import { readFileSync } from 'node:fs';
import { test, expect, stored } from './fixtures.mjs';

const card = (page, name) => page.getByTestId('contact').filter({ hasText: name });

async function saveJobcenter(page) {
  await page.goto('/offer/jobcenter-moers');
  await page.getByTestId('save-contact').click();
  await expect(page.getByTestId('saved')).toContainText('In meinen Kontakten gespeichert');
  // The tests load pages afresh right after: wait for the write to the device.
  await stored(page, 'offer-jobcenter-moers');
}

test('save an offer, add a note and an appointment; kept over reload and offline', async ({ page, context }) => {
  await saveJobcenter(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  await page.getByRole('link', { name: 'Meine Kontakte' }).first().click();
  const entry = card(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  await expect(entry).toBeVisible();
  await entry.getByText('Eigene Angaben und Termine').click();
  await entry.getByLabel('Raum', { exact: true }).fill('204');
  await entry.getByLabel('Raum', { exact: true }).press('Tab');
  await entry.getByLabel('Datum').fill('2030-01-15');
  await entry.getByLabel('Uhrzeit').fill('10:00');
  await entry.getByLabel('Mitbringen').fill('Pass');
  await entry.getByRole('button', { name: 'Termin hinzufügen' }).click();
  await expect(entry.getByTestId('appointment')).toContainText('15.1.2030');
  await expect(entry.getByTestId('next-appointment')).toContainText('Dienstag 15.1.2030 · 10:00');
  await stored(page, '2030-01-15');

  await page.reload();
  const again = card(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  await again.getByText('Eigene Angaben und Termine').click();
  await expect(again.getByLabel('Raum', { exact: true })).toHaveValue('204');
  await expect(again.getByTestId('appointment')).toContainText('Pass');

  await page.goto('/');
  await expect(page.getByTestId('upcoming')).toContainText('Jobcenter Kreis Wesel');

  await context.setOffline(true);
  await page.goto('/contacts');
  await expect(card(page, 'Jobcenter Kreis Wesel – Standorte Moers')).toBeVisible();
  await context.setOffline(false);
});

test('an edit is written while typing pauses, even when the field is never left', async ({ page }) => {
  await saveJobcenter(page);
  await page.goto('/contacts');
  const entry = card(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  await entry.getByText('Eigene Angaben und Termine').click();
  const room = entry.getByLabel('Raum', { exact: true });
  await room.click();
  await page.keyboard.type('B 17');
  // No Tab, no change event (as when a phone user switches apps): still stored.
  await stored(page, '"room":"B 17"');
  await expect(room).toBeFocused();
  await page.reload();
  await card(page, 'Jobcenter Kreis Wesel – Standorte Moers').getByText('Eigene Angaben und Termine').click();
  await expect(page.getByLabel('Raum', { exact: true })).toHaveValue('B 17');
  // Leaving the page right after typing (before the pause is over) loses nothing either.
  await page.getByLabel('Raum', { exact: true }).click();
  await page.keyboard.type('a');
  await page.getByRole('link', { name: 'Start', exact: true }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await stored(page, '"room":"B 17a"');
});

test('a saved offer is marked in lists', async ({ page }) => {
  await saveJobcenter(page);
  await page.goto('/category/work');
  const item = page.getByRole('listitem').filter({ hasText: 'Jobcenter Kreis Wesel – Standorte Moers' });
  await expect(item.getByTestId('saved-marker')).toHaveText('gespeichert');
});

test('export as vCard gives a correct file', async ({ page }) => {
  await saveJobcenter(page);
  await page.goto('/contacts');
  const entry = card(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  await entry.getByText('Eigene Angaben und Termine').click();
  await entry.getByLabel('Aktenzeichen / Kundennummer').fill('AZ 12, 3');
  await entry.getByLabel('Aktenzeichen / Kundennummer').press('Tab');
  const download = page.waitForEvent('download');
  await entry.getByRole('button', { name: 'Als vCard exportieren' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  expect(file).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  expect(file).toContain('FN:Jobcenter Kreis Wesel – Standorte Moers\r\n');
  expect(file).toContain('TEL;VALUE=uri;TYPE=work,voice:tel:+492819620777\r\n');
  expect(file).toContain('NOTE:Aktenzeichen: AZ 12\\, 3\r\n');
  expect(file).toMatch(/END:VCARD\r\n$/);
});

test('a broken backup changes nothing; a good one restores, without duplicates', async ({ page }) => {
  await saveJobcenter(page);
  await page.goto('/contacts');
  await expect(page.getByTestId('contact')).toHaveCount(1);

  await page.getByLabel('Sicherung einlesen').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "wegweiser-backup", "format_version": 1, "contacts": [') });
  await expect(page.getByTestId('import-message')).toHaveText('Diese Datei ist keine gültige Sicherung. Es wurde nichts geändert.');
  await page.getByLabel('Sicherung einlesen').setInputFiles({ name: 'y.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByTestId('import-message')).toHaveText('Diese Datei ist keine Sicherung des Wegweisers. Es wurde nichts geändert.');
  await expect(page.getByTestId('contact')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sicherung herunterladen' }).click();
  const backup = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(backup).format).toBe('wegweiser-backup');

  // Delete, undo, delete again; then restore from the backup.
  await card(page, 'Jobcenter').getByRole('button', { name: 'Löschen' }).click();
  await expect(page.getByTestId('contacts-empty')).toBeVisible();
  await page.getByTestId('undo').getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByTestId('contact')).toHaveCount(1);
  await card(page, 'Jobcenter').getByRole('button', { name: 'Löschen' }).click();
  // The file is picked through the app's own (translated) button: the label.
  const chooser = page.waitForEvent('filechooser');
  await page.locator('label[for="import-backup"]').click();
  await (await chooser).setFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByTestId('import-plan')).toContainText('Neu: 1 · ersetzt: 0 · schon vorhanden: 0');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByTestId('contact')).toHaveCount(1);
  // The same backup again: nothing new.
  await page.getByLabel('Sicherung einlesen').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByTestId('import-plan')).toContainText('Neu: 0 · ersetzt: 0 · schon vorhanden: 1');
});

test('delete all my data leaves an empty app', async ({ page }) => {
  await saveJobcenter(page);
  await page.goto('/about');
  await expect(page.getByTestId('contacts-count')).toHaveText('Gespeicherte Kontakte: 1');
  page.on('dialog', (dialog) => dialog.accept());
  // The app reloads itself when done: listen before clicking.
  const reloaded = page.waitForEvent('load');
  await page.getByTestId('delete-all').click();
  await reloaded;
  await page.goto('/contacts');
  await expect(page.getByTestId('contacts-empty')).toBeVisible();
  await page.goto('/about');
  await expect(page.getByTestId('contacts-count')).toHaveText('Gespeicherte Kontakte: 0');
});

test('an own contact can be added and edited', async ({ page }) => {
  await page.goto('/contacts');
  await page.getByText('Eigenen Kontakt hinzufügen').click();
  await page.getByLabel('Name', { exact: true }).fill('Grundschule Asberg – Sekretariat');
  await page.getByLabel('Telefon', { exact: true }).fill('02841 123456');
  await page.getByRole('button', { name: 'Speichern' }).click();
  const entry = card(page, 'Grundschule Asberg');
  await expect(entry.locator('a[href="tel:+492841123456"]')).toBeVisible();
  await entry.getByText('Eigene Angaben und Termine').click();
  await entry.getByLabel('Telefon').fill('02841 654321');
  await entry.getByLabel('Telefon').press('Tab');
  await stored(page, '02841 654321');
  await page.reload();
  await expect(card(page, 'Grundschule Asberg').locator('a[href="tel:+492841654321"]')).toBeVisible();
});

test('a browser that gives no storage: the directory works, and "saved" warns that contacts will be lost', async ({ page }) => {
  // As in some private modes: no IndexedDB at all.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await page.goto('/offer/jobcenter-moers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobcenter Kreis Wesel – Standorte Moers');
  await page.getByTestId('save-contact').click();
  await expect(page.getByTestId('saved')).toContainText('In meinen Kontakten gespeichert');
  await expect(page.getByTestId('no-storage')).toContainText('Gespeicherte Kontakte gehen verloren');
  await page.getByRole('link', { name: 'Meine Kontakte' }).first().click();
  await expect(page.getByTestId('contact')).toHaveCount(1);
  await expect(page.getByTestId('no-storage')).toBeVisible();
});
