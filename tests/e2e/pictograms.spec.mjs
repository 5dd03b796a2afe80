// The topics' pictograms (issue 17): drawn from the precached sprite beside
// each topic's name on the home page, the topic page and an offer's topics;
// in the text's colour (so high contrast applies to them too); mirrored in
// Arabic where the drawing points somewhere, and only there.
import { test, expect } from './fixtures.mjs';

/** For each pictogram in `scope`: drawn (the sprite's symbol has a size), mirrored?, its colour, the text beside it. */
const pictograms = (scope) => scope.locator('svg.pictogram').evaluateAll((svgs) => svgs.map((svg) => {
  const box = svg.querySelector('use').getBBox();
  const style = getComputedStyle(svg);
  return {
    drawn: box.width > 0 && box.height > 0,
    directional: svg.classList.contains('directional'),
    mirrored: style.transform.startsWith('matrix(-1'),
    stroke: style.stroke,
    color: style.color,
    hidden: svg.getAttribute('aria-hidden') === 'true',
    beside: svg.parentElement.textContent.trim(),
  };
}));

test('every topic on the home page has its pictogram beside its name, drawn in the text colour', async ({ page }) => {
  await page.goto('/');
  const topics = page.getByTestId('categories');
  await expect(topics.getByRole('link')).toHaveCount(9);
  await expect.poll(async () => (await pictograms(topics)).filter((p) => p.drawn).length).toBe(9);
  for (const p of await pictograms(topics)) {
    expect(p.hidden, 'decoration: screen readers read the name').toBe(true);
    expect(p.beside.length, 'never an icon alone').toBeGreaterThan(3);
    expect(p.stroke).toBe(p.color);
    expect(p.mirrored).toBe(false);
  }
  // The topic's name stays the link's name.
  await expect(topics.getByRole('link', { name: /^Arbeit, Jobcenter & Anerkennung/ })).toBeVisible();

  await topics.getByRole('link', { name: /^Arbeit/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeit, Jobcenter & Anerkennung');
  expect((await pictograms(page.getByRole('heading', { level: 1 })))[0]?.drawn).toBe(true);
});

test('in Arabic the signpost is mirrored, the other drawings are not; high contrast colours them too', async ({ page }) => {
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const topics = page.getByTestId('categories');
  await expect.poll(async () => (await pictograms(topics)).filter((p) => p.drawn).length).toBe(9);
  const all = await pictograms(topics);
  expect(all.filter((p) => p.directional).length).toBe(1);
  for (const p of all) expect(p.mirrored, p.beside).toBe(p.directional);

  await page.goto('/about');
  await page.getByRole('group', { name: 'التباين' }).locator('input[value=more]').check(); // "Kontrast"
  await page.goto('/offer/jobcenter-moers');
  const tags = await pictograms(page.locator('.tags'));
  expect(tags.length).toBeGreaterThan(0);
  for (const p of tags) {
    expect(p.drawn).toBe(true);
    expect(p.stroke).toBe(p.color);
  }
});

test('offline after one visit, the pictograms are still drawn (the sprite is precached)', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  const cached = await page.evaluate(async () => {
    for (const key of await caches.keys()) if (await (await caches.open(key)).match('/icons/topics.svg')) return true;
    return false;
  });
  expect(cached).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect.poll(async () => (await pictograms(page.getByTestId('categories'))).filter((p) => p.drawn).length).toBe(9);
});
