// The served page in Chromium: a seed article gives the wasm API's entities
// as highlights and table rows, filters, exports, language switch, the size
// limit, and that nothing goes to any other host.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  analyseInPage, engineReady, foreignRequests, marksOf, nodeKashif, openPage, seedArticle, setUp,
} from './helpers.mjs';

let env;
let kashif;
const article = seedArticle();

before(async () => {
  env = await setUp();
  kashif = await nodeKashif();
});
after(() => env.teardown());

test('a pasted seed article is highlighted exactly as the wasm API analyses it', async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  assert.equal(await engineReady(page), 'ready');
  // A real paste: through the clipboard into the focused textarea.
  await page.evaluate((t) => navigator.clipboard.writeText(t), article);
  await page.focus('#source');
  await page.keyboard.press('Control+V');
  await page.waitForFunction((n) => {
    const events = window.__entityEvents.filter((d) => d.text.length === n);
    return events.length > 0;
  }, article.length);
  assert.equal(await page.inputValue('#source'), article);

  const expected = kashif.analyze(article);
  assert.equal(expected.ok, true);
  const marks = await marksOf(page);
  assert.deepEqual(marks, expected.entities.map((e, i) => ({ type: e.type, text: e.text, i })));
  assert.ok(marks.some((m) => m.type === 'GPE' && m.text === 'الكويت'), 'a GPE mark reading الكويت');
  assert.ok(marks.some((m) => m.type === 'ORG' && m.text === 'الأمم المتحدة'), 'an ORG mark reading الأمم المتحدة');

  // The shown text is the article itself (badges are CSS, not text).
  const shown = await page.evaluate(() => document.querySelector('#view').shadowRoot.querySelector('.text').textContent);
  assert.equal(shown, article.trim());

  // The table has one row per entry of the API's table.
  const rows = await page.$$eval('#entities tbody tr', (trs) => trs.map((tr) => ({
    type: tr.dataset.type, name: tr.querySelector('.entry bdi').textContent, count: tr.cells[2].textContent,
  })));
  assert.deepEqual(rows.map((r) => [r.type, r.name]), expected.table.map((e) => [e.type, e.text]));
  assert.deepEqual(log.errors, []);
});

test('clicking a table entry scrolls to and flashes its mentions', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  const r = await analyseInPage(page, article);
  assert.equal(r.ok, true);
  const expected = kashif.analyze(article);
  const row = expected.table.findIndex((e) => e.count > 1);
  assert.ok(row >= 0);
  await page.locator('#entities tbody tr').nth(row).locator('.entry').click();
  const flashing = await page.evaluate(() => [...document.querySelector('#view').shadowRoot.querySelectorAll('mark.flash')]
    .map((m) => Number(m.dataset.i)));
  assert.deepEqual(flashing.sort((a, b) => a - b), [...expected.table[row].mentions].sort((a, b) => a - b));
});

test('type filters re-analyse with only the chosen types', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await analyseInPage(page, article);
  const before = await marksOf(page);
  assert.ok(before.some((m) => m.type === 'GPE'));
  const next = page.evaluate(() => new Promise((resolve) => {
    document.getElementById('view').addEventListener('kashif-entities', (e) => resolve(e.detail), { once: true });
  }));
  await page.click('#legend button[data-type="GPE"]');
  const detail = await next;
  assert.equal(detail.ok, true);
  assert.equal(await page.getAttribute('#legend button[data-type="GPE"]', 'aria-pressed'), 'false');
  const after = await marksOf(page);
  assert.ok(after.length > 0 && after.every((m) => m.type !== 'GPE'));
  const expected = kashif.analyze(article, { types: ['PERS', 'ORG', 'LOC', 'LAW', 'DATE', 'EVENT', 'POLICY', 'OCC', 'CONTACT'] });
  assert.deepEqual(after.map((m) => m.text), expected.entities.map((e) => e.text));
});

test('exports: JSON and CSV downloads hold the entities', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await analyseInPage(page, article);
  const expected = kashif.analyze(article);

  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const record = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(record.offsets, 'utf16');
  assert.equal(record.text, article);
  assert.deepEqual(record.filter, { types: 'all' });
  assert.deepEqual(record.entities.map((e) => [e.start, e.end, e.type, e.text, e.value, e.matchKey]),
    expected.entities.map((e) => [e.start, e.end, e.type, e.text, e.value, e.canonical]));
  assert.deepEqual(record.table.map((e) => [e.type, e.count, e.mentions, e.matchKey]),
    expected.table.map((e) => [e.type, e.count, e.mentions, e.canonical]));

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.match(csv.suggestedFilename(), /\.mentions\.csv$/);
  const lines = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], '"start","end","type","text","name","value","iso"');
  assert.equal(lines.length, expected.entities.length + 1);
  const e = expected.entities[0];
  assert.ok(lines[1].startsWith(`"${e.start}","${e.end}","${e.type}","${e.text}"`), lines[1]);

  const [grouped] = await Promise.all([page.waitForEvent('download'), page.click('#export-table-csv')]);
  assert.match(grouped.suggestedFilename(), /\.entities\.csv$/);
  const rows = readFileSync(await grouped.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(rows[0], '"name","type","type_name","count","value","iso","first_start","first_end"');
  assert.equal(rows.length, expected.table.length + 1);
  const first = expected.table[0];
  assert.ok(rows[1].includes(`"${first.type}"`) && rows[1].includes(`"${first.count}"`), rows[1]);

  // With a type switched off, the JSON says so.
  await page.click('#legend button[data-type="GPE"]');
  await page.waitForFunction(() => window.__entityEvents.at(-1).entities.every((x) => x.type !== 'GPE'));
  const [filtered] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const types = JSON.parse(readFileSync(await filtered.path(), 'utf8')).filter.types;
  assert.ok(Array.isArray(types) && !types.includes('GPE') && types.includes('PERS'), JSON.stringify(types));
});

