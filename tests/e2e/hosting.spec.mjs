// The hosting recipe, rule by rule, against the real web server that serves
// the build (`E2E_SERVER=caddy`: deploy/Caddyfile; `E2E_SERVER=nginx`:
// deploy/nginx.conf): content types, caching of hashed and unhashed names,
// the route fallback and the static route files, precompressed brotli and
// gzip, the Content-Security-Policy as a header, the security headers, and
// ETags. Skipped with the tests' own Node server, which is not a recipe.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect } from './fixtures.mjs';
import { nginxConfig } from './hosts.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const SERVER = process.env.E2E_SERVER;
test.skip(!['caddy', 'nginx'].includes(SERVER), 'only against a real web server (E2E_SERVER=caddy or nginx)');

/** One request as the server answers it: no decompression, no redirects followed. */
function fetchRaw(path, headers = {}) {
  return new Promise((ok, fail) => {
    get(`${process.env.E2E_BASE_URL}${path}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}
const decoded = (r) =>
  r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body;
const file = (name) => readFileSync(join(DIST, name));
const metaPolicy = (page) => file(page).toString().match(/<meta content="([^"]*)" http-equiv=Content-Security-Policy>/)[1];
const hashed = () => {
  const html = file('index.html').toString();
  const wasm = html.match(/\/(wegweiser-[0-9a-f]{8,16}_bg\.wasm)/)[1];
  const glue = html.match(/\/(wegweiser-[0-9a-f]{8,16}\.js)/)[1];
  // (The stylesheet is inline in the pages; its hashed file is what the worker keeps.)
  const css = readdirSync(DIST).find((n) => /^main-[0-9a-f]{8,16}\.css$/.test(n));
  return { wasm, glue, css };
};

test('nginx -t accepts deploy/nginx.conf', async () => {
  test.skip(SERVER !== 'nginx');
  const dir = mkdtempSync(join(tmpdir(), 'nginx-t-'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(DIST, 8080, dir));
  const check = spawnSync('nginx', ['-t', '-c', conf], { encoding: 'utf8' });
  expect(check.stderr).toContain('test is successful');
  expect(check.stderr).not.toMatch(/\[(warn|emerg)\]/);
  expect(check.status).toBe(0);
});

test('it is the real server answering', async () => {
  const r = await fetchRaw('/');
  expect(r.headers.server ?? '').toMatch(SERVER === 'caddy' ? /Caddy/ : /nginx/);
});

test('content types', async () => {
  const { wasm, glue, css } = hashed();
  const types = {
    '/': /^text\/html/,
    '/offer/jobcenter-moers': /^text\/html/,
    [`/${wasm}`]: /^application\/wasm$/,
    [`/${glue}`]: /^(text|application)\/javascript/,
    [`/${css}`]: /^text\/css/,
    '/sw.js': /^(text|application)\/javascript/,
    '/manifest.webmanifest': /^application\/manifest\+json/,
    '/directory/de.json': /^application\/json/,
    '/hsds/services.json': /^application\/json/,
    '/locales/uk.ftl': /^text\/plain; charset=utf-8$/,
    '/icons/icon.svg': /^image\/svg\+xml/,
    '/icons/icon-192.png': /^image\/png$/,
  };
  for (const [path, type] of Object.entries(types)) {
    const r = await fetchRaw(path);
    expect(r.status, path).toBe(200);
    expect(r.headers['content-type'], path).toMatch(type);
    expect(r.headers['x-content-type-options'], path).toBe('nosniff');
  }
});

test('hashed names are cached for a year; every other name is revalidated', async () => {
  const { wasm, glue, css } = hashed();
  for (const name of [wasm, glue, css]) {
    const r = await fetchRaw(`/${name}`);
    expect(r.headers['cache-control'], name).toMatch(/max-age=31536000/);
    expect(r.headers['cache-control'], name).toMatch(/immutable/);
  }
  for (const path of ['/', '/index.html', '/offer/jobcenter-moers', '/sw.js', '/manifest.webmanifest', '/directory/de.json', '/locales/de.ftl', '/icons/icon-192.png', '/redaktion/']) {
    const r = await fetchRaw(path);
    expect(r.headers['cache-control'], path).toBe('no-cache');
  }
});

test('routes: each has its static page, the editor its slash, anything else (the server snippets too) the 404 page', async () => {
  const offer = await fetchRaw('/offer/jobcenter-moers', { 'accept-encoding': 'identity' });
  expect(offer.status).toBe(200);
  expect(offer.body.equals(file('offer/jobcenter-moers.html')), 'offer/<id>.html, not the shell').toBe(true);
  for (const [path, page] of [['/', 'index.html'], ['/category/work', 'category/work.html'], ['/emergency', 'emergency.html'], ['/redaktion/', 'redaktion/index.html']]) {
    const r = await fetchRaw(path, { 'accept-encoding': 'identity' });
    expect(r.status, path).toBe(200);
    expect(r.body.equals(file(page)), `${path} → ${page}`).toBe(true);
  }
  const editor = await fetchRaw('/redaktion');
  expect(editor.status).toBe(301);
  expect(editor.headers.location).toMatch(/\/redaktion\/$/);
  // The server's own snippets (.hosting/) are for the server, not for visitors.
  for (const path of ['/offer/does-not-exist', '/no/such/page', '/missing-0123456789abcdef.js', '/.hosting/nginx-csp.conf', '/.hosting/caddy-csp.conf']) {
    const r = await fetchRaw(path, { 'accept-encoding': 'identity' });
    expect(r.status, path).toBe(404);
    expect(r.body.equals(file('404.html')), `${path}: the not-found page`).toBe(true);
  }
});

test('precompressed brotli, else gzip, else as is', async () => {
  const { wasm } = hashed();
  for (const path of [`/${wasm}`, '/directory/uk.json', '/offer/jobcenter-moers']) {
    const name = path === '/offer/jobcenter-moers' ? 'offer/jobcenter-moers.html' : path.slice(1);
    const original = file(name);
    const br = await fetchRaw(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(br.body.equals(file(`${name}.br`)), `${path}: the build's .br file as it is`).toBe(true);
    expect(decoded(br).equals(original), path).toBe(true);
    expect(br.headers.vary ?? '', path).toMatch(/accept-encoding/i);
    const gz = await fetchRaw(path, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    expect(decoded(gz).equals(original), path).toBe(true);
    const plain = await fetchRaw(path, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(original), path).toBe(true);
  }
  expect(file(`${wasm}.br`).length).toBeLessThan(file(wasm).length / 2);
});

test('the Content-Security-Policy as a header, and the other security headers', async () => {
  const app = `${metaPolicy('index.html')}; frame-ancestors 'none'`;
  const editor = `${metaPolicy('redaktion/index.html')}; frame-ancestors 'none'`;
  expect(app).not.toBe(editor);
  for (const path of ['/', '/offer/jobcenter-moers', '/sw.js', '/no/such/page']) {
    const r = await fetchRaw(path);
    expect(r.headers['content-security-policy'], path).toBe(app);
    expect(r.headers['referrer-policy'], path).toBe('no-referrer');
    expect(r.headers['x-content-type-options'], path).toBe('nosniff');
    const permissions = r.headers['permissions-policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions, path).toContain(`${feature}=()`);
    // What the app uses stays allowed: sharing a link, copying it.
    expect(permissions).not.toMatch(/web-share|clipboard/);
  }
  expect((await fetchRaw('/redaktion/')).headers['content-security-policy']).toBe(editor);
});

test('an unchanged directory file is a 304 for its ETag', async () => {
  const first = await fetchRaw('/directory/de.json', { 'accept-encoding': 'gzip, br' });
  expect(first.headers.etag).toBeTruthy();
  const again = await fetchRaw('/directory/de.json', { 'accept-encoding': 'gzip, br', 'if-none-match': first.headers.etag });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
});

test('static hosts get the same rules in _headers and _redirects', async () => {
  const headers = file('_headers').toString();
  const { wasm, glue, css } = hashed();
  for (const name of [wasm, glue, css]) expect(headers).toContain(`/${name}\n  Cache-Control: public, max-age=31536000, immutable`);
  for (const hash of [...metaPolicy('index.html').matchAll(/'sha256-[^']+'/g), ...metaPolicy('redaktion/index.html').matchAll(/'sha256-[^']+'/g)]) {
    expect(headers).toContain(hash[0]);
  }
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toContain('Referrer-Policy: no-referrer');
  expect(file('_redirects').toString()).toContain('/redaktion  /redaktion/  301');
});
