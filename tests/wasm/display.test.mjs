// The page (web/strings.js) and `kashif analyze --format html`
// (core/output/result_html.cc) show the same names and values: for every table
// entry of the seed articles and of a text made to hold every value kind,
// the CLI's row reads what displayName() and formatValue(…, 'ar') give for
// the wasm API's result of the same text. Env: KASHIF_WASM_DIR, KASHIF_CLI.
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
const { displayName, formatValue } = await import(path.join(root, 'web/strings.js'));

const VALUES_TEXT = 'صدر المرسوم الملكي رقم م/7 بتاريخ 16/9/1439هـ، ونشر القانون رقم 12 لسنة 2019 في 3 حزيران 2020 '
  + 'وفي 15 نوفمبر 2021، ثم الأمر الملكي رقم أ/55 والمرسوم بقانون رقم 4 لسنة 1441 هـ، وقال رئيس الحكومة للأمم المتحدة '
  + 'إن الاجتماع يوم الجمعة في مارس 2022 كان مثمرا. للتواصل: info@example.org';

function unescape(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

// [name, value text, iso] per row of the CLI's table, in order.
function cliRows(html) {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => {
    const name = /<a [^>]*>(.*?)<\/a>/.exec(row)[1];
    const value = /<td class="value">(.*?)<\/td>/.exec(row)[1];
    const text = /<bdi>(.*?)<\/bdi>/.exec(value);
    const iso = /<bdi class="iso" dir="ltr">(.*?)<\/bdi>/.exec(value);
    return [unescape(name), text ? unescape(text[1]) : '', iso ? unescape(iso[1]) : ''];
  });
}

test('the CLI page and the web page show the same names and values', async () => {
  const k = await createKashif();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kashif-display-'));
  const texts = [VALUES_TEXT, ...readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(root, 'corpus', f), 'utf8'))];
  let compared = 0;
  for (const [n, text] of texts.entries()) {
    const file = path.join(dir, `t${n}.txt`);
    writeFileSync(file, text);
    const rows = cliRows(execFileSync(cli, ['analyze', '--format', 'html', file], { encoding: 'utf8' }));
    const r = k.analyze(text);
    assert.equal(r.ok, true);
    const expected = r.table.map((entry) => {
      const fullest = entry.mentions.map((i) => r.entities[i]).find((e) => e.text === entry.text) || r.entities[entry.mentions[0]];
      const { text: value, iso } = formatValue(fullest.value, 'ar', fullest.text);
      return [displayName(entry), value, iso === value ? '' : iso];
    });
    assert.deepEqual(rows, expected, `text ${n}`);
    compared += rows.length;
  }
  const values = cliRows(execFileSync(cli, ['analyze', '--format', 'html', path.join(dir, 't0.txt')], { encoding: 'utf8' }));
  // The made-up text reaches every kind of value.
  for (const v of ['مرسوم ملكي م/7', 'قانون 12 لسنة 2019', 'أمر ملكي أ/55', '3 حزيران 2020', '15 نوفمبر 2021', 'info@example.org']) {
    // (an act's value may go on with its date: … بتاريخ 16 رمضان 1439 هـ)
    assert.ok(values.some((row) => row[1] === v || row[1].startsWith(`${v} بتاريخ`)), `${v} in ${JSON.stringify(values)}`);
  }
  assert.ok(compared > 50, `${compared} rows compared`);
});

test('the CLI page draws each type as web/presentation.js says', async () => {
  const { TYPE_STYLES } = await import(path.join(root, 'web/presentation.js'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kashif-style-'));
  writeFileSync(path.join(dir, 'x.txt'), 'زار الوفد الكويت');
  const html = execFileSync(cli, ['analyze', '--format', 'html', path.join(dir, 'x.txt')], { encoding: 'utf8' });
  const dark = html.slice(html.indexOf('@media (prefers-color-scheme: dark) {\n  .t-'));
  for (const [type, s] of Object.entries(TYPE_STYLES)) {
    assert.ok(html.includes(`.t-${type} { --k-fg: ${s.light[0]}; --k-bg: ${s.light[1]}; --k-line: ${s.line}; }`), `${type} light`);
    assert.ok(dark.includes(`.t-${type} { --k-fg: ${s.dark[0]}; --k-bg: ${s.dark[1]}; }`), `${type} dark`);
  }
});
