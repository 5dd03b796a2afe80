// State you can trust: an edit lands on the entry it was made in (also when
// the list re-sorts), "saved" is said only once the device has the data, a
// failed write says so and keeps the text, and every text follows the
// language at once. Each test failed on the code before keyed lists.
import { readFileSync } from 'node:fs';
import { test, expect, stored } from './fixtures.mjs';
import { backupOf } from './backups.mjs';

const DIRECTORY = JSON.parse(readFileSync(new URL('../../public/directory.json', import.meta.url), 'utf8'));

const card = (page, name) => page.getByTestId('contact').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** Every stored contact: id → the stored JSON text, exactly as written. */
function storedRecords(page) {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('wegweiser');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('contacts');
          const store = tx.objectStore('contacts');
          const keys = store.getAllKeys();
          const values = store.getAll();
          tx.oncomplete = () => {
            db.close();
            done(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
          };
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
  );
}

async function addOwnContact(page, name) {
  const form = page.locator('details', { has: page.getByText('Eigenen Kontakt hinzufügen') });
  if (!(await form.evaluate((el) => el.open))) await page.getByText('Eigenen Kontakt hinzufügen').click();
  await page.locator('#own-name').fill(name);
  await page.locator('#own-phone').fill('02841 100');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await stored(page, name);
}

test('renaming an entry so that the list re-sorts changes only that entry', async ({ page }) => {
  await page.goto('/contacts');
  await addOwnContact(page, 'Zora Test');
  await addOwnContact(page, 'Berta Test');
  const before = await storedRecords(page);
  const zoraId = Object.keys(before).find((k) => before[k].includes('Zora Test'));
  const bertaId = Object.keys(before).find((k) => before[k].includes('Berta Test'));

  const zora = card(page, 'Zora Test');
  await zora.getByText('Eigene Angaben und Termine').click();
  const name = page.locator(`#${zoraId}-name`);
  await name.selectText();
  await page.keyboard.type('Anna');
  // The pause writes "Anna", which sorts first: the entry moves to the top.
  await expect(page.getByTestId('contact').first().getByRole('heading', { level: 2 })).toHaveText('Anna');
  await page.waitForTimeout(1000);
  await page.keyboard.type(' Neu');
  await expect(name).toHaveValue('Anna Neu');
  await stored(page, '"name":"Anna Neu"');
  const after = await storedRecords(page);
  expect(JSON.parse(after[zoraId]).name).toBe('Anna Neu');
  expect(after[bertaId], 'the other entry, byte for byte').toBe(before[bertaId]);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
});

/** Two own contacts, "Anna Test" and "Zora Test", with Zora's details open.
 * Zora's card is found by its delete button, which keeps its id when she is renamed. */
async function annaAndZoraWithZoraOpen(page) {
  await page.goto('/contacts');
  await addOwnContact(page, 'Anna Test');
  await addOwnContact(page, 'Zora Test');
  const records = await storedRecords(page);
  const zoraId = Object.keys(records).find((k) => records[k].includes('Zora Test'));
  const zora = page.locator('[data-testid="contact"]', { has: page.locator(`#delete-${zoraId}`) });
  await zora.getByText('Eigene Angaben und Termine').click();
  return { records, zoraId, zora };
}

test('an entry that moves to the top keeps its open panel, focus, caret and typing, in view', async ({ page }) => {
  const { zoraId, zora } = await annaAndZoraWithZoraOpen(page);
  const name = page.locator(`#${zoraId}-name`);
  await name.click();
  await name.press('Home');
  // "AAA Zora Test" sorts before "Anna Test": each pause may move the entry.
  for (const letter of 'AAA ') {
    await page.keyboard.type(letter);
    await page.waitForTimeout(500);
  }
  await expect(page.getByTestId('contact').first().getByRole('heading', { level: 2 })).toHaveText('AAA Zora Test');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('AAA Zora Test');
  // The caret stayed where the user was typing.
  expect(await name.evaluate((el) => el.selectionStart)).toBe(4);
  await expect(zora.locator('details')).toHaveJSProperty('open', true);
  await expect(name).toBeInViewport();
  await page.keyboard.type('x');
  await expect(name).toHaveValue('AAA xZora Test');
  await stored(page, '"name":"AAA xZora Test"');
});

