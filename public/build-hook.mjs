// Trunk post-build hook (not shipped): writes the build version and the
// precache list into the staged sw.js, from the real (hashed) file names; the
// per-language directory files; and the inline script hashes into the CSP.
// The version is a hash of every staged file, so any change makes a new one.
// Locale files (locales/*.ftl) are not precached: only the language a user
// chooses is downloaded, and the service worker keeps it (see sw.js).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { trimBoundary } from './wasm-boundary.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const base = (process.env.TRUNK_PUBLIC_URL ?? '/').replace(/\/?$/, '/');
// The editor (public/redaktion/index.html, built into dist/redaktion/) gets
// the minified glue and the strict CSP only: no directory files, no static
// pages, no service worker of its own (the app's never precaches it).
const editor = /redaktion/.test(process.env.TRUNK_HTML_FILE ?? '');
// `make publish` runs this on a copy of a finished build with another
// directory file: everything derived from the directory (per-language files,
// static pages, the service worker's version) is written anew from it; the
// code, its glue and the CSP stay as built.
const publish = process.env.WEGWEISER_PUBLISH === '1';
// The site's base path (Trunk's --public-url, from site.json's base_path; the
// editor's is <base>redaktion/): written into the page, where the app,
// pwa.js and the static pages' renderer read it. Publishing keeps the base
// the copied build was made for (its page says it).
const BASE_META = /(<meta\s[^>]*name=["']?wegweiser-base["']?[^>]*>)/;
const builtBase = () => readFileSync(join(staging, 'index.html'), 'utf8').match(BASE_META)?.[1]
  .match(/content=["']?([^"'\s>]+)/)?.[1];
const siteBase = publish ? (builtBase() ?? '/') : editor ? base.replace(/redaktion\/$/, '') : base;

// One directory file per UI language (the languages are the locale files):
// German plus that language, so no one downloads the texts of ten languages
// they do not read. Keywords and synonyms stay complete (cross-language search).
const isCode = (k) => /^[a-z]{2,3}(-ls)?$/.test(k);
const isText = (o) => 'de' in o && Object.entries(o).every(([k, v]) => isCode(k) && typeof v === 'string');
// A translation a German change left behind (an offer's `needs_update`) is
// left out too: newcomers read the German text, marked "only in German".
function onlyLanguages(value, keep) {
  if (Array.isArray(value)) return value.map((v) => onlyLanguages(v, keep));
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) return Object.fromEntries(Object.entries(value).filter(([k]) => keep.includes(k)));
  const current = Array.isArray(value.needs_update) ? keep.filter((k) => !value.needs_update.includes(k)) : keep;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onlyLanguages(v, current)]));
}
let languages = [];
if (!editor) {
  const full = JSON.parse(readFileSync(join(staging, 'directory.json'), 'utf8'));
  languages = readdirSync(join(staging, 'locales'))
    .filter((name) => name.endsWith('.ftl'))
    .map((name) => name.slice(0, -'.ftl'.length));
  mkdirSync(join(staging, 'directory'), { recursive: true });
  for (const code of languages) {
    const keep = code === 'de' ? ['de'] : ['de', code];
    const { format, format_version, data_version, ...rest } = onlyLanguages(full, keep);
    const variant = { format, format_version, data_version, text_languages: keep, ...rest };
    writeFileSync(join(staging, 'directory', `${code}.json`), JSON.stringify(variant));
  }
}

