// Size report of the release build: every file in dist/ raw, gzip -9 and
// brotli -11, the wasm alone, and the total a first visit downloads.
// Reports against the target (250 KB brotli, the budget of the "works
// offline" issue) and fails when the first visit exceeds the hard ceiling.
//   node tests/perf/size-report.mjs [dist] [ceiling-bytes] [target-bytes]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const ceiling = Number(process.argv[3] ?? 350_000);
const target = Number(process.argv[4] ?? 250_000);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
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
const wasm = (r) => r.file.endsWith('.wasm');
console.log(`${'wasm'.padEnd(44)} ${pad(sum('raw', wasm), 9)} ${pad(sum('gzip', wasm), 9)} ${pad(sum('brotli', wasm), 9)}`);
console.log(`${'first visit (all files)'.padEnd(44)} ${pad(sum('raw'), 9)} ${pad(sum('gzip'), 9)} ${pad(sum('brotli'), 9)}`);
const total = sum('brotli');
const verdict = total <= target ? 'within' : `OVER by ${total - target} B`;
console.log(`target: first visit ${total} B brotli, target ${target} B: ${verdict}`);
if (total > ceiling) {
  console.error(`first visit is ${total} B brotli, over the hard ceiling of ${ceiling} B`);
  process.exit(1);
}