test('an appointment that moves the entry keeps the panel open and focus in the form', async ({ page }) => {
  const { records, zoraId, zora } = await annaAndZoraWithZoraOpen(page);
  await page.locator(`#${zoraId}-date`).fill('2030-01-15');
  const add = zora.getByRole('button', { name: 'Termin hinzufügen' });
  await add.focus();
  await page.keyboard.press('Enter');
  // An appointment sorts Zora first.
  await expect(page.getByTestId('contact').first().getByRole('heading', { level: 2 })).toHaveText('Zora Test');
  await expect(zora.locator('details')).toHaveJSProperty('open', true);
  await expect(add).toBeFocused();
  await stored(page, '2030-01-15');
  const after = await storedRecords(page);
  const annaId = Object.keys(after).find((k) => after[k].includes('Anna Test'));
  expect(after[annaId]).toBe(records[annaId]);
});

test('the referral list reordered by keyboard moves the row with its focused control', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('wegweiser.staff', '1');
    localStorage.setItem('wegweiser.referral', 'jobcenter-moers,vhs-moers-integrationskurse,servicestelle-zuwanderung');
  });
  await page.goto('/referral');
  const items = page.getByTestId('referral-item');
  await expect(items).toHaveCount(3);
  const first = items.first();
  // Mark the row element: a keyed list moves it, an unkeyed one redraws another in its place.
  await first.evaluate((el) => { el.dataset.marked = 'yes'; });
  const down = page.locator('#referral-down-jobcenter-moers');
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(down).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.last()).toContainText('Jobcenter');
  await expect(items.last()).toHaveAttribute('data-marked', 'yes');
  // At the end "down" is disabled: focus went to "up" of the same offer.
  await expect(page.locator('#referral-up-jobcenter-moers')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(1)).toContainText('Jobcenter');
  await expect(items.nth(1)).toHaveAttribute('data-marked', 'yes');
  await expect(page.locator('#referral-up-jobcenter-moers')).toBeFocused();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('wegweiser.referral'))).toBe(
    'vhs-moers-integrationskurse,jobcenter-moers,servicestelle-zuwanderung',
  );
});

/** The labels of a filter's options (without "all"). */
const optionLabels = (page, id) => page.locator(`#${id} option:not([value=""])`).allTextContents();
const names = (list, lang) => list.map((x) => x.name[lang] ?? x.name.de);

test('with the filters shown, switching language changes every option label, online and offline', async ({ page, context }) => {
  await page.goto('/search?topic=work');
  await expect(page.locator('details.filters')).toHaveJSProperty('open', true);
  expect(await optionLabels(page, 'filter-topic')).toEqual(names(DIRECTORY.categories, 'de'));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  for (const [lang, html] of [['ar', 'ar'], ['de', 'de'], ['en', 'en']]) {
    await page.locator('#language-select').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', html);
    await expect.poll(() => optionLabels(page, 'filter-topic')).toEqual(names(DIRECTORY.categories, lang));
    await expect.poll(() => optionLabels(page, 'filter-group')).toEqual(names(DIRECTORY.target_groups, lang));
  }
  // Offline: back to languages used before on this device.
  await context.setOffline(true);
  for (const lang of ['ar', 'de']) {
    await page.locator('#language-select').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect.poll(() => optionLabels(page, 'filter-topic')).toEqual(names(DIRECTORY.categories, lang));
    await expect.poll(() => optionLabels(page, 'filter-group')).toEqual(names(DIRECTORY.target_groups, lang));
  }
  await context.setOffline(false);
});

