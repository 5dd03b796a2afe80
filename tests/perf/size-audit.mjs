// `make size-audit`: what the wasm is made of. Reads `twiggy top` (CSV) of the
// release wasm before wasm-opt (symbol names kept) and lists the 30 largest
// contributors by crate and by our own module, with their share of the code
// and a brotli estimate (the share times the shipped wasm's brotli size: code
// of one kind compresses alike, so this is an estimate, not a measurement).
//   node tests/perf/size-audit.mjs <twiggy.csv> <dist>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [csv, dist = 'dist'] = process.argv.slice(2);
if (!csv) throw new Error('usage: size-audit.mjs <twiggy.csv> <dist>');

/** CSV lines of `Name,ShallowSize,…` (names may be quoted, with "" inside). */
function rows(text) {
  const out = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    let name;
    let rest;
    if (line.startsWith('"')) {
      let i = 1;
      let value = '';
      for (; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i++; } else if (line[i] === '"') break; else value += line[i];
      }
      name = value;
      rest = line.slice(i + 2);
    } else {
      const comma = line.indexOf(',');
      name = line.slice(0, comma);
      rest = line.slice(comma + 1);
    }
    out.push({ name, size: Number(rest.split(',')[0]) });
  }
  return out;
}

// What never ships is left out: the name section and wasm-bindgen's custom
// section and `__wbindgen_describe_*` functions (wasm-bindgen removes them).
const code = rows(readFileSync(csv, 'utf8')).filter(
  (r) => !/subsection|custom section|^table\[|^elem\[|^type\[|^import |^export |^__wbindgen_describe/.test(r.name),
);
const total = code.reduce((s, r) => s + r.size, 0);
const wasm = readdirSync(dist).find((f) => f.endsWith('.wasm'));
const shipped = readFileSync(join(dist, wasm));
const brotli = brotliCompressSync(shipped, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The crate a symbol belongs to: generic code counts for the crate that
 * defines the function; `<T as crate::Trait>::f` for the trait's crate (the
 * view tuples of our pages are tachys' `Render` impls, say). */
function crateOf(name) {
  if (name.startsWith('data segment')) return '(data: strings, tables)';
  const trait = name.match(/^<[^]*? as ([a-z_][a-z0-9_]*)\[[0-9a-f]+\]::/);
  if (trait) return trait[1];
  if (/^<(str|char|\[|u8|usize|i64|f64)/.test(name)) return 'core';
  const m = name.replace(/^<+/, '').match(/^([a-z_][a-z0-9_]*)\[[0-9a-f]+\]::/);
  return m ? m[1] : '(glue, unnamed)';
}
/** Our module (`pages::offer`), for symbols of this crate. */
function moduleOf(name) {
  const m = name.replace(/^<+/, '').match(/^wegweiser\[[0-9a-f]+\]::((?:[a-z_0-9]+::){0,2})/);
  if (!m) return null;
  const parts = m[1].split('::').filter((p) => p && !p.startsWith('_'));
  return parts.slice(0, 2).join('::') || '(crate root)';
}

function table(title, key) {
  const groups = new Map();
  for (const r of code) {
    const k = key(r.name);
    if (k) groups.set(k, (groups.get(k) ?? 0) + r.size);
  }
  const sorted = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(`\n${title}`);
  console.log(`${'name'.padEnd(36)} ${'raw B'.padStart(9)} ${'share'.padStart(7)} ${'≈ brotli B'.padStart(11)}`);
  for (const [k, size] of sorted) {
    const share = size / total;
    console.log(`${k.padEnd(36)} ${String(size).padStart(9)} ${(share * 100).toFixed(1).padStart(6)}% ${String(Math.round(share * brotli)).padStart(11)}`);
  }
}

console.log(`code before wasm-opt: ${total} B in ${code.length} items; shipped wasm ${shipped.length} B, ${brotli} B brotli`);
table('largest crates (generic code counts for the crate that defines it)', crateOf);
table('largest modules of this crate', moduleOf);