test('the English interface switches lang and dir; the widget follows', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await analyseInPage(page, 'زار الوفد الكويت');
  const label = () => page.evaluate(() => getComputedStyle(
    document.querySelector('#view').shadowRoot.querySelector('mark[data-type="GPE"]')).getPropertyValue('--kashif-label-GPE'));
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await label(), '"دولة"');
  await page.click('#language');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.textContent('#export-csv'), 'Mentions CSV');
  assert.equal(await label(), '"GPE"');
});

test('a text over the limit gets a message, not a frozen tab', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  const big = 'ا'.repeat(6 * 1024 * 1024);  // 12 MB of UTF-8
  // A paste is refused before it reaches the textarea.
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.getElementById('source').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, cancelable: true, bubbles: true }));
  }, big);
  assert.equal(await page.isVisible('#message'), true);
  assert.match(await page.textContent('#message'), /كبير جدًّا/);
  assert.equal(await page.inputValue('#source'), '');
  // So is a file.
  await page.setInputFiles('#file', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await page.waitForFunction(() => /كبير/.test(document.getElementById('message').textContent));
  assert.equal(await page.inputValue('#source'), '');
  assert.ok(await page.evaluate(() => window.__entityEvents.every((d) => d.text === '')), 'nothing was analysed');
});

test('a .txt file opens, Windows-1256 included', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await page.setInputFiles('#file', { name: 'news.txt', mimeType: 'text/plain', buffer: Buffer.from('زار الوفد الكويت', 'utf8') });
  await page.waitForFunction(() => document.querySelector('#view').shadowRoot.querySelectorAll('mark').length > 0);
  assert.equal(await page.inputValue('#source'), 'زار الوفد الكويت');
  // "قطر" in Windows-1256.
  await page.setInputFiles('#file', { name: 'old.txt', mimeType: 'text/plain', buffer: Buffer.from([0xDE, 0xD8, 0xD1]) });
  await page.waitForFunction(() => document.getElementById('source').value === 'قطر');
});

test('the page asks nothing of any other host', async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  await engineReady(page);
  await analyseInPage(page, article);
  await page.click('#language');
  await page.click('#theme');
  await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  await page.click('#copy-html');
  await page.goto(`${env.server.url}demo-partner.html`);
  await page.waitForFunction(() => window.__entityEvents.length >= 2);
  assert.ok(log.requests.some((u) => u.endsWith('/kashif_core.wasm')), 'the wasm was fetched from the page origin');
  assert.deepEqual(foreignRequests(log.requests, env.origin), []);
});

test('the page stays responsive while a 1 MB text is analysed', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  let big = '';
  while (Buffer.byteLength(big) < 1024 * 1024) big += `${article}\n`;
  await page.evaluate((t) => {
    window.__bigDone = new Promise((resolve) => {
      document.getElementById('view').addEventListener('kashif-entities', function done(e) {
        if (e.detail.text.length < t.length) return;
        this.removeEventListener('kashif-entities', done);
        resolve(performance.now());
      });
    });
    const source = document.getElementById('source');
    source.value = t;
    source.dispatchEvent(new Event('input'));
  }, big);
  // From the next frames on (the textarea has taken the text), count frames
  // until the result arrives.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (now) => { window.__frames.push(now); if (!window.__bigArrived) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.__bigDone.then(() => { window.__bigArrived = true; });
  });
  // Typing still works while the worker is busy.
  await page.focus('#source');
  await page.keyboard.press('End');
  const typedAt = Date.now();
  await page.keyboard.type('ك');
  const typingMs = Date.now() - typedAt;
  assert.ok((await page.inputValue('#source')).endsWith('ك'));
  await page.evaluate(() => window.__bigDone);
  const frames = await page.evaluate(() => window.__frames);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const maxGap = Math.max(0, ...gaps);
  console.log(`1 MB: ${frames.length} frames while analysing, longest gap ${maxGap.toFixed(0)} ms, typing took ${typingMs} ms`);
  assert.ok(frames.length >= 5, `only ${frames.length} frames while analysing`);
  assert.ok(maxGap < 1500, `a frame took ${maxGap} ms`);
  assert.ok(typingMs < 3000, `typing took ${typingMs} ms`);
  // And the result is that of the API.
  const shown = (await marksOf(page)).length;
  assert.ok(shown > 1000, `${shown} marks`);
});
