// `kashif analyze --format html` and the page show entities alike: the same
// colours, underline style and type label on each type's marks, in the light
// and the dark theme, and the same names, type labels and values in their
// tables, both drawn from the core's presentation tables
// (core/data/tables/, web/presentation.js). Env: KASHIF_CLI (default
// build/native/kashif; skipped when it is missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseInPage, engineReady, openPage, root, useSetUp } from './helpers.mjs';

const cli = process.env.KASHIF_CLI || path.join(root, 'build/native/kashif');

let env;
useSetUp((e) => { env = e; });

// Our own sentence with a person, a role, a body, places, acts with their
// values, dates in two calendars and a contact.
const TEXT = 'أعلن وزير العدل الدكتور سامي الخطيب في بيروت أن المرسوم الملكي رقم م/7 بتاريخ 16/9/1439هـ '
  + 'والقانون رقم 12 لسنة 2019 سيعرضان على مجلس الشورى في 3 حزيران 2020، ثم زار الوفد دولة الكويت. '
  + 'للتواصل: info@example.org';

// Per type, the look of its first mark: background, underline colour and
// style, and the label drawn after it.
function looks(marks) {
  const out = {};
  for (const m of marks) if (!(m.type in out)) out[m.type] = m.look;
  return out;
}

// Runs in the page: the look of each mark in `selector` (in its shadow root
// when `shadow`).
function markLooks([selector, shadow]) {
  const host = document.querySelector(selector);
  const scope = shadow ? host.shadowRoot : document;
  return [...scope.querySelectorAll('mark')].map((m) => {
    const s = getComputedStyle(m);
    const after = getComputedStyle(m, '::after');
    const label = /^"((?:[^"\\]|\\.)*)"/.exec(after.content);
    return {
      type: m.dataset.type || m.className.replace(/^t-/, ''),
      look: {
        background: s.backgroundColor,
        underline: `${s.textDecorationLine} ${s.textDecorationStyle} ${s.textDecorationColor}`,
        label: label ? label[1] : after.content,
        labelColour: after.color,
      },
    };
  });
}

// Runs in the page: [name, type label, value, iso] per table row.
function tableRows(selector) {
  return [...document.querySelectorAll(`${selector} tbody tr`)].map((tr) => {
    const cells = tr.querySelectorAll('td');
    const value = cells[3].querySelector('bdi:not(.iso)');
    const iso = cells[3].querySelector('bdi.iso');
    return [cells[0].textContent.trim(), cells[1].querySelector('.swatch').textContent,
      value ? value.textContent : '', iso ? iso.textContent : ''];
  });
}

test('the CLI page and the web page draw and name every entity alike', { skip: !existsSync(cli) && `no ${cli}` }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kashif-presentation-'));
  writeFileSync(path.join(dir, 'story.txt'), TEXT);
  writeFileSync(path.join(dir, 'story.html'), execFileSync(cli, ['analyze', '--format', 'html', path.join(dir, 'story.txt')]));
  for (const colorScheme of ['light', 'dark']) {
    const { page: cliPage } = await openPage(env.browser, pathToFileURL(path.join(dir, 'story.html')).href, { colorScheme });
    const cliLooks = looks(await cliPage.evaluate(markLooks, ['main', false]));
    const cliTable = await cliPage.evaluate(tableRows, '.entities');

    const { page } = await openPage(env.browser, env.server.url, { colorScheme });
    await engineReady(page);
    const r = await analyseInPage(page, TEXT);
    assert.equal(r.ok, true);
    const pageLooks = looks(await page.evaluate(markLooks, ['#view', true]));
    const pageTable = await page.evaluate(tableRows, '#entities');

    const types = Object.keys(pageLooks).sort();
    assert.ok(types.length >= 6, `types on the page: ${types.join(', ')}`);
    assert.deepEqual(Object.keys(cliLooks).sort(), types);
    for (const type of types) assert.deepEqual(cliLooks[type], pageLooks[type], `${type}, ${colorScheme}`);
    assert.deepEqual(cliTable, pageTable, colorScheme);
    // The values reach the kinds of value the tables name.
    const values = pageTable.map((row) => row[2]);
    for (const v of ['مرسوم ملكي م/7 بتاريخ 16 رمضان 1439 هـ', 'قانون 12 لسنة 2019', '3 حزيران 2020', 'info@example.org']) {
      assert.ok(values.some((x) => x.startsWith(v)), `${v} in ${JSON.stringify(values)}`);
    }
  }
});
