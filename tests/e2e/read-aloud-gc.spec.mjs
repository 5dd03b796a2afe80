// Read aloud where the browser collects what the page lets go of: Chrome
// loses the events of an utterance the page keeps no reference to (garbage
// collected while queued, its `end` never comes, and the button would stay
// "Anhalten"). The stand-in holds what it is asked to speak only weakly, as
// Chrome does, and the test collects garbage before it speaks. Its own file:
// the browser needs `--expose-gc`, which forces a worker of its own.
import config from './playwright.config.mjs';
import { test, expect } from './fixtures.mjs';
import { standIn, VOICES } from './speech-stand-in.mjs';

const launch = config.use.launchOptions;
test.use({ launchOptions: { ...launch, args: [...launch.args, '--js-flags=--expose-gc'] } });

test('the read aloud button turns back when the reading ends, after a garbage collection', async ({ page }) => {
  await standIn(page, VOICES);
  await page.addInitScript(() => {
    let queue = [];
    window.speechSynthesis.speak = (u) => { window.spoken.push({ text: u.text }); queue.push(new WeakRef(u)); };
    window.speechSynthesis.cancel = () => { queue = []; };
    // Speaks what is still there: start, then end, piece by piece; how many were lost.
    window.speakQueued = async () => {
      let lost = 0;
      for (const ref of queue.splice(0)) {
        const u = ref.deref();
        if (!u) { lost++; continue; }
        u.onstart?.();
        await new Promise((done) => setTimeout(done));
        u.onend?.();
      }
      return lost;
    };
  });
  await page.goto('/emergency');
  await page.getByRole('button', { name: 'Vorlesen' }).click();
  await expect(page.getByRole('button', { name: 'Anhalten' })).toBeVisible();
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  await page.evaluate(() => { window.gc(); window.gc(); });
  expect(await page.evaluate(() => window.speakQueued())).toBe(0);
  await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeVisible();
});
