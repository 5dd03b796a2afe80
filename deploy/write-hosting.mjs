// What a web server needs beside the built files, written into the site
// folder after every build (`make release`, `make publish`):
//
// - every compressible file precompressed as `<file>.br` (brotli, quality 11)
//   and `<file>.gz` (gzip -9), which Caddy (`precompressed br gzip`) and
//   nginx (`brotli_static`, `gzip_static`) send as they are;
// - `.hosting/caddy-csp.conf` and `.hosting/nginx-csp.conf`: the
//   Content-Security-Policy of the app and of the editor as response headers
//   (the same policy as their `<meta>` tag, plus `frame-ancestors 'none'`,
//   which only a header can carry), included by deploy/Caddyfile and
//   deploy/nginx.conf;
// - `.hosting/nginx-site.conf`: nginx's routes for the site's base path
//   (the redirects, the static page of a route, the not-found page; under a
//   sub-path the base is taken off before the folder is looked in, and
//   nothing outside it is answered), included by deploy/nginx.conf;
// - `_headers` and `_redirects` for static hosts that read them (Netlify,
//   Cloudflare Pages): the same rules in their format.
//
// None of these files is precached or counted in the app's version (the
// build hook leaves them out).
//
//   node deploy/write-hosting.mjs [site-folder]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const site = process.argv[2] ?? 'dist';

/** Security headers for every response (README "Hosting"). */
const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media', 'fullscreen',
  'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment',
  'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

/** Files whose name carries a content hash (Trunk's): cached for a year. */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
const COMPRESSIBLE = /\.(html|js|wasm|css|json|svg|webmanifest|ftl|txt)$/;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.') || name.startsWith('_')) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The Content-Security-Policy of a built page's `<meta>` tag. */
function policyOf(page) {
  const html = readFileSync(page, 'utf8');
  const policy = html.match(/<meta content="([^"]*)" http-equiv=Content-Security-Policy>/)?.[1]
    ?? html.match(/http-equiv="?Content-Security-Policy"? content="([^"]*)"/)?.[1];
  if (!policy) throw new Error(`${page}: no Content-Security-Policy meta tag`);
  return `${policy}; frame-ancestors 'none'`;
}

// Precompressed copies, made anew (a stale .br would be served for a changed file).
let compressed = 0;
for (const file of files(site)) {
  for (const old of [`${file}.br`, `${file}.gz`]) if (existsSync(old)) rmSync(old);
  if (file.endsWith('.br') || file.endsWith('.gz') || !COMPRESSIBLE.test(file)) continue;
  const body = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  compressed += 1;
}

// The site's base path, as the build wrote it into the page (`/`, or `/wegweiser/`).
const base = readFileSync(join(site, 'index.html'), 'utf8')
  .match(/<meta\s[^>]*name=["']?wegweiser-base["']?[^>]*>/)?.[0].match(/content=["']?([^"'\s>]+)/)?.[1] ?? '/';
const app = policyOf(join(site, 'index.html'));
const editorPage = join(site, 'redaktion', 'index.html');
const editor = existsSync(editorPage) ? policyOf(editorPage) : app;
const quote = (value) => `"${value.replaceAll('"', '\\"')}"`;

mkdirSync(join(site, '.hosting'), { recursive: true });
writeFileSync(join(site, '.hosting', 'caddy-csp.conf'), [
  '# Written by deploy/write-hosting.mjs from the built pages: do not edit.',
  `@wegweiser_app not path ${base}redaktion/*`,
  `header @wegweiser_app Content-Security-Policy ${quote(app)}`,
  `header ${base}redaktion/* Content-Security-Policy ${quote(editor)}`,
  '',
].join('\n'));
// (By the address asked for: under a sub-path nginx takes the base off `$uri`.)
writeFileSync(join(site, '.hosting', 'nginx-csp.conf'), [
  '# Written by deploy/write-hosting.mjs from the built pages: do not edit.',
  'map $request_uri $wegweiser_csp {',
  `    ~^${base}redaktion/ ${quote(editor)};`,
  `    default ${quote(app)};`,
  '}',
  '',
].join('\n'));

// nginx's routes. At the root: a path without a file is answered with its
// static page (/offer/<id> → offer/<id>.html), a folder with its index.html,
// anything else with the not-found page and status 404 (the app starts there
// too). Under a sub-path the same below it, after the base is taken off
// (`root` stays the site folder: no `alias`, whose interplay with `try_files`
// is a known nginx trap), and nothing outside it.
const prefix = base.slice(0, -1);
writeFileSync(join(site, '.hosting', 'nginx-site.conf'), [
  `# Written by deploy/write-hosting.mjs for the base path ${base}: do not edit.`,
  `location = ${base}redaktion {`,
  `    return 301 ${base}redaktion/;`,
  '}',
  // These snippets are for the server, not for visitors.
  `location ^~ ${base}.hosting/ {`,
  '    return 404;',
  '}',
  ...(base === '/'
    ? ['location / {', '    try_files $uri $uri.html $uri/ =404;', '}']
    : [
      `location = ${prefix} {`, `    return 301 ${base};`, '}',
      `location ${base} {`,
      `    rewrite ^${prefix}(/.*)$ $1 break;`,
      '    try_files $uri $uri.html $uri/index.html =404;',
      '}',
      'location / {', '    return 404;', '}',
    ]),
  `error_page 404 ${base}404.html;`,
  '',
].join('\n'));

// Static hosts: a rule's headers add up with those of other matching rules,
// so the policy here allows both the app's and the editor's loader script.
const hashes = (policy) => policy.match(/'sha256-[^']+'/g) ?? [];
const both = app.replace(/script-src ([^;]*)/, (all) => `${all} ${hashes(editor).filter((h) => !app.includes(h)).join(' ')}`.trim());
const hashed = files(site).map((f) => `${base}${relative(site, f).split('\\').join('/')}`).filter((f) => HASHED.test(f)).sort();
writeFileSync(join(site, '_headers'), [
  '# Written by deploy/write-hosting.mjs (Netlify, Cloudflare Pages); see deploy/Caddyfile for the rules.',
  `${base}*`,
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: no-referrer',
  `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
  `  Content-Security-Policy: ${both}`,
  `${base}sw.js`,
  '  Cache-Control: no-cache',
  `${base}manifest.webmanifest`,
  '  Content-Type: application/manifest+json',
  ...hashed.flatMap((f) => [f, '  Cache-Control: public, max-age=31536000, immutable']),
  '',
].join('\n'));
writeFileSync(join(site, '_redirects'), [
  '# Written by deploy/write-hosting.mjs (Netlify, Cloudflare Pages). Routes are served',
  '# from their static page by these hosts\' own rule (/offer/<id> → offer/<id>.html,',
  '# unknown paths → 404.html with status 404); only the editor needs its slash.',
  `${base}redaktion  ${base}redaktion/  301`,
  ...(base === '/' ? [] : [`${base.slice(0, -1)}  ${base}  301`]),
  '',
].join('\n'));
console.log(`hosting: ${compressed} files precompressed (br, gz); CSP headers, _headers and _redirects written in ${site}`);
