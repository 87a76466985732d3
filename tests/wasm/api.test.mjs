// The wasm JS API under node: the same spans as the native CLI for every
// corpus document (code points converted to UTF-16 here only to compare),
// and errors as values. Env: KASHIF_WASM_DIR (build/wasm), KASHIF_CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const wasmDir = process.env.KASHIF_WASM_DIR || path.join(root, 'build/wasm');
const cli = process.env.KASHIF_CLI || path.join(root, 'build/native/kashif');
const { createKashif } = await import(path.join(wasmDir, 'kashif.js'));
const kashif = await createKashif();

const corpus = readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort();

// UTF-16 index of each code point index of `text`.
function utf16Index(text) {
  const index = [0];
  for (const ch of text) index.push(index[index.length - 1] + ch.length);
  return index;
}

test('the wasm API gives the native CLI spans on every corpus document', () => {
  assert.ok(corpus.length >= 5);
  const files = corpus.map((f) => path.join(root, 'corpus', f));
  const native = execFileSync(cli, ['analyze', '--format', 'jsonl', ...files], { encoding: 'utf8' })
    .trim().split('\n').map((line) => JSON.parse(line));
  files.forEach((file, i) => {
    const text = readFileSync(file, 'utf8');
    const r = kashif.analyze(text);
    assert.equal(r.ok, true);
    const u16 = utf16Index(text);
    const expected = native[i].entities.map((e) => ({ ...e, start: u16[e.start], end: u16[e.end] }));
    assert.deepEqual(r.entities, expected);
    for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text);
  });
});

test('offsets are UTF-16 units past astral characters', () => {
  const text = '😀😀 زار الوفد الكويت';
  const r = kashif.analyze(text);
  assert.equal(r.ok, true);
  const kuwait = r.entities.find((e) => e.text === 'الكويت');
  assert.ok(kuwait, JSON.stringify(r));
  assert.equal(kuwait.start, text.indexOf('الكويت'));
});

test('lone surrogates keep offsets aligned', () => {
  const text = '\uD800 الكويت \uDC00';
  const r = kashif.analyze(text);
  assert.equal(r.ok, true);
  const e = r.entities.find((x) => x.type === 'GPE');
  assert.equal(text.slice(e.start, e.end), 'الكويت');
});

test('errors come back as values', () => {
  const bad = kashif.analyze('نص', { types: ['NOPE'] });
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'invalid_argument');
  assert.match(bad.error.message, /NOPE/);
  const notText = kashif.analyze(42);
  assert.equal(notText.ok, false);
  assert.equal(notText.error.code, 'invalid_argument');
});

test('the type filter applies', () => {
  const r = kashif.analyze('الكويت وقطر', { types: ['ORG'] });
  assert.equal(r.ok, true);
  assert.equal(r.entities.length, 0);
});

test('types: [] selects no types, as kashif analyze --types \'\' does; absent selects all', () => {
  const text = 'زار الوفد الكويت وقطر';
  const none = kashif.analyze(text, { types: [] });
  assert.deepEqual(none, { ok: true, entities: [], table: [] });
  assert.ok(kashif.analyze(text).entities.length >= 2);
  assert.ok(kashif.analyze(text, { types: undefined }).entities.length >= 2);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kashif-types-'));
  writeFileSync(path.join(dir, 'x.txt'), text);
  const cliNone = JSON.parse(execFileSync(cli, ['analyze', '--types', '', path.join(dir, 'x.txt')], { encoding: 'utf8' }));
  assert.deepEqual([cliNone.entities, cliNone.table], [[], []]);
});

test('model: false gives the rule recognisers alone, as kashif analyze --no-model', () => {
  // No rule names this footballer; the learned tagger does (README).
  const text = 'سجل صامويل إيتو هدفين في القاهرة';
  const withModel = kashif.analyze(text);
  const rulesOnly = kashif.analyze(text, { model: false });
  assert.equal(withModel.ok, true);
  assert.equal(rulesOnly.ok, true);
  assert.deepEqual(withModel.entities.map((e) => [e.text, e.type]), [['صامويل إيتو', 'PERS'], ['القاهرة', 'GPE']]);
  assert.deepEqual(rulesOnly.entities.map((e) => [e.text, e.type]), [['القاهرة', 'GPE']]);
  assert.deepEqual(kashif.analyze(text, { model: true }), withModel);
});

test('empty text gives an empty result', () => {
  const r = kashif.analyze('');
  assert.deepEqual(r, { ok: true, entities: [], table: [] });
});
