// Read aloud with the device's own speech synthesis. Chromium on Debian has
// no voices, so a stand-in `speechSynthesis` is installed in the page
// (speech-stand-in.mjs).
import { test, expect } from './fixtures.mjs';
import { standIn, VOICES } from './speech-stand-in.mjs';

test('an Arabic offer page is read in Arabic with the Arabic voice, the phone number in digit groups', async ({ page }) => {
  await standIn(page, VOICES);
  await page.goto('/offer/jobcenter-moers?lang=ar');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('button', { name: 'القراءة بصوت عالٍ' }).click();
  await page.waitForFunction(() => window.spoken.length > 3);
  const spoken = await page.evaluate(() => window.spoken);
  expect(spoken[0].text).toBe(heading.trim());
  expect(new Set(spoken.map((s) => s.voice))).toEqual(new Set(['Maged']));
  expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['ar-SA']));
  const all = spoken.map((s) => s.text).join(' | ');
  expect(all).toContain('0 2 8 1, 9 6 2 0 7 7 7');
  expect(all).not.toContain('Wegweiser');
});

test('pause and resume read on from the piece being spoken, also where pause() ends the reading (Android)', async ({ page }) => {
  await standIn(page, VOICES);
  // A stand-in that speaks one piece at a time until the test ends it, and
  // pauses as Chrome and Firefox on Android do: pause() ends everything
  // queued, and resume() does nothing.
  await page.addInitScript(() => {
    let queue = [];
    window.started = [];
    const next = () => setTimeout(() => { if (queue[0]) { window.started.push(queue[0].text); queue[0].onstart?.(); } });
    const synthesis = window.speechSynthesis;
    synthesis.speak = (u) => { window.spoken.push({ text: u.text }); if (queue.push(u) === 1) next(); };
    // Stopping reports each utterance it drops as "interrupted", at once.
    const drop = () => { const dropped = queue; queue = []; dropped.forEach((u) => u.onerror?.({ error: 'interrupted' })); };
    synthesis.cancel = () => { window.speechCalls.push('cancel'); drop(); };
    synthesis.pause = () => { window.speechCalls.push('pause'); drop(); };
    window.endPiece = () => { queue.shift()?.onend?.(); next(); };
  });
  await page.goto('/emergency');
  await page.getByRole('button', { name: 'Vorlesen' }).click();
  await page.waitForFunction(() => window.started.length === 1);
  const queued = await page.evaluate(() => window.spoken.length);
  expect(queued).toBeGreaterThan(3);
  await page.evaluate(() => window.endPiece());
  await page.waitForFunction(() => window.started.length === 2);
  await page.evaluate(() => window.endPiece());
  await page.waitForFunction(() => window.started.length === 3);
  const third = await page.evaluate(() => window.started[2]);
  await page.getByRole('button', { name: 'Anhalten' }).click();
  await expect(page.getByRole('button', { name: 'Weiter vorlesen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stopp' })).toBeVisible();
  await page.getByRole('button', { name: 'Weiter vorlesen' }).click();
  await page.waitForFunction(() => window.started.length === 4);
  // Read on from the third piece (said again whole), the rest after it.
  const again = await page.evaluate((n) => window.spoken.slice(n).map((s) => s.text), queued);
  expect(again[0]).toBe(third);
  expect(again.length).toBe(queued - 2);
  expect(await page.evaluate(() => window.started[3])).toBe(third);
  expect(again.join(' | ')).toContain('1 1 0');
  expect(await page.evaluate(() => window.speechCalls)).toEqual(['cancel', 'cancel', 'cancel']);
  // Paused again at its fifth piece, resumed there; stop ends it.
  await page.evaluate(() => { window.endPiece(); window.endPiece(); });
  await page.waitForFunction(() => window.started.length === 6);
  const fifth = await page.evaluate(() => window.started[5]);
  await page.getByRole('button', { name: 'Anhalten' }).click();
  await page.getByRole('button', { name: 'Weiter vorlesen' }).click();
  await page.waitForFunction(() => window.started.length === 7);
  expect(await page.evaluate(() => window.started[6])).toBe(fifth);
  await page.getByRole('button', { name: 'Stopp' }).click();
  await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stopp' })).toBeHidden();
  // Read again after "stop": from the top.
  await page.getByRole('button', { name: 'Vorlesen' }).click();
  await page.waitForFunction(() => window.started.length === 8);
  expect(await page.evaluate(() => window.started[7])).toBe(await page.evaluate(() => window.started[0]));
  await expect(page.getByTestId('no-voice')).toBeHidden();
});

