// The boundary between the wasm and its wasm-bindgen glue, trimmed after the
// build (used by build-hook.mjs on release builds; not shipped).
//
// wasm-bindgen names every import `__wbg_<name>_<16 hex digits>` and every
// closure shim after its full Rust type, and it keeps every `#[wasm_bindgen]`
// export of every dependency: Leptos always builds `server_fn` for the browser,
// whose `wasm-streams` exports three JS classes the app never uses. Both files
// carry all of it, and hex digits do not compress. So, as Emscripten does with
// binaryen's minify pass:
//   1. the glue's exported classes go (the app exports none of its own; a class
//      still referenced elsewhere in the glue is an error);
//   2. the wasm keeps only the exports the remaining glue calls (`wasm.<name>`),
//      and wasm-opt -Oz removes what only the others reached;
//   3. wasm-opt minifies the import, export and module names and reports the
//      mapping, which is applied to the glue; import functions the wasm no
//      longer imports are left out of the glue's import object.
// The rewrite expects wasm-bindgen's own layout of the glue (pinned version,
// Trunk.toml); anything else stops the build with a message instead of
// producing a page that fails at start.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fail = (what) => {
  throw new Error(`wasm-boundary: ${what} (is the glue from the pinned wasm-bindgen?)`);
};

// -- the wasm binary: sections, imports, exports ------------------------------

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

function name(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
}

function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) fail('not a wasm module');
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    out.push({ id, start: at, body, end: body + size });
    at = body + size;
  }
  return out;
}

/** The module's exports: name and the raw bytes of each entry. */
function exportEntries(bytes) {
  const section = sections(bytes).find((s) => s.id === 7);
  if (!section) return [];
  let [count, at] = leb(bytes, section.body);
  const entries = [];
  while (count-- > 0) {
    const start = at;
    let exported;
    [exported, at] = name(bytes, at);
    at = leb(bytes, at + 1)[1];
    entries.push({ name: exported, raw: bytes.subarray(start, at) });
  }
  return entries;
}

function limits(bytes, at) {
  const flags = bytes[at];
  at = leb(bytes, at + 1)[1];
  return flags & 1 ? leb(bytes, at)[1] : at;
}

/** The module names of the imports. */
export function importModules(bytes) {
  const section = sections(bytes).find((s) => s.id === 2);
  if (!section) return [];
  let [count, at] = leb(bytes, section.body);
  const modules = new Set();
  while (count-- > 0) {
    let module;
    [module, at] = name(bytes, at);
    at = name(bytes, at)[1];
    const kind = bytes[at++];
    if (kind === 0) at = leb(bytes, at)[1];
    else if (kind === 1) at = limits(bytes, at + 1);
    else if (kind === 2) at = limits(bytes, at);
    else if (kind === 3) at += 2;
    else fail(`an import of kind ${kind}`);
    modules.add(module);
  }
  return [...modules];
}

/** `bytes` with only the exports named in `keep`. */
function keepExports(bytes, keep) {
  const section = sections(bytes).find((s) => s.id === 7);
  if (!section) return bytes;
  const kept = exportEntries(bytes).filter((e) => keep.has(e.name));
  const body = Buffer.concat([Buffer.from(encodeLeb(kept.length)), ...kept.map((e) => Buffer.from(e.raw))]);
  return Buffer.concat([
    bytes.subarray(0, section.start),
    Buffer.from([7, ...encodeLeb(body.length)]),
    body,
    bytes.subarray(section.end),
  ]);
}

export const exportNames = (bytes) => exportEntries(bytes).map((e) => e.name);

// -- the glue -----------------------------------------------------------------

