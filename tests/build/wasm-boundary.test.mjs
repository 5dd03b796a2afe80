// The trimmed wasm/glue boundary (public/wasm-boundary.mjs) on a small module
// in wasm-bindgen's layout: the pair still links and runs, and what it removes
// is what nothing uses. `node --test tests/build/` (make test-native).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { exportNames, importModules, trimBoundary } from '../../public/wasm-boundary.mjs';

const wasmOpt = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'wasm-opt');
const features = ['--enable-reference-types'];
const dir = mkdtempSync(join(tmpdir(), 'boundary-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const WAT = `(module
  (import "./app_bg.js" "__wbg_log_0123456789abcdef" (func $log (param i32)))
  (import "./app_bg.js" "__wbg_gone_fedcba9876543210" (func $gone))
  (memory (export "memory") 1)
  (func (export "double_and_log") (param i32) (call $log (i32.mul (local.get 0) (i32.const 2))))
  (func (export "only_streams") (call $gone))
  (func (export "__wbg_stream_free") (param i32 i32))
  (func (export "main")))`;

const GLUE = `export class Stream {
    free() {
        const ptr = this.__wbg_ptr;
        StreamFinalization.unregister(this);
        wasm.__wbg_stream_free(ptr, 0);
    }
}
if (Symbol.dispose) Stream.prototype[Symbol.dispose] = Stream.prototype.free;

export const logged = [];

function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_0123456789abcdef: function(arg0) {
            logged.push(arg0);
        },
        __wbg_gone_fedcba9876543210: function() { return handleError(function () {
            throw new Error('never');
        }, arguments); },
    };
    return {
        __proto__: null,
        "./app_bg.js": import0,
    };
}

const StreamFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_stream_free(ptr, 1));

let wasm;
export function start(bytes) {
    wasm = new WebAssembly.Instance(new WebAssembly.Module(bytes), __wbg_get_imports()).exports;
}
export function doubleAndLog(x) {
    wasm.double_and_log(x);
    return wasm.memory.buffer.byteLength;
}
`;

function module() {
  writeFileSync(join(dir, 'app.wat'), WAT);
  execFileSync(wasmOpt, [...features, join(dir, 'app.wat'), '-o', join(dir, 'app.wasm')]);
  return readFileSync(join(dir, 'app.wasm'));
}

let n = 0;
async function load(glue) {
  const file = join(dir, `glue-${n++}.mjs`);
  writeFileSync(file, glue);
  return import(pathToFileURL(file).href);
}

test('the trimmed pair links and runs as before', async () => {
  const wasm = module();
  const before = await load(GLUE);
  before.start(wasm);
  assert.equal(before.doubleAndLog(21), 65536);
  assert.deepEqual(before.logged, [42]);

  const trimmed = trimBoundary(GLUE, wasm, { wasmOpt, features });
  const after = await load(trimmed.glue);
  after.start(trimmed.wasm);
  assert.equal(after.doubleAndLog(21), 65536);
  assert.deepEqual(after.logged, [42]);
  assert.deepEqual(trimmed.classes, ['Stream']);
  assert.equal(after.Stream, undefined);
});

test('only what the glue calls stays exported, and every name is short', () => {
  const trimmed = trimBoundary(GLUE, module(), { wasmOpt, features });
  assert.deepEqual(trimmed.dropped.sort(), ['__wbg_stream_free', 'main', 'only_streams']);
  const names = exportNames(trimmed.wasm);
  assert.equal(names.length, 2);
  for (const name of names) assert.ok(name.length <= 2, name);
  assert.deepEqual(importModules(trimmed.wasm), ['a']);
  // The import only the removed export reached is gone from both files.
  assert.ok(!trimmed.glue.includes('__wbg_gone'), 'unused import function left in the glue');
  assert.ok(!trimmed.glue.includes('__wbg_log_0123456789abcdef'), 'import name not minified');
  assert.ok(!/wasm\.(double_and_log|memory)\b/.test(trimmed.glue), 'export name not minified');
  assert.ok(trimmed.wasm.length < module().length);
});

test('a glue that calls what the wasm does not export stops the build', () => {
  const glue = GLUE.replace('wasm.double_and_log(x);', 'wasm.double_and_log(x); wasm.missing();');
  assert.throws(() => trimBoundary(glue, module(), { wasmOpt, features }), /wasm\.missing/);
});

test('a class still used elsewhere in the glue stops the build', () => {
  const glue = `${GLUE}export function make() { return new Stream(); }\n`;
  assert.throws(() => trimBoundary(glue, module(), { wasmOpt, features }), /class Stream is still used/);
});

test('an import object in another layout stops the build', () => {
  const glue = GLUE.replace('        __wbg_log_0123456789abcdef: function(arg0) {', '        __wbg_log_0123456789abcdef(arg0) {');
  assert.throws(() => trimBoundary(glue, module(), { wasmOpt, features }), /unexpected shape|does not provide/);
});