test('a voice the device lists but cannot speak with: the page says so in Arabic and offers German', async ({ page }) => {
  await standIn(page, VOICES);
  // The Arabic voice fails (its data not on the device), the German one speaks.
  await page.addInitScript(() => {
    window.speechSynthesis.speak = (u) => {
      window.spoken.push({ text: u.text, lang: u.lang });
      setTimeout(() => (u.lang.startsWith('ar') ? u.onerror?.({ error: 'synthesis-failed' }) : u.onend?.()), 5);
    };
  });
  await page.goto('/offer/jobcenter-moers?lang=ar');
  await page.getByRole('button', { name: 'القراءة بصوت عالٍ' }).click();
  await expect(page.getByTestId('no-voice')).toContainText('لا يوجد في هذا الجهاز صوت للغة العربية.');
  await expect(page.getByRole('button', { name: 'القراءة بصوت عالٍ' })).toBeVisible();
  const before = await page.evaluate(() => window.spoken.length);
  await page.getByRole('button', { name: 'القراءة بالألمانية' }).click();
  await expect.poll(() => page.evaluate((n) => window.spoken[n]?.lang, before)).toBe('de-DE');
  await expect(page.getByTestId('no-voice')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeVisible();
});

test('reading to the end turns the button back to "read aloud"', async ({ page }) => {
  await standIn(page, VOICES);
  // Each piece ends 1 s after it was queued.
  await page.addInitScript(() => {
    window.speechSynthesis.speak = (u) => { window.spoken.push({ text: u.text }); setTimeout(() => u.onend?.(), 1000); };
  });
  await page.goto('/emergency');
  await page.getByRole('button', { name: 'Vorlesen' }).click();
  await expect(page.getByRole('button', { name: 'Anhalten' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stopp' })).toBeHidden();
  expect(await page.evaluate(() => window.spoken.length)).toBeGreaterThan(3);
});

test('leaving the page stops its reading, and the next page reads its own', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Keeps speaking until stopped; stopping ends what was queued.
  await standIn(page, VOICES, { held: 'end' });
  await page.goto('/emergency');
  await page.getByRole('button', { name: 'Vorlesen' }).click();
  await expect(page.getByRole('button', { name: 'Anhalten' })).toBeVisible();
  expect(await page.evaluate(() => window.speechCalls)).toEqual(['cancel']);
  const offer = page.locator('main h3 a').first();
  const name = (await offer.textContent()).trim();
  await offer.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect.poll(() => page.evaluate(() => window.speechCalls)).toEqual(['cancel', 'cancel']);
  await page.waitForTimeout(50); // the ended utterances' events have come
  const before = await page.evaluate(() => window.spoken.length);
  await page.getByRole('button', { name: 'Vorlesen' }).click();
  await expect.poll(() => page.evaluate(() => window.spoken.length)).toBeGreaterThan(before);
  expect(await page.evaluate((n) => window.spoken[n].text, before)).toBe(name);
  expect(errors).toEqual([]);
});

test('with no Arabic voice the page says so in Arabic and offers German', async ({ page }) => {
  await standIn(page, [['de-DE', 'Anna']]);
  await page.goto('/offer/jobcenter-moers?lang=ar');
  await expect(page.getByTestId('read-aloud')).toBeVisible();
  await expect(page.getByTestId('no-voice')).toBeHidden();
  await page.getByRole('button', { name: 'القراءة بصوت عالٍ' }).click();
  await expect(page.getByTestId('no-voice')).toContainText('لا يوجد في هذا الجهاز صوت للغة العربية.');
  expect(await page.evaluate(() => window.spoken.length)).toBe(0);
  await page.getByRole('button', { name: 'القراءة بالألمانية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.waitForFunction(() => window.spoken.length > 0);
  const first = await page.evaluate(() => window.spoken[0]);
  expect(first).toEqual({ text: 'Jobcenter Kreis Wesel – Standorte Moers', lang: 'de-DE', voice: 'Anna' });
});

test('a browser that lists its voices only a moment after the first question still reads', async ({ page }) => {
  // As Chrome does: the first getVoices() is empty, the list comes later
  // (here a second later, on the third question, as on a slow phone).
  await standIn(page, VOICES, { late: 2 });
  await page.goto('/offer/jobcenter-moers?lang=uk');
  await page.getByTestId('read-aloud').click();
  await page.waitForFunction(() => window.spoken.length > 0);
  expect(await page.evaluate(() => window.spoken[0].voice)).toBe('Lesya');
  await expect(page.getByTestId('no-voice')).toBeHidden();
});

test('on iOS, where speech after a timer needs a tap first, voices listed late still read', async ({ page }) => {
  // The voices come a moment late, so the reading starts after a timer.
  await standIn(page, VOICES, { ios: true, late: 1 });
  await page.goto('/offer/jobcenter-moers?lang=uk');
  await page.getByTestId('read-aloud').click();
  await page.waitForFunction(() => window.spoken.length > 0);
  expect(await page.evaluate(() => window.spoken[0].voice)).toBe('Lesya');
  expect(await page.evaluate(() => [window.primed > 0, window.dropped])).toEqual([true, 0]);
});

test('on iOS, "read in German" (after the page is drawn in German) still reads', async ({ page }) => {
  await standIn(page, [['de-DE', 'Anna']], { ios: true });
  await page.goto('/offer/jobcenter-moers?lang=ar');
  await page.getByRole('button', { name: 'القراءة بصوت عالٍ' }).click();
  await page.getByRole('button', { name: 'القراءة بالألمانية' }).click();
  await page.waitForFunction(() => window.spoken.length > 0);
  expect(await page.evaluate(() => window.spoken[0])).toEqual({ text: 'Jobcenter Kreis Wesel – Standorte Moers', lang: 'de-DE', voice: 'Anna' });
  expect(await page.evaluate(() => window.dropped)).toBe(0);
});

test('where the browser has no speech synthesis there is no button', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
  await page.goto('/offer/jobcenter-moers');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('read-aloud')).toHaveCount(0);
});

test('the voices Chromium on Debian has (for README)', async ({ page }) => {
  await page.goto('/');
  const voices = await page.evaluate(async () => {
    const list = speechSynthesis.getVoices();
    if (list.length) return list.map((v) => v.lang);
    await new Promise((done) => setTimeout(done, 1000));
    return speechSynthesis.getVoices().map((v) => v.lang);
  });
  console.log(`speech voices in this Chromium: ${voices.length ? voices.join(', ') : 'none'}`);
  await expect(page.getByTestId('read-aloud').first()).toBeVisible();
});

test('the desk card reads its German sentence to the staff with a German voice', async ({ page }) => {
  await standIn(page, VOICES);
  await page.goto('/offer/jobcenter-moers?lang=ar');
  await page.getByTestId('show-at-desk').click();
  const card = page.getByTestId('desk-card');
  const german = (await card.locator('.desk-german').textContent()).trim();
  await card.getByRole('button', { name: 'القراءة بصوت عالٍ' }).click();
  await page.waitForFunction(() => window.spoken.length > 0);
  expect(await page.evaluate(() => window.spoken)).toEqual([{ text: german, lang: 'de-DE', voice: 'Anna' }]);
});

test("the desk card read while the page is read: the page's reading ends, the card's goes on", async ({ page }) => {
  // Speaks until stopped; stopping reports what it drops as "interrupted".
  await standIn(page, VOICES, { held: 'interrupted' });
  await page.goto('/offer/jobcenter-moers?lang=ar');
  const pageButton = page.locator('[data-testid=read-aloud]:not([data-testid=desk-card] *)');
  await pageButton.click();
  await expect(pageButton).toHaveText('إيقاف مؤقت');
  await page.getByTestId('show-at-desk').click();
  const card = page.getByTestId('desk-card');
  await card.getByRole('button', { name: 'القراءة بصوت عالٍ' }).click();
  await expect(card.getByRole('button', { name: 'إيقاف مؤقت' })).toBeVisible();
  await expect(pageButton).toHaveText('القراءة بصوت عالٍ');
  await page.waitForTimeout(100); // what the card's start dropped has been reported
  expect(await page.evaluate(() => window.speechCalls)).toEqual(['cancel', 'cancel']);
  expect(await page.evaluate(() => window.queued())).toBe(1);
  await expect(card.getByRole('button', { name: 'إيقاف مؤقت' })).toBeVisible();
  await expect(page.getByTestId('no-voice').first()).toBeHidden();
});