/** The glue without its exported classes. */
function withoutClasses(glue) {
  const classes = [...glue.matchAll(/^export class (\w+) \{$/gm)].map((m) => m[1]);
  for (const cls of classes) {
    const body = new RegExp(`^export class ${cls} \\{\\n[\\s\\S]*?^\\}\\n`, 'm');
    const dispose = new RegExp(`^if \\(Symbol\\.dispose\\) ${cls}\\.prototype\\[Symbol\\.dispose\\] = ${cls}\\.prototype\\.free;\\n`, 'm');
    const registry = new RegExp(`^const ${cls}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n.*\\n.*\\n`, 'm');
    if (!body.test(glue)) fail(`class ${cls} has no closing brace at the start of a line`);
    glue = glue.replace(body, '').replace(dispose, '').replace(registry, '');
    if (new RegExp(`\\b${cls}\\b`).test(glue)) fail(`class ${cls} is still used in the glue`);
  }
  return { glue, classes };
}

/** The exports the glue calls (`wasm.<name>`). */
const calledExports = (glue) => new Set([...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));

const IMPORTS = /^    const import0 = \{\n        __proto__: null,\n([\s\S]*?)^    \};\n    return \{\n        __proto__: null,\n        ("[^"]+"): import0,\n    \};$/m;

/**
 * The glue with the names of `mapping` (binaryen's report: imports as
 * [module, name, new name], exports as [name, new name]) and `module` as the
 * import module's new name. Import functions not in the mapping are left out.
 */
function renamed(glue, mapping, module) {
  const found = glue.match(IMPORTS);
  if (!found) fail("no import object 'import0' in the glue");
  const imports = new Map(mapping.imports.map(([, from, to]) => [from, to]));
  const entries = found[1].split(/^(?=        [A-Za-z_$][\w$]*: function\()/m);
  if (entries.some((entry) => !/^        [A-Za-z_$][\w$]*: function\([\s\S]*^        \}[^\n]*\n$/m.test(entry))) {
    fail('an entry of the import object has an unexpected shape');
  }
  const kept = entries.flatMap((entry) => {
    const key = entry.match(/^        ([A-Za-z_$][\w$]*):/)[1];
    const to = imports.get(key);
    if (to === undefined) return [];
    imports.delete(key);
    return [entry.replace(`        ${key}:`, `        ${JSON.stringify(to)}:`)];
  });
  if (imports.size > 0) fail(`the wasm imports what the glue does not provide: ${[...imports.keys()].join(', ')}`);
  const object = `    const import0 = {\n        __proto__: null,\n${kept.join('')}    };\n    return {\n        __proto__: null,\n        ${JSON.stringify(module)}: import0,\n    };`;
  let out = glue.replace(IMPORTS, () => object);
  const exports = new Map(mapping.exports);
  out = out.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, from) => {
    const to = exports.get(from);
    if (to === undefined) fail(`the glue calls wasm.${from}, which the wasm does not export`);
    return /^[A-Za-z_$][\w$]*$/.test(to) ? `wasm.${to}` : `wasm[${JSON.stringify(to)}]`;
  });
  return out;
}

// -- both ---------------------------------------------------------------------

/**
 * Trims the boundary of one build: `glue` (wasm-bindgen's JS, unminified) and
 * `wasm` (its module after wasm-opt) with `wasmOpt` and its feature flags.
 * Returns both anew and what went.
 */
export function trimBoundary(glue, wasm, { wasmOpt, features }) {
  const { glue: lean, classes } = withoutClasses(glue);
  const called = calledExports(lean);
  const before = exportNames(wasm);
  for (const name of called) if (!before.includes(name)) fail(`the glue calls wasm.${name}, which the wasm does not export`);
  const dropped = before.filter((name) => !called.has(name));
  const dir = mkdtempSync(join(tmpdir(), 'wasm-boundary-'));
  try {
    writeFileSync(join(dir, 'in.wasm'), keepExports(wasm, called));
    const report = execFileSync(
      wasmOpt,
      [...features, '-Oz', '--minify-imports-and-exports-and-modules', join(dir, 'in.wasm'), '-o', join(dir, 'out.wasm')],
      { encoding: 'utf8', maxBuffer: 16 << 20 },
    );
    let mapping;
    try {
      mapping = JSON.parse(report);
    } catch {
      fail(`wasm-opt reported no mapping: ${report.slice(0, 200)}`);
    }
    const out = readFileSync(join(dir, 'out.wasm'));
    const modules = importModules(out);
    if (modules.length > 1) fail(`imports from ${modules.length} modules`);
    const module = modules[0] ?? 'a';
    return { glue: renamed(lean, mapping, module), wasm: out, classes, dropped };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
