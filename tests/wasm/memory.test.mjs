// 1,000 analyses of a seed article must not grow the wasm heap without
// bound: every result and input buffer is freed. Env: KASHIF_WASM_DIR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const wasmDir = path.resolve(process.env.KASHIF_WASM_DIR || path.join(root, 'build/wasm'));
const { createKashif } = await import(path.join(wasmDir, 'kashif.js'));

test('the heap after 1,000 analyses stays within 4 MB of the heap after 10', async () => {
  const kashif = await createKashif();
  const name = readdirSync(path.join(root, 'corpus')).find((f) => /^000_.*\.txt$/.test(f));
  const article = readFileSync(path.join(root, 'corpus', name), 'utf8');
  for (let i = 0; i < 10; i++) assert.equal(kashif.analyze(article).ok, true);
  const after10 = kashif.heapBytes();
  for (let i = 0; i < 990; i++) kashif.analyze(i % 2 ? article : `${article}\n${i}`);
  const after1000 = kashif.heapBytes();
  console.log(`heap: ${after10} bytes after 10 analyses, ${after1000} after 1,000`);
  assert.ok(after1000 <= after10 + 4 * 1024 * 1024, `${after1000} > ${after10} + 4 MB`);
});
