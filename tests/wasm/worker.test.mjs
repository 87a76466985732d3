// kashif-client.js with kashif-worker.js under node (worker_threads standing
// in for a browser worker): a trap inside the wasm module while it analyses
// is answered with an error value, not silence, and the client restarts the
// worker, whose next answer is right. Env: KASHIF_WASM_DIR (build/wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const wasmDir = path.resolve(process.env.KASHIF_WASM_DIR || path.join(root, 'build/wasm'));
const { createKashifClient } = await import(path.join(wasmDir, 'kashif-client.js'));
const { createKashif } = await import(path.join(wasmDir, 'kashif.js'));

// The wasm build, but kashif_core.mjs wraps the real module so that a text
// starting with TRAP makes kashif_analyze read past the end of wasm memory:
// a genuine trap inside the module (WebAssembly.RuntimeError), as an abort is.
const trapDir = mkdtempSync(path.join(os.tmpdir(), 'kashif-trap-'));
for (const name of ['kashif-worker.js', 'kashif.js', 'kashif_core.wasm']) copyFileSync(path.join(wasmDir, name), path.join(trapDir, name));
copyFileSync(path.join(wasmDir, 'kashif_core.mjs'), path.join(trapDir, 'real_core.mjs'));
writeFileSync(path.join(trapDir, 'kashif_core.mjs'), `
import createReal from ${JSON.stringify(pathToFileURL(path.join(trapDir, 'real_core.mjs')).href)};
const TRAP = [84, 82, 65, 80];
export default async function createKashifModule(options) {
  const module = await createReal(options);
  // Emscripten's export stub replaces itself on its first call: keep
  // whatever it stores, and hand out the wrapper.
  let analyze = module._kashif_analyze;
  const wrapper = (text, length, types, model) => {
    const trap = length >= 4 && TRAP.every((b, i) => module.HEAPU8[text + i] === b);
    return trap ? analyze(0xfffffff0, 8, types, model) : analyze(text, length, types, model);
  };
  Object.defineProperty(module, '_kashif_analyze', { get: () => wrapper, set: (f) => { analyze = f; } });
  return module;
}
`);

// The browser Worker interface over a worker_threads worker.
function browserLikeWorker() {
  const worker = new Worker(path.join(root, 'tests/wasm/fixtures/trapping-worker.mjs'), { workerData: { dir: trapDir } });
  return {
    postMessage: (data) => worker.postMessage(data),
    terminate: () => { worker.terminate(); },
    addEventListener(type, listener) {
      if (type === 'message') worker.on('message', (data) => listener({ data }));
      if (type === 'error') worker.on('error', (e) => listener({ message: e.message, preventDefault() {} }));
    },
  };
}

function within(ms, promise) {
  let timer;
  const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('no answer'), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

test('a wasm abort in the worker is an error value, and the worker is replaced', async () => {
  let started = 0;
  const client = createKashifClient({ createWorker: () => { started++; return browserLikeWorker(); } });
  try {
    assert.deepEqual(await within(30_000, client.ready()), { ok: true });
    const text = 'زار الوفد دولة الكويت';
    const before = await within(30_000, client.analyze(text));
    assert.equal(before.ok, true);

    const trapped = await within(30_000, client.analyze(`TRAP ${text}`));
    assert.notEqual(trapped, 'no answer', 'the client was left waiting');
    assert.equal(trapped.ok, false);
    assert.equal(trapped.error.code, 'internal');
    assert.match(trapped.error.message, /stopped/);

    const after = await within(30_000, client.analyze(text));
    assert.equal(started, 2, 'a new worker was started');
    const expected = (await createKashif()).analyze(text);
    delete after.ms;
    assert.deepEqual(after, expected);
  } finally {
    client.terminate();
  }
});