test('contact cards follow the language at once; "save" stores what the user saw at the tap', async ({ page }) => {
  await page.goto('/offer/jobcenter-moers?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DIRECTORY.services.find((s) => s.id === 'jobcenter-moers').name.en);
  // Switching to German reloads nothing: the snapshot must still be German.
  await page.locator('#language-select').selectOption('de');
  const german = DIRECTORY.services.find((s) => s.id === 'jobcenter-moers').name.de;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(german);
  await page.getByTestId('save-contact').click();
  await expect(page.getByTestId('saved')).toBeVisible();
  const records = await storedRecords(page);
  expect(JSON.parse(records['offer-jobcenter-moers']).name).toBe(german);

  await page.getByRole('link', { name: 'Meine Kontakte' }).first().click();
  const entry = page.getByTestId('contact').first();
  await entry.getByText('Eigene Angaben und Termine').click();
  await entry.getByLabel('Datum').fill('2030-01-15');
  await entry.getByRole('button', { name: 'Termin hinzufügen' }).click();
  await expect(entry.getByTestId('next-appointment')).toContainText('Dienstag 15.1.2030');
  await page.locator('#language-select').selectOption('en');
  await expect(entry.getByTestId('next-appointment')).toContainText('Tuesday 15 January 2030', { timeout: 5000 });
  await expect(entry.getByTestId('appointment')).toContainText('Tuesday 15 January 2030');
  await expect(entry.getByRole('button', { name: 'Export as vCard' })).toBeVisible();
});

test('a failing write says "not saved", keeps the text, and "try again" saves it', async ({ page }) => {
  await page.goto('/contacts');
  await addOwnContact(page, 'Zora Test');
  const records = await storedRecords(page);
  const id = Object.keys(records)[0];
  await card(page, 'Zora Test').getByText('Eigene Angaben und Termine').click();
  // The device refuses every write from now on (as a full disk would).
  await page.evaluate(() => {
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const note = page.locator(`#${id}-note`);
  await note.fill('Termin mitbringen: Pass');
  await note.press('Tab');
  const state = card(page, 'Zora Test').getByTestId('save-state');
  await expect(state).toContainText('Nicht gespeichert');
  await expect(state.getByRole('alert')).toBeVisible();
  // The browser's own words only inside the details.
  await expect(state.locator('details pre')).toContainText('quota');
  await expect(state.locator('p').first()).not.toContainText('quota');
  await expect(note).toHaveValue('Termin mitbringen: Pass');
  expect((await storedRecords(page))[id]).toBe(records[id]);

  await page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
  await state.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(state).toHaveText('gespeichert');
  await stored(page, 'Termin mitbringen: Pass');
});

test('"delete all my data" that fails says so, deletes nothing and does not reload', async ({ page }) => {
  await page.goto('/contacts');
  await addOwnContact(page, 'Zora Test');
  await page.getByRole('link', { name: 'Über die App' }).first().click();
  await page.evaluate(() => {
    window.notReloaded = true;
    IDBObjectStore.prototype.clear = function () {
      throw new DOMException('refused', 'UnknownError');
    };
  });
  page.on('dialog', (dialog) => dialog.accept());
  await page.getByTestId('delete-all').click();
  await expect(page.getByTestId('storage-problem')).toContainText('Ihre Daten konnten nicht gelöscht werden');
  expect(await page.evaluate(() => window.notReloaded)).toBe(true);
  await expect(page.getByTestId('contacts-count')).toHaveText('Gespeicherte Kontakte: 1');
  expect(Object.keys(await storedRecords(page))).toHaveLength(1);
});

/** Opens /contacts, records every text the import message shows into
 * `said`, and reads a backup of 1,000 contacts up to the confirmation. */
async function planLargeImport(page, said) {
  await page.goto('/contacts');
  await page.exposeFunction('heard', (text) => said.push(text));
  // The app mounts after the page's load event: wait for the (empty) message line.
  await page.getByTestId('import-message').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const target = document.querySelector('[data-testid="import-message"]');
    new MutationObserver(() => window.heard(target.textContent)).observe(target, { childList: true, subtree: true, characterData: true });
  });
  await page.getByLabel('Sicherung einlesen').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: backupOf(1000) });
  await expect(page.getByTestId('import-plan')).toContainText('Neu: 1000');
}

test('a large backup says "übernommen" only once every entry is on the device', async ({ page }) => {
  test.setTimeout(60_000);
  const said = [];
  await planLargeImport(page, said);
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  // Reload the moment the app says it is done: everything must be there.
  await expect(page.getByTestId('import-message')).toHaveText('Die Sicherung wurde übernommen.', { timeout: 10_000 });
  await page.reload();
  await expect(page.getByTestId('contact')).toHaveCount(1000, { timeout: 10_000 });
  expect(Object.keys(await storedRecords(page))).toHaveLength(1000);
});

test('a reload right after confirming a large import finds all entries or none, and "übernommen" was not said for none', async ({ page }) => {
  const said = [];
  await planLargeImport(page, said);
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await page.reload();
  const count = Object.keys(await storedRecords(page)).length;
  expect([0, 1000]).toContain(count);
  if (count === 0) expect(said.join(' | ')).not.toContain('übernommen.');
});

test('"save all" on a referral says saved only once the device has the entries; a refused write can be tried again', async ({ page }) => {
  await page.goto('/referral?offers=jobcenter-moers,vhs-moers-integrationskurse&lang=de');
  await expect(page.getByTestId('referral-offer')).toHaveCount(2);
  await page.evaluate(() => {
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByTestId('save-all').click();
  await expect(page.getByTestId('saved-all')).toContainText('Nicht gespeichert');
  await page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
  await page.getByTestId('save-all-retry').click();
  await expect(page.getByTestId('saved-all')).toHaveText('In meinen Kontakten gespeichert: 2');
  await stored(page, 'offer-vhs-moers-integrationskurse');
});
