// Size report of the release build: every file in dist/ raw, gzip -9 and
// brotli -11, the wasm alone, and what a first visit downloads, per UI language.
// Reports against the budget (300 KB brotli for the largest language, 290 KB
// for German) and fails when the largest first visit exceeds the hard
// ceiling: the figure last reached plus 1 KB (issue 18 allows 3 KB), so that
// growth is seen at once.
//   node tests/perf/size-report.mjs [dist] [ceiling-bytes] [target-bytes] [german-target-bytes]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const ceiling = Number(process.argv[3] ?? 292_000);
const target = Number(process.argv[4] ?? 300_000);
const germanTarget = Number(process.argv[5] ?? 290_000);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Not for newcomers: dot files, the staff's editor (/redaktion/, its own
    // wasm) and the HSDS export for other tools (/hsds/); nor the hosting
    // files (precompressed copies, `_headers`, `_redirects`: deploy/write-hosting.mjs).
    if (name.startsWith('.') || name.startsWith('_') || /\.(br|gz)$/.test(name)) return [];
    if (dir === dist && (name === 'redaktion' || name === 'hsds')) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(dist).map((path) => {
  const data = readFileSync(path);
  return {
    file: path.slice(dist.length + 1),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
});
rows.sort((a, b) => b.brotli - a.brotli);

const pad = (v, n) => String(v).padStart(n);
console.log(`${'file'.padEnd(44)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
const sum = (k, pred = () => true) => rows.filter(pred).reduce((s, r) => s + r[k], 0);
const row = (label, pred) =>
  console.log(`${label.padEnd(44)} ${pad(sum('raw', pred), 9)} ${pad(sum('gzip', pred), 9)} ${pad(sum('brotli', pred), 9)}`);
row('wasm', (r) => r.file.endsWith('.wasm'));

// A first visit downloads what the service worker precaches (the list the
// build hook wrote into sw.js), plus the directory file of the user's
// language and, for any language but German, its locale file, plus the static
// page the visit opened (counted as the largest one).
const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
// (The worker is minified: its precache list is the array of names holding the shell.)
const list = worker.match(/\[[^[\]]*"\/shell\.html"[^[\]]*\]/);
if (!list) throw new Error('sw.js: no precache list found');
const precache = JSON.parse(list[0]).map((u) => u.replace(/^\//, ''));
const shell = new Set([...precache, 'sw.js']);
const pages = rows.filter((r) => r.file.endsWith('.html') && !shell.has(r.file));
const opened = pages.reduce((a, b) => (b.brotli > a.brotli ? b : a), pages[0] ?? { file: '' });
if (pages.length) console.log(`static pages: ${pages.length}, largest ${opened.file} ${opened.brotli} B brotli`);
// The stylesheet the opened page carries inline (`<style data-href>`) is
// handed to the worker by pwa.js, not downloaded: it counts once, in the page.
// Only when the text is the file's, byte for byte (else the worker downloads it).
if (opened.file) {
  const page = readFileSync(join(dist, opened.file), 'utf8');
  for (const [, href, css] of page.matchAll(/<style data-href="([^"]+)">([\s\S]*?)<\/style>/g)) {
    const name = precache.find((file) => href.endsWith(`/${file}`));
    if (name && readFileSync(join(dist, name), 'utf8') === css) {
      shell.delete(name);
      console.log(`${name}: inline in the page opened, handed to the worker (not downloaded)`);
    }
  }
}
const languages = rows.filter((r) => r.file.startsWith('directory/')).map((r) => r.file.slice(10, -5));
const visits = languages.map((code) => {
  const pred = (r) =>
    shell.has(r.file) || r.file === opened.file || r.file === `directory/${code}.json` || (code !== 'de' && r.file === `locales/${code}.ftl`);
  return { code, pred, brotli: sum('brotli', pred) };
});
visits.sort((a, b) => a.brotli - b.brotli);
const german = visits.find((v) => v.code === 'de');
const largest = visits[visits.length - 1];
row('first visit, German (app shell + de directory)', german.pred);
row(`first visit, largest language (${largest.code})`, largest.pred);
console.log(`first visit by language (brotli): ${visits.map((v) => `${v.code} ${v.brotli}`).join(', ')}`);
const total = largest.brotli;
const verdict = (size, budget) => (size <= budget ? 'within' : `OVER by ${size - budget} B`);
console.log(`target: first visit up to ${total} B brotli (${largest.code}), target ${target} B: ${verdict(total, target)}`);
console.log(`target: first visit in German ${german.brotli} B brotli, target ${germanTarget} B: ${verdict(german.brotli, germanTarget)}`);
if (total > ceiling) {
  console.error(`first visit is ${total} B brotli, over the hard ceiling of ${ceiling} B`);
  process.exit(1);
}
