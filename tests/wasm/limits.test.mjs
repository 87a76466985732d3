// Hostile and extreme inputs through the wasm API under node: every result
// is a value, and every span still satisfies text.slice(start, end) === text,
// lies inside the text, and neither overlaps nor goes backwards.
// Env: KASHIF_WASM_DIR (build/wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const wasmDir = path.resolve(process.env.KASHIF_WASM_DIR || path.join(root, 'build/wasm'));
const { createKashif } = await import(path.join(wasmDir, 'kashif.js'));
const kashif = await createKashif();

const TYPES = new Set(['PERS', 'ORG', 'GPE', 'LOC', 'LAW', 'DATE', 'EVENT', 'POLICY', 'OCC', 'CONTACT']);

function assertSound(text, r) {
  assert.equal(r.ok, true, JSON.stringify(r.error));
  let previousEnd = 0;
  r.entities.forEach((e, i) => {
    assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end), `entity ${i}: offsets`);
    assert.ok(previousEnd <= e.start && e.start < e.end && e.end <= text.length, `entity ${i}: [${e.start}, ${e.end}) after ${previousEnd}`);
    assert.equal(text.slice(e.start, e.end), e.text, `entity ${i}`);
    assert.ok(TYPES.has(e.type), e.type);
    previousEnd = e.end;
  });
  const seen = new Set();
  for (const entry of r.table) {
    assert.equal(entry.count, entry.mentions.length);
    for (const i of entry.mentions) {
      assert.ok(i >= 0 && i < r.entities.length && !seen.has(i), `mention ${i}`);
      seen.add(i);
    }
  }
  return r;
}

const analyse = (text) => assertSound(text, kashif.analyze(text));
const has = (r, type, text) => r.entities.some((e) => e.type === type && e.text === text);

test('empty and blank texts', () => {
  assert.deepEqual(analyse(''), { ok: true, entities: [], table: [] });
  for (const blank of [' ', '\n', '\r\n\r\n', '\t \u00A0\u2003', '\u200B\u200C\u200D\uFEFF']) {
    assert.deepEqual(analyse(blank).entities, []);
  }
});

test('10 MB on a single line', () => {
  const unit = 'زار وفد من الأمم المتحدة دولة الكويت ثم قطر، ';
  const text = unit.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(unit)));
  assert.ok(Buffer.byteLength(text) >= 10 * 1024 * 1024 && !text.includes('\n'));
  const r = analyse(text);
  assert.ok(has(r, 'GPE', 'الكويت') || has(r, 'GPE', 'دولة الكويت'));
  assert.ok(r.entities.length > 100_000);
});

test('a 1 MB run of one character', () => {
  for (const ch of ['ا', 'ـ', 'x', ' ', '.', '\u064B']) analyse(ch.repeat(1024 * 1024));
  const r = analyse(`${'ب'.repeat(1024 * 1024)} الكويت`);
  assert.ok(has(r, 'GPE', 'الكويت'));
});

test('NUL bytes', () => {
  analyse('\u0000');
  analyse('\u0000'.repeat(1000));
  const r = analyse('زار الوفد الكويت \u0000 ثم قطر\u0000');
  assert.ok(has(r, 'GPE', 'الكويت') && has(r, 'GPE', 'قطر'));
});

test('lone surrogates', () => {
  for (const s of ['\uD800', '\uDC00', '\uDBFF\uDBFF', '\uDFFF\uD800', '😀\uD83D']) {
    const r = analyse(`${s}الكويت ${s} قطر${s}`);
    assert.ok(has(r, 'GPE', 'قطر'), s);
  }
});

test('bidi controls and zero-width characters', () => {
  const controls = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
    '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
  for (const c of controls) {
    const text = `${c}زار ${c}الكويت${c} و${c}قطر ${c}`;
    analyse(text);
    assert.ok(has(analyse(`زار ${c} الكويت ${c}`), 'GPE', 'الكويت'), `U+${c.charCodeAt(0).toString(16)}`);
  }
  analyse(controls.join('').repeat(1000));
});

test('tatweel runs', () => {
  assert.ok(has(analyse('زار الوفد الكـــــويت'), 'GPE', 'الكـــــويت'));
  analyse('ـ'.repeat(10_000));
  analyse(`الكويت${'ـ'.repeat(5000)}قطر`);
});

test('full diacritics', () => {
  assert.ok(has(analyse('زَارَ الوَفْدُ الْكُوَيْتَ'), 'GPE', 'الْكُوَيْتَ'));
  analyse('\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652'.repeat(2000));
  analyse(`ك${'\u0651'.repeat(5000)}`);
});

test('presentation forms', () => {
  // الكويت written with Arabic Presentation Forms-B.
  assert.ok(analyse('ﺯﺍﺭ ﺍﻟﻜﻮﻳﺖ').entities.some((e) => e.type === 'GPE'));
  analyse('\uFDFD\uFDFA\uFEFC\uFEFB'.repeat(1000));  // ligatures that NFKC expands
  analyse('\uFDFA قطر \uFDFA');
});

test('CRLF and lone CR line ends', () => {
  const r = analyse('زار الوفد الكويت\r\nثم قطر\r\n\r\n');
  assert.ok(has(r, 'GPE', 'الكويت') && has(r, 'GPE', 'قطر'));
  analyse('الكويت\rقطر\r');
  analyse('\r\n'.repeat(100_000));
});

test('everything at once, shuffled', () => {
  const parts = ['الكويت', ' ', '\u0000', '\uD800', '\u202E', 'ـــ', '\u0651', 'ﻻ', '\r\n', 'قطر', '😀', 'الأمم المتحدة',
    '٢٠١٣', '15 نوفمبر 2021', 'القانون رقم 91 لسنة 2013', 'info@example.org', '<b>', '&amp;', '\u200D'];
  let seed = 7;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  for (let round = 0; round < 50; round++) {
    let text = '';
    for (let i = 0; i < 200; i++) text += parts[Math.floor(random() * parts.length)];
    analyse(text);
  }
});