// The wasm-bindgen glue ships minified (31 KB instead of 69 KB raw, -1.8 KB
// brotli): Trunk's own minifier fails on it ("Failed to minify JS") and leaves
// it as is. Its file name keeps Trunk's content hash; its integrity attribute
// is written anew. Release builds only (`trunk serve` for development keeps it
// readable).
let policy = 'CSP as built';
if (!publish) {
  const page = join(staging, 'index.html');
  let html = readFileSync(page, 'utf8');
  // The base path into the page, and before its root-relative links (manifest, icons).
  if (!BASE_META.test(html)) throw new Error('index.html: no <meta name="wegweiser-base">');
  html = html.replace(BASE_META, (tag) => tag.replace(/content=("[^"]*"|'[^']*'|[^\s>]+)/, `content="${siteBase}"`));
  html = html.replace(/(href=["']?)\/(manifest\.webmanifest|icons\/)/g, `$1${siteBase}$2`);
  writeFileSync(page, html);
  if (process.env.TRUNK_PROFILE === 'release') {
    const glue = html.match(/from '\/?([^']+\.js)'/)?.[1]?.replace(base.slice(1), '');
    if (!glue) throw new Error('index.html: no wasm-bindgen glue import found');
    const file = join(staging, glue);
    const wasmName = html.match(/module_or_path: '\/?([^']+\.wasm)'/)?.[1]?.replace(base.slice(1), '');
    if (!wasmName) throw new Error('index.html: no wasm file in the loader script');
    // The boundary trimmed (wasm-boundary.mjs): unused exports and classes
    // out, import and export names minified in both files; wasm-opt with the
    // features the page's own build used.
    const source = readFileSync(process.env.TRUNK_HTML_FILE ?? 'index.html', 'utf8');
    const features = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1]?.split(/\s+/).filter((flag) => flag.startsWith('--enable-'));
    if (!features?.length) throw new Error('index.html: no --enable-* flags in data-wasm-opt-params');
    const wasmOpt = join(process.cwd(), 'node_modules', '.bin', 'wasm-opt');
    const trimmed = trimBoundary(readFileSync(file, 'utf8'), readFileSync(join(staging, wasmName)), { wasmOpt, features });
    writeFileSync(join(staging, wasmName), trimmed.wasm);
    const { minify } = await import('terser');
    const result = await minify(trimmed.glue, { module: true, compress: true, mangle: true });
    writeFileSync(file, result.code);
    for (const [name, content] of [[glue, Buffer.from(result.code, 'utf8')], [wasmName, trimmed.wasm]]) {
      const integrity = `sha384-${createHash('sha384').update(content).digest('base64')}`;
      const link = new RegExp(`(href=["']?[^"' >]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?[^>]*integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
      if (!link.test(html)) throw new Error(`index.html: no integrity attribute for ${name}`);
      html = html.replace(link, `$1${integrity}`);
    }
    writeFileSync(page, html);
    console.log(`wasm boundary: ${trimmed.classes.length} unused classes and ${trimmed.dropped.length} unused exports removed, names minified`);
  }

  // Content-Security-Policy without 'unsafe-inline' for scripts: Trunk's inline
  // loader script (and, under `trunk serve`, its reload script) is allowed by its
  // SHA-256 hash, computed here from the final index.html, so no other inline
  // script (an injected one, say) can run.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length === 0) throw new Error('index.html: no inline loader script found');
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  if (!html.includes("'unsafe-inline'; style-src")) throw new Error("index.html: CSP has no 'unsafe-inline' script source to replace");
  // `trunk serve` with live reload fills in its script when serving, so no hash
  // can match it: that development mode keeps 'unsafe-inline' (`make serve` turns
  // live reload off and serves the strict policy).
  const liveReload = inline.some((code) => code.includes('WebSocket'));
  if (!liveReload) writeFileSync(page, html.replace("'unsafe-inline'; style-src", `${hashes.join(' ')}; style-src`));
  policy = liveReload ? "live reload: CSP keeps 'unsafe-inline'" : `${hashes.length} inline script(s) allowed by hash`;
  if (editor) {
    console.log(`editor: ${policy}`);
    process.exit(0);
  }
}

// The static pages (src/prerender.rs): every route rendered by the app's own
// components into this index.html, which stays as shell.html (the page the
// service worker answers navigations with). `make release` builds the
// renderer first (natively, on stable).
const renderer = process.env.WEGWEISER_PRERENDER ?? join(process.cwd(), 'target', 'release', 'prerender');
if (!existsSync(renderer)) throw new Error(`${renderer} is missing: build with \`make release\` (it builds the renderer first)`);
// The town's own settings: its name from the directory, the theme colour
// from site.json (README "Use it for your town"); the manifest says both.
const siteConfig = existsSync(join(process.cwd(), 'site.json'))
  ? JSON.parse(readFileSync(join(process.cwd(), 'site.json'), 'utf8'))
  : {};
{
  const town = JSON.parse(readFileSync(join(staging, 'directory.json'), 'utf8')).municipality?.name ?? '';
  const german = readFileSync(join(staging, 'locales', 'de.ftl'), 'utf8');
  const message = (key) => german.match(new RegExp(`^${key} = (.*)$`, 'm'))?.[1] ?? '';
  const appName = message('AppName').replace('{ $town }', town).trim();
  const manifestPath = join(staging, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.name = appName;
  manifest.description = `${appName}: ${message('Tagline')}`;
  if (siteConfig.theme_color) manifest.theme_color = siteConfig.theme_color;
  // Its other URLs are relative to the manifest (so below the base path);
  // `id` is not (it resolves against the origin), so it names the base.
  manifest.id = siteBase;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
// Publishing another directory: the static pages of the old one go first.
if (publish) for (const folder of ['offer', 'category']) rmSync(join(staging, folder), { recursive: true, force: true });
const rendered = execFileSync(renderer, [staging], {
  encoding: 'utf8',
  env: { ...process.env, WEGWEISER_THEME_COLOR: siteConfig.theme_color ?? '' },
}).trim();

// The directory for other tools and towns: HSDS 3.0 (src/hsds.rs), written
// by the same native build; not part of the app (nor precached).
const hsdsTool = process.env.WEGWEISER_HSDS ?? join(dirname(renderer), 'hsds');
if (!existsSync(hsdsTool)) throw new Error(`${hsdsTool} is missing: build with \`make release\``);
mkdirSync(join(staging, 'hsds'), { recursive: true });
writeFileSync(join(staging, 'hsds', 'services.json'), execFileSync(hsdsTool, ['export', join(staging, 'directory.json')], { maxBuffer: 64 << 20 }));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The staff's editor is not part of the app (nor of its version).
    if (dir === staging && (name === 'redaktion' || name === 'hsds')) return [];
    // Nor the hosting files (deploy/write-hosting.mjs; present when publishing into a copy of dist/).
    if (name.startsWith('.') || name.startsWith('_') || /\.(br|gz)$/.test(name)) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const worker = join(staging, 'sw.js');
const assets = files(staging)
  .map((path) => relative(staging, path).split('\\').join('/'))
  .filter((name) => name !== 'sw.js' && !name.endsWith('.mjs'))
  .sort();

const hash = createHash('sha256');
for (const name of assets) hash.update(name).update(readFileSync(join(staging, name)));
const version = hash.digest('hex').slice(0, 16);

// Not precached: locale files and directory files (only the chosen language's
// are fetched; the app keeps its directory in IndexedDB), nor the full
// multilingual source file (for other consumers; the app never loads it), nor
// the static pages (the app draws every route offline; only the shell is kept).
const urls = assets
  .filter((name) => !name.startsWith('locales/') && !name.startsWith('directory'))
  .filter((name) => !name.endsWith('.html') || name === 'shell.html')
  .map((name) => siteBase + name);
// The worker's source with its placeholders: the staged copy in a build; for
// publishing (the built one is filled in and minified) the repository's.
const source = readFileSync(publish ? join(process.cwd(), 'public', 'sw.js') : worker, 'utf8');
if (!source.includes("'__WEGWEISER_VERSION__'") || !source.includes("['__WEGWEISER_PRECACHE__']")) {
  throw new Error('sw.js has no version or precache placeholder');
}
const filled = source
  .replace("'__WEGWEISER_VERSION__'", JSON.stringify(version))
  .replace("['__WEGWEISER_PRECACHE__']", JSON.stringify(urls, null, 2));
// Minified (its comments are for developers): 1.0 KB less in every first visit.
const { minify } = await import('terser');
writeFileSync(worker, (await minify(filled, { compress: true, mangle: true })).code);
console.log(`sw.js: version ${version}, ${urls.length} files precached; directory files for ${languages.join(', ')}; ${policy}; ${rendered}`);
