// The editor (/redaktion/): the Servicestelle opens the published directory,
// edits with forms, sees the preview, and saves a file the app accepts. The
// downloaded file passes the command-line check; published with
// `make publish`, the newcomers' app shows the change.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, violations } from './fixtures.mjs';
import { serve } from './server.mjs';

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

test('phone, weekly hours and a closed day for the Servicestelle: preview, save, check, publish', async ({ page }) => {
  test.setTimeout(120_000);
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

  // Published with `make publish`, the newcomers' app shows the new phone and hours.
  const site = join(mkdtempSync(join(tmpdir(), 'publish-')), 'site');
  execFileSync('make', ['--no-print-directory', 'publish', `FILE=${file}`, `DEST=${site}`], { cwd: ROOT, stdio: 'pipe' });
  const page_ = readFileSync(join(site, 'offer/servicestelle-zuwanderung.html'), 'utf8');
  expect(page_, 'the static page is written anew').toContain('02841 201-777');
  expect(readFileSync(join(site, 'directory/uk.json'), 'utf8'), 'and the per-language files').toContain('02841 201-777');
  const server = await serve(site);
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/offer/servicestelle-zuwanderung`);
    await page.locator('#app:not([hidden])').waitFor({ state: 'attached' });
    const app = page.locator('#app');
    await expect(app.getByRole('link', { name: /02841 201-777/ })).toBeVisible();
    const thursday = app.getByTestId('schedule').locator('table.week tr').filter({ hasText: 'Donnerstag' });
    await expect(thursday).toContainText('09:00–12:00');
    await expect(app.getByTestId('schedule').getByText('10.12.2026')).toBeVisible();
  } finally {
    await new Promise((done) => server.close(done));
  }
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
  await page.getByRole('button', { name: 'Übersicht' }).click();
  await openOffer(page, 'Servicestelle Zuwanderung');
  // A required German text left empty says so at its field.
  const name = page.locator('form.entry-form').getByLabel('Name – Deutsch (Pflicht)');
  await name.fill('');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('form.entry-form')).toContainText('Der deutsche Text fehlt; er ist Pflicht.');
  await name.fill('Servicestelle Zuwanderung');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Speichern …' }).click();
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

test('a broken or foreign file, picked or dropped, says why and opens nothing', async ({ page }) => {
  await page.goto('/redaktion/');
  const cut = readFileSync(join(ROOT, 'public/directory.json'), 'utf8').slice(0, 5000);
  await page.locator('#open-file').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from(cut) });
  await expect(page.getByTestId('open-error')).toContainText('Diese Datei lässt sich nicht öffnen: Die Datei ist beschädigt');
  await expect(page.getByTestId('open-error')).toContainText('Zeile');
  // Dropped on the drop zone: a JSON file that is no directory.
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{"hello": 1}'], 'fremd.json', { type: 'application/json' }));
    return data;
  });
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('open-error')).toContainText('Die Datei ist kein Wegweiser-Verzeichnis.');
  await expect(page.getByTestId('list-count')).toHaveCount(0);
  // A good file dropped opens.
  const good = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'directory.json', { type: 'application/json' }));
    return data;
  }, readFileSync(join(ROOT, 'public/directory.json'), 'utf8'));
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: good });
  await expect(page.getByTestId('list-count')).toContainText('Angeboten');
});

test('the editor in English, and leaving with unsaved changes asks first', async ({ page }) => {
  await openPublished(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Search by name')).toBeVisible();
  await page.getByLabel('Search by name').fill('Servicestelle Zuwanderung');
  await page.getByTestId('entries').getByRole('button', { name: 'Servicestelle Zuwanderung', exact: true }).click();
  const form = page.locator('form.entry-form');
  await form.getByRole('button', { name: 'Add a time slot' }).click();
  await form.locator('fieldset.slot').last().getByLabel('to').fill('08:00');
  await expect(form.locator('fieldset.slot').last()).toContainText('The end must come after the start.');
  // Leaving now: the browser asks (beforeunload), and staying keeps everything.
  // (The test waits for its answer to the dialog, so that no answer is still
  // on its way when the context closes: that raced once in a clean-clone run.)
  const answered = new Promise((done) => {
    page.once('dialog', async (dialog) => {
      const type = dialog.type();
      await dialog.dismiss();
      done(type);
    });
  });
  await page.close({ runBeforeUnload: true });
  expect(await answered).toBe('beforeunload');
  // Stayed: the edit is still there.
  await expect(form.locator('fieldset.slot').last()).toContainText('The end must come after the start.');
});

test('a new provider and offer get ids from their names, and saving waits for the required fields', async ({ page }) => {
  // Two forms, a blocked and a real save: more than the default 20 s on a busy machine.
  test.setTimeout(60_000);
  await openPublished(page);
  await page.getByLabel('Name des neuen Trägers').fill('Willkommensinitiative Moers-Süd');
  await page.getByRole('button', { name: 'Neuer Träger' }).click();
  await expect(page.getByLabel('Kennung', { exact: true })).toHaveValue('willkommensinitiative-moers-sued');
  await page.getByRole('button', { name: 'Zurück zur Übersicht' }).click();
  await page.getByLabel('Name des neuen Angebots (deutsch)').fill('Sprachcafé für Frauen');
  await page.getByLabel('Träger des Angebots').selectOption('willkommensinitiative-moers-sued');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  const form = page.locator('form.entry-form');
  await expect(form.getByLabel('Kennung', { exact: true })).toHaveValue('sprachcafe-fuer-frauen');
  await expect(form.getByLabel('Träger', { exact: true })).toHaveValue('willkommensinitiative-moers-sued');
  // Summary, topic and source are still missing: said at their fields, and saving waits.
  await expect(form.getByLabel('Kurzbeschreibung – Deutsch (Pflicht)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('fieldset.choices').first()).toContainText('Pflichtangabe: bitte ausfüllen.');
  await form.getByLabel('Kurzbeschreibung – Deutsch (Pflicht)').fill('Deutsch sprechen üben, mit Kinderbetreuung.');
  await form.locator('fieldset.choices').first().getByRole('checkbox').first().check();
  await form.getByRole('button', { name: 'Quelle hinzufügen' }).click();
  await form.locator('fieldset.item', { hasText: 'Quelle 1' }).getByLabel('Adresse (URL)').fill('https://www.moers.de/');
  const file = await save(page);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.organizations.map((o) => o.id)).toContain('willkommensinitiative-moers-sued');
  const s = saved.services.find((x) => x.id === 'sprachcafe-fuer-frauen');
  expect(s.organization_id).toBe('willkommensinitiative-moers-sued');
  expect(checkDirectory(file).code).toBe(0);
});

test('when the published directory changed since the draft began, saving names the entries', async ({ page }) => {
  await openPublished(page);
  await openOffer(page, 'Servicestelle Zuwanderung');
  await page.locator('form.entry-form').getByRole('button', { name: 'Telefonnummer hinzufügen' }).click();
  await page.locator('form.entry-form').getByLabel('Nummer').last().fill('02841 201-888');
  // Meanwhile a colleague published a change to the Jobcenter's entry.
  const published = JSON.parse(readFileSync(join(ROOT, 'public/directory.json'), 'utf8'));
  published.services.find((x) => x.id === 'jobcenter-moers').phones = [{ number: '02841 999-0' }];
  await page.route('**/directory.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(published) }));
  await page.getByRole('button', { name: 'Speichern …' }).click();
  await expect(page.getByTestId('published-changed')).toContainText('Angebot „Jobcenter Kreis Wesel – Standorte Moers“');
  await expect(page.getByTestId('published-changed')).not.toContainText('Servicestelle');
  await expect(page.getByTestId('changes')).toContainText('02841 201-888');
});

test('where the browser can, a file opened for it is saved back into (File System Access API)', async ({ page }) => {
  // A stand-in for the browser's file picker and file handle (headless Chromium
  // shows no picker): the handle serves the bundled file and records the write.
  const text = readFileSync(join(ROOT, 'public/directory.json'), 'utf8');
  await page.addInitScript((content) => {
    window.__written = [];
    const handle = {
      getFile: async () => new File([content], 'moers.json', { type: 'application/json' }),
      createWritable: async () => {
        const parts = [];
        return { write: async (part) => parts.push(part), close: async () => window.__written.push(parts.join('')) };
      },
    };
    window.showOpenFilePicker = async () => [handle];
  }, text);
  await page.goto('/redaktion/');
  await page.getByRole('button', { name: 'Datei öffnen und beim Speichern dorthin zurückschreiben' }).click();
  await openOffer(page, 'Servicestelle Zuwanderung');
  await page.locator('form.entry-form').getByRole('button', { name: 'Telefonnummer hinzufügen' }).click();
  await page.locator('form.entry-form').getByLabel('Nummer').last().fill('02841 201-444');
  await page.getByRole('button', { name: 'Speichern …' }).click();
  await page.getByRole('button', { name: 'In „moers.json“ speichern' }).click();
  await expect(page.getByTestId('saved-back')).toContainText('In „moers.json“ gespeichert');
  const written = await page.evaluate(() => window.__written);
  expect(written).toHaveLength(1);
  const saved = JSON.parse(written[0]);
  expect(saved.services.find((x) => x.id === 'servicestelle-zuwanderung').phones.map((p) => p.number)).toContain('02841 201-444');
});

/** The bundled directory with three offers not checked for over a year and one whose hours expired. */
function attentionFixture() {
  const dir = JSON.parse(readFileSync(join(ROOT, 'public/directory.json'), 'utf8'));
  const current = dir.services.filter((s) => s.status.state !== 'ended');
  const stale = current.slice(0, 3).map((s) => s.id);
  for (const s of dir.services) if (stale.includes(s.id)) s.assured_date = '2025-06-30';
  const withHours = current.find((s) => s.schedule && s.schedule.slots?.length && !stale.includes(s.id));
  withHours.schedule.valid_to = '2026-01-31';
  return { dir, stale, expired: withHours.id };
}

test('"Zu prüfen" counts what the fixture holds; "checked today" on three changes only their check', async ({ page }) => {
  const { dir, stale, expired } = attentionFixture();
  await page.goto('/redaktion/');
  await page.locator('#open-file').setInputFiles({ name: 'pruefen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dir, null, 2)) });
  const attention = page.getByTestId('attention');
  await expect(attention.getByTestId('count-not_checked')).toHaveText('3');
  await expect(attention.getByTestId('count-hours_expired')).toHaveText('1');
  const current = dir.services.filter((s) => s.status.state !== 'ended');
  const expect_ = (kind, n) => (n ? expect(attention.getByTestId(`count-${kind}`)).toHaveText(String(n)) : expect(attention.getByTestId(`count-${kind}`)).toHaveCount(0));
  await expect_('unconfirmed', current.filter((s) => s.status.state === 'unconfirmed').length);
  await expect_('no_phone', current.filter((s) => !s.phones?.length).length);
  await expect_('no_hours', current.filter((s) => !s.schedule?.slots?.length).length);
  await expect_('not_reviewed', current.filter((s) => s.machine_translated?.length).length);
  await expect_('no_source', 0);
  await expect_('needs_update', 0);
  // A line says why and opens the offer at the field.
  await attention.locator('[data-rule="hours_expired"] summary').click();
  const name = dir.services.find((s) => s.id === expired).name.de;
  await expect(attention.locator('[data-rule="hours_expired"] li')).toContainText('gültig bis 31.1.2026');
  await attention.locator('[data-rule="hours_expired"]').getByRole('button', { name }).click();
  await expect(page.locator('form.entry-form').getByLabel('gültig bis')).toBeFocused();
  await page.getByRole('button', { name: 'Zurück zur Übersicht' }).click();

  // The three stale ones, selected and checked today.
  await page.getByTestId('attention').locator('[data-rule="not_checked"] summary').click();
  for (const id of stale) {
    const title = dir.services.find((s) => s.id === id).name.de;
    await page.getByTestId('attention').getByRole('checkbox', { name: `${title} auswählen` }).check();
  }
  await page.getByRole('button', { name: 'Ausgewählte heute als geprüft markieren' }).click();
  await expect(page.getByTestId('attention')).toContainText('3 Einträge als heute geprüft markiert.');
  await expect(page.getByTestId('attention').getByTestId('count-not_checked')).toHaveCount(0);
  const file = await save(page);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  // (The file leaves out what is empty; the fixture writes some of it as null.)
  const withoutNulls = (value) => JSON.parse(JSON.stringify(value, (_, v) => (v === null ? undefined : v)));
  dir.services = withoutNulls(dir.services);
  const today = await page.evaluate(() => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date()));
  for (const s of dir.services) {
    const after = saved.services.find((x) => x.id === s.id);
    if (stale.includes(s.id)) {
      expect(after.assured_date).toBe(today);
      expect(after.assured_by).toBe('Servicestelle Zuwanderung');
      const { assured_date: a, assured_by: b, ...rest } = after;
      const { assured_date: c, ...before } = s;
      expect(rest, `${s.id}: nothing but the check changed`).toEqual(before);
    } else {
      expect(after, `${s.id} unchanged`).toEqual(s);
    }
  }
});

test('an offer not checked for over a year says so on its page, in the reader\'s language', async ({ page }) => {
  await page.goto('/redaktion/');
  await page.clock.install({ time: new Date('2028-01-10T10:00:00+01:00') });
  await page.goto('/offer/jobcenter-moers?lang=ar');
  await page.locator('#app:not([hidden])').waitFor({ state: 'attached' });
  await expect(page.locator('#app').getByTestId('may-be-outdated')).toContainText('قد تكون هذه المعلومات قديمة');
});

test('an offer checked this year has no such note', async ({ page }) => {
  await page.goto('/offer/jobcenter-moers');
  await page.locator('#app:not([hidden])').waitFor({ state: 'attached' });
  await expect(page.locator('#app').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('may-be-outdated')).toHaveCount(0);
});

test('a German text changed: its translations need an update, and the Farsi page shows German, marked', async ({ page }) => {
  const farsi = JSON.parse(readFileSync(join(ROOT, 'public/directory.json'), 'utf8')).services.find((x) => x.id === 'jobcenter-moers').summary.fa;
  await openPublished(page);
  await openOffer(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  const form = page.locator('form.entry-form');
  await page.locator('#preview-lang').selectOption('fa');
  const preview = page.getByTestId('preview');
  await expect(preview).toHaveAttribute('dir', 'rtl');
  await expect(preview).toContainText(farsi);
  // A minor edit first: the translations stay current.
  await form.getByLabel('Kleine Korrektur').check();
  const summary = form.getByLabel('Kurzbeschreibung – Deutsch (Pflicht)');
  const before = await summary.inputValue();
  await summary.fill(`${before} `);
  await expect(form.getByTestId('trans-fa')).toHaveText('maschinell, nicht geprüft');
  await expect(preview).toContainText(farsi);
  // A change of content: Farsi (and every other language) needs an update.
  await form.getByLabel('Kleine Korrektur').uncheck();
  await summary.fill('Ab 2027 neu geregelt: Bürgergeld, Arbeitsvermittlung und Beratung.');
  await expect(form.getByTestId('trans-fa')).toHaveText('muss nach einer Änderung des deutschen Texts aktualisiert werden');
  const german = preview.locator('p', { hasText: 'Ab 2027 neu geregelt' });
  await expect(german.locator('[lang="de"]').first()).toBeVisible();
  await expect(german.locator('.only-de')).toBeVisible();
  await expect(preview).not.toContainText(farsi);
  // Confirmed as current, the Farsi text shows again.
  await form.getByRole('button', { name: 'فارسی: Übersetzung ist aktuell' }).click();
  await expect(preview).toContainText(farsi);
  const file = await save(page);
  const s = JSON.parse(readFileSync(file, 'utf8')).services.find((x) => x.id === 'jobcenter-moers');
  expect(s.needs_update).toContain('uk');
  expect(s.needs_update).not.toContain('fa');
  // Published: the Ukrainian file leaves the outdated translation out (German shows), Farsi keeps its own.
  test.setTimeout(120_000);
  const site = join(mkdtempSync(join(tmpdir(), 'publish-')), 'site');
  execFileSync('make', ['--no-print-directory', 'publish', `FILE=${file}`, `DEST=${site}`], { cwd: ROOT, stdio: 'pipe' });
  const offer = (code) => JSON.parse(readFileSync(join(site, `directory/${code}.json`), 'utf8')).services.find((x) => x.id === 'jobcenter-moers');
  expect(offer('uk').summary).toEqual({ de: 'Ab 2027 neu geregelt: Bürgergeld, Arbeitsvermittlung und Beratung.' });
  expect(offer('fa').summary.fa).toBe(farsi);
});

test('the "please check your entry" sheet prints with the phone and what is missing; the answer counts as a check', async ({ page }) => {
  await openPublished(page);
  await openOffer(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  const offer = JSON.parse(readFileSync(join(ROOT, 'public/directory.json'), 'utf8')).services.find((x) => x.id === 'jobcenter-moers');
  await page.getByRole('button', { name: 'Bitte-prüfen-Bogen für den Träger' }).click();
  const sheet = page.getByTestId('sheet');
  await expect(sheet.getByRole('heading', { name: 'Bitte prüfen Sie Ihren Eintrag im Wegweiser' })).toBeVisible();
  await expect(sheet).toContainText(offer.phones[0].number);
  for (const missing of [offer.schedule?.slots?.length ? null : 'Öffnungszeiten', offer.emails?.length ? null : 'E-Mail'].filter(Boolean)) {
    await expect(page.getByTestId('sheet-missing')).toContainText(missing);
  }
  // Printed: the sheet alone (the editor's controls are not printed), kept as a PDF.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.editor-header')).toBeHidden();
  mkdirSync(join(ROOT, 'target/artifacts'), { recursive: true });
  await page.pdf({ path: join(ROOT, 'target/artifacts/provider-sheet.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  // The answer, recorded as a source.
  await page.getByLabel('Datum der Antwort').fill('2026-11-30');
  await page.getByLabel('Quelle der Antwort').fill('https://www.jobcenter-kreis-wesel.de/');
  await page.getByRole('button', { name: 'Antwort des Trägers erfassen' }).click();
  await expect(page.getByTestId('sheet-recorded')).toContainText('zählt als Prüfung');
  const file = await save(page);
  const s = JSON.parse(readFileSync(file, 'utf8')).services.find((x) => x.id === 'jobcenter-moers');
  expect(s.sources.at(-1)).toEqual({ url: 'https://www.jobcenter-kreis-wesel.de/', date: '2026-11-30', kind: 'provider_confirmation' });
  expect(s.assured_date).toBe('2026-11-30');
  expect(checkDirectory(file).code).toBe(0);
});

test('the sheet for all offers of one provider lists each with its phone and gaps; one answer checks them all', async ({ page }) => {
  const dir = JSON.parse(readFileSync(join(ROOT, 'public/directory.json'), 'utf8'));
  const offers = dir.services.filter((s) => s.organization_id === 'stadt-moers' && s.status.state !== 'ended');
  expect(offers.length).toBeGreaterThan(2);
  await openPublished(page);
  await page.getByRole('region', { name: 'Träger' }).getByRole('button', { name: 'Stadt Moers', exact: true }).click();
  await page.getByRole('button', { name: 'Bitte-prüfen-Bogen für alle Angebote dieses Trägers' }).click();
  const sheet = page.getByTestId('sheet');
  await expect(sheet).toContainText('So stehen die Angebote von Stadt Moers');
  await expect(sheet.locator('.sheet-offer')).toHaveCount(offers.length);
  for (const [n, offer] of offers.entries()) {
    const part = sheet.locator('.sheet-offer').nth(n);
    await expect(part.getByRole('heading', { level: 3 })).toHaveText(`Angebot ${n + 1} von ${offers.length}: ${offer.name.de}`);
    for (const phone of offer.phones ?? []) await expect(part).toContainText(phone.number);
    if (!offer.phones?.length) await expect(part.getByTestId('sheet-missing')).toContainText('Telefon');
  }
  await page.emulateMedia({ media: 'print' });
  mkdirSync(join(ROOT, 'target/artifacts'), { recursive: true });
  await page.pdf({ path: join(ROOT, 'target/artifacts/provider-sheet-stadt-moers.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Datum der Antwort').fill('2026-11-28');
  await page.getByRole('button', { name: 'Antwort des Trägers erfassen' }).click();
  await expect(page.getByTestId('sheet-recorded')).toContainText('zählt als Prüfung');
  const saved = JSON.parse(readFileSync(await save(page), 'utf8'));
  for (const offer of offers) {
    const s = saved.services.find((x) => x.id === offer.id);
    expect(s.assured_date, offer.id).toBe('2026-11-28');
    expect(s.sources.at(-1).kind).toBe('provider_confirmation');
  }
  const other = saved.services.find((x) => x.organization_id !== 'stadt-moers');
  expect(other.assured_date).toBe(dir.services.find((x) => x.id === other.id).assured_date);
});

/** A CSV record's cells (the table the editor writes: `;`, every cell quoted). */
function cells(line) {
  return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replaceAll('""', '"'));
}
const record = (row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(';');

test('translations: the table of what Ukrainian needs goes out, comes back translated, and a stale one is refused', async ({ page }) => {
  test.setTimeout(90_000);
  await openPublished(page);
  await openOffer(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  const form = page.locator('form.entry-form');
  await form.getByLabel('Kurzbeschreibung – Deutsch (Pflicht)').fill('Ab 2027 neu geregelt: Bürgergeld und Arbeitsvermittlung.');
  await expect(form.getByTestId('trans-uk')).toHaveText('muss nach einer Änderung des deutschen Texts aktualisiert werden');
  await page.getByRole('button', { name: 'Übersetzungen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Übersetzungen austauschen' })).toBeVisible();
  await page.getByLabel('Sprache', { exact: true }).selectOption('uk');
  const counts = await page.getByTestId('trans-counts').textContent();
  const [missing, outdated] = counts.match(/\d+/g).map(Number);
  expect(missing).toBeGreaterThan(0);
  expect(outdated).toBeGreaterThan(0);
  await expect(page.getByTestId('trans-export')).toHaveText(`Tabelle herunterladen (${missing + outdated} Texte)`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('trans-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^wegweiser-uk-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(cells(lines[0])).toEqual(['id', 'Eintrag', 'Feld', 'de', 'uk', 'Status']);
  expect(lines.length - 1).toBe(missing + outdated);
  const summary = lines.map(cells).find((r) => r[0] === 'services[jobcenter-moers].summary');
  expect(summary[3]).toBe('Ab 2027 neu geregelt: Bürgergeld und Arbeitsvermittlung.');
  expect(summary[1]).toBe('Angebot „Jobcenter Kreis Wesel – Standorte Moers“');

  // A translator fills every row, a person reviewed them.
  const translated = [lines[0], ...lines.slice(1).map((l) => {
    const r = cells(l);
    r[4] = r[0] === summary[0] ? 'З 2027 року нові правила: громадянська допомога та працевлаштування.' : `${r[4] || r[3]} (uk)`;
    r[5] = 'geprüft';
    return record(r);
  })].join('\r\n');
  const file = (text) => ({ name: 'wegweiser-uk.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.locator('#trans-import').setInputFiles(file(translated));
  await expect(page.getByTestId('import-done')).toContainText(`${missing + outdated} Texte auf Українська gelesen`);
  await expect(page.getByTestId('trans-counts')).toHaveText('0 Texte fehlen, 0 müssen aktualisiert werden.');

  // The same table again after the German changed once more: refused, naming the offer, nothing taken.
  await page.getByRole('button', { name: 'Übersicht' }).click();
  await openOffer(page, 'Jobcenter Kreis Wesel – Standorte Moers');
  await form.getByLabel('Kurzbeschreibung – Deutsch (Pflicht)').fill('Ab 2027: Bürgergeld, Arbeitsvermittlung, Beratung.');
  await page.getByRole('button', { name: 'Übersetzungen', exact: true }).click();
  await page.getByLabel('Sprache', { exact: true }).selectOption('uk');
  await expect(page.getByTestId('trans-counts')).not.toHaveText('0 Texte fehlen, 0 müssen aktualisiert werden.');
  const before = await page.getByTestId('trans-counts').textContent();
  await page.locator('#trans-import').setInputFiles(file(translated));
  const refused = page.getByTestId('import-refused');
  await expect(refused).toContainText('nichts wurde geändert');
  await expect(refused).toContainText('Angebot „Jobcenter Kreis Wesel – Standorte Moers“ › Kurzbeschreibung: Der deutsche Text wurde seit dem Export geändert');
  await expect(page.getByTestId('trans-counts')).toHaveText(before);

  const savedFile = await save(page);
  expect(checkDirectory(savedFile).code).toBe(0);
  const s = JSON.parse(readFileSync(savedFile, 'utf8')).services.find((x) => x.id === 'jobcenter-moers');
  expect(s.summary.uk).toBe('З 2027 року нові правила: громадянська допомога та працевлаштування.');
  expect(s.summary.de).toBe('Ab 2027: Bürgergeld, Arbeitsvermittlung, Beratung.');
  expect(s.needs_update).toContain('uk');
  expect(s.machine_translated).not.toContain('uk');
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

  test('start, list, form with problems, preview in Arabic and save have no violations axe can find', async ({ page }) => {
    await page.goto('/redaktion/');
    await expect(page.getByRole('button', { name: 'Veröffentlichtes Verzeichnis öffnen' })).toBeVisible();
    expect(await violations(page), 'start').toEqual([]);
    await page.getByRole('button', { name: 'Veröffentlichtes Verzeichnis öffnen' }).click();
    await expect(page.getByTestId('list-count')).toBeVisible();
    expect(await violations(page), 'list').toEqual([]);
    await openOffer(page, 'Servicestelle Zuwanderung');
    const form = page.locator('form.entry-form');
    await form.getByRole('button', { name: 'Zeitfenster hinzufügen' }).first().click();
    await form.locator('fieldset.slot').last().getByLabel('bis').fill('08:00');
    await page.locator('#preview-lang').selectOption('ar');
    expect(await violations(page), 'form with a problem').toEqual([]);
    await form.locator('fieldset.slot').last().getByLabel('bis').fill('12:00');
    await expect(page.getByTestId('preview').getByTestId('open-now')).toBeVisible();
    await expect(page.getByTestId('preview')).toHaveAttribute('dir', 'rtl');
    expect(await violations(page), 'form with the Arabic preview').toEqual([]);
    await page.getByRole('button', { name: 'Speichern …' }).click();
    await expect(page.getByTestId('changes')).toBeVisible();
    expect(await violations(page), 'save').toEqual([]);
    await page.getByRole('button', { name: 'Übersetzungen', exact: true }).click();
    await expect(page.getByTestId('trans-counts')).toBeVisible();
    expect(await violations(page), 'translations').toEqual([]);
  });
});

// The screenshots in README ("Keeping the directory current"), made here:
// target/screenshots/ on every run; `UPDATE_SCREENSHOTS=1` also writes the
// ones README shows (tests/e2e/screenshots/).
test.describe('screenshots for README', () => {
  test.use({ viewport: { width: 1200, height: 820 } });

  test('open, edit with preview, save', async ({ page }) => {
    const shots = [join(ROOT, 'target/screenshots')];
    if (process.env.UPDATE_SCREENSHOTS) shots.push(join(ROOT, 'tests/e2e/screenshots'));
    const shoot = async (name) => {
      for (const dir of shots) await page.screenshot({ path: join(dir, `${name}.jpg`), type: 'jpeg', quality: 70 });
      await page.screenshot({ path: join(ROOT, 'target/screenshots', `${name}.png`) });
    };
    await page.goto('/redaktion/');
    await expect(page.getByRole('button', { name: 'Veröffentlichtes Verzeichnis öffnen' })).toBeVisible();
    await shoot('editor-1-open');
    await page.getByRole('button', { name: 'Veröffentlichtes Verzeichnis öffnen' }).click();
    await openOffer(page, 'Servicestelle Zuwanderung');
    const form = page.locator('form.entry-form');
    await form.getByRole('button', { name: 'Zeitfenster hinzufügen' }).first().click();
    const slot = form.locator('fieldset.slot').last();
    await slot.getByLabel('Montag').uncheck();
    await slot.getByLabel('Dienstag').check();
    await slot.getByLabel('bis').fill('08:00');
    await page.locator('#preview-date').fill('2026-12-08');
    await page.locator('#preview-time').fill('10:00');
    await slot.scrollIntoViewIfNeeded();
    await expect(slot).toContainText('Das Ende muss nach dem Beginn liegen.');
    await shoot('editor-2-problem-at-the-field');
    await slot.getByLabel('bis').fill('12:00');
    await expect(page.getByTestId('preview').getByTestId('open-now')).toHaveText('Jetzt geöffnet, bis 12:00');
    await page.getByTestId('preview').getByTestId('schedule').scrollIntoViewIfNeeded();
    await shoot('editor-3-hours-and-preview');
    await page.getByRole('button', { name: 'Speichern …' }).click();
    await expect(page.getByTestId('changes')).toBeVisible();
    await shoot('editor-4-save');
  });
});
