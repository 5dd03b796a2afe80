// Shared test fixture: every page must keep all its requests on the app's own
// origin (no CDN, web fonts or analytics); a test fails on any other request.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const foreign = [];
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
    });
    await use(page);
    expect(foreign, 'requests to other hosts').toEqual([]);
  },
});

export { expect };
