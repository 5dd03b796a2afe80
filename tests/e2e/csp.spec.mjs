// The Content-Security-Policy: only the app's own scripts run. Trunk's inline
// loader is allowed by its hash (written by public/build-hook.mjs), so an
// injected inline script is refused. (Uses Playwright's plain page: the shared
// fixture fails any test that causes a CSP report, which this one must.)
import { test, expect } from '@playwright/test';

test('scripts: the app runs, an injected inline script is refused', async ({ page }) => {
  await page.goto('/?lang=de');
  await expect(page.getByTestId('first-stop')).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("connect-src 'self'");
  const ran = await page.evaluate(
    () =>
      new Promise((done) => {
        window.injected = false;
        document.addEventListener('securitypolicyviolation', () => done(window.injected), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
        setTimeout(() => done(window.injected), 1000);
      }),
  );
  expect(ran).toBe(false);
});
