// The shipped module's abort path: the core has no exceptions (-fno-exceptions;
// Expected misuse calls std::abort, core/status.cc), so what the JS side sees
// of a fatal error inside wasm is an abort. No export reaches an Expected
// misuse, so the test forces the other abort of the release module: with the
// heap used up, the core's first allocation fails and operator new aborts
// (no bad_alloc without exceptions). The call must then throw a
// WebAssembly.RuntimeError saying Aborted (what kashif-worker.js turns into
// an error value before replacing itself), with the abort written to the
// module's printErr, not return a result or hang. Env: KASHIF_WASM_DIR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const wasmDir = path.resolve(process.env.KASHIF_WASM_DIR || path.join(root, 'build/wasm'));
const { createKashif } = await import(path.join(wasmDir, 'kashif.js'));

// Allocates every free byte of the module's heap (up to its maximum size),
// largest blocks first; returns the blocks as [pointer, size].
function exhaustHeap(module) {
  const blocks = [];
  for (let size = 1 << 28; size >= 16; size >>= 1) {
    for (let p = module._malloc(size); p !== 0; p = module._malloc(size)) blocks.push([p, size]);
  }
  return blocks;
}

test('an allocation failure inside the release module aborts: analyze throws RuntimeError Aborted', async () => {
  let module;
  const stderr = [];
  // preRun hands over the Emscripten module (its _malloc and _free), printErr its stderr.
  const kashif = await createKashif({ preRun: [(m) => { module = m; }], printErr: (line) => stderr.push(line) });
  const sentence = 'قال أحمد سالم في عمّان إن الاجتماع انتهى';
  assert.equal(kashif.analyze(sentence).ok, true, 'the module works before the heap is used up');

  const blocks = exhaustHeap(module);
  assert.ok(blocks.length > 0);
  // Room for the input copies (kashif.js mallocs them) and nothing more: the
  // core's own allocations fail.
  const room = blocks.findIndex(([, size]) => size === 256);
  assert.notEqual(room, -1, 'no 256-byte block to free for the inputs');
  module._free(blocks.splice(room, 1)[0][0]);

  let thrown = null;
  let returned;
  try {
    returned = kashif.analyze(sentence);
  } catch (e) {
    thrown = e;
  } finally {
    for (const [p] of blocks) module._free(p);
  }
  assert.equal(returned, undefined, `the call returned ${JSON.stringify(returned)} instead of aborting`);
  assert.ok(thrown instanceof WebAssembly.RuntimeError, `threw ${thrown}, not a WebAssembly.RuntimeError`);
  assert.match(thrown.message, /^Aborted\(/);
  assert.ok(stderr.some((line) => line.startsWith('Aborted(')), `printErr saw ${JSON.stringify(stderr)}`);
});
