// Hostile text through every path that shows or exports it: the textarea,
// the highlights, the table, the details popup, the JSON and CSV exports,
// copy as HTML, and the widget's own content and `for` target. Nothing may
// run (window.__pwned stays unset, no dialog), and the text shows literally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyseInPage, engineReady, foreignRequests, marksOf, openPage, useSetUp } from './helpers.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">الكويت</a>',
  'javascript:window.__pwned=1',
  '<svg onload="window.__pwned=1"><circle r="5"/></svg>',
  '&lt;b&gt;قطر&lt;/b&gt; &amp; &quot; &#60;i&#62;',
  '"><b onmouseover="window.__pwned=1">الأمم المتحدة</b>',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '</textarea><script>window.__pwned=1</script>',
  '</style></mark><img src=x onerror=window.__pwned=1>',
  '=HYPERLINK("http://example.invalid/","x")',
  '${window.__pwned=1}{{constructor.constructor(\'window.__pwned=1\')()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
];
const TEXT = PAYLOADS.join('\n');

// Stands in for kashif-worker.js: every line of the text is an entity whose
// text, canonical form and value are the hostile line itself, so each
// payload becomes a highlight, a table label, a detail and an export cell.
const STUB_WORKER = `
const TYPES = ['PERS', 'ORG', 'GPE', 'LOC', 'LAW', 'DATE', 'EVENT', 'POLICY', 'OCC', 'CONTACT'];
self.postMessage({ type: 'ready' });
self.onmessage = ({ data: { id, text } }) => {
  const entities = [];
  let at = 0;
  for (const line of text.split('\\n')) {
    const t = line.trim();
    const start = at + line.indexOf(t);
    if (t) entities.push({ start, end: start + t.length, type: TYPES[entities.length % TYPES.length],
                           text: t, canonical: t, value: { kind: t, number: t } });
    at += line.length + 1;
  }
  const table = entities.map((e, i) => ({ canonical: e.canonical, type: e.type, text: e.text, count: 1, mentions: [i] }));
  self.postMessage({ id, result: { ok: true, entities, table }, ms: 0 });
};`;

let env;
let kashif;
useSetUp((e, k) => { env = e; kashif = k; });

async function assertNothingRan(page, log) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a payload ran');
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log.requests, env.origin), []);
  assert.ok(!log.requests.some((u) => /\/x$/.test(u)), 'an <img src=x> was created');
}

// Elements a fragment of markup holds besides the expected ones.
function strayElements(page, html, allowed) {
  return page.evaluate(([h, ok]) => [...new DOMParser().parseFromString(h, 'text/html').body.querySelectorAll('*')]
    .map((el) => el.localName).filter((name) => !ok.includes(name)), [html, allowed]);
}

async function copiedHtml(page) {
  await page.evaluate(() => { document.getElementById('message').textContent = ''; });
  await page.click('#copy-html');
  // The page reports the copy once the clipboard has it.
  await page.waitForFunction(() => document.getElementById('message').textContent !== '');
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item.getType('text/html')).text();
  });
}

test('hostile text through the real analyzer shows literally and runs nothing', async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  await engineReady(page);
  const r = await analyseInPage(page, TEXT);
  assert.equal(r.ok, true);
  const expected = kashif.analyze(TEXT);
  assert.deepEqual(r.entities, expected.entities);
  assert.ok(expected.entities.some((e) => e.text === 'الكويت'), 'an entity inside the markup');

  assert.equal(await page.inputValue('#source'), TEXT);
  const view = await page.evaluate(() => {
    const text = document.querySelector('#view').shadowRoot.querySelector('.text');
    return { text: text.textContent, elements: [...text.querySelectorAll('*')].map((e) => e.localName) };
  });
  assert.equal(view.text, TEXT.trim());
  assert.deepEqual([...new Set(view.elements)].sort(), ['div', 'mark'].filter((n) => view.elements.includes(n)));

  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.deepEqual(JSON.parse(readFileSync(await json.path(), 'utf8')).entities.map((e) => [e.start, e.end, e.text, e.matchKey]),
    expected.entities.map((e) => [e.start, e.end, e.text, e.canonical]));

  const html = await copiedHtml(page);
  assert.deepEqual(await strayElements(page, html, ['div', 'mark', 'small', 'meta']), []);
  // The text, once the visible type labels are taken out.
  const copiedText = await page.evaluate((h) => {
    const body = new DOMParser().parseFromString(h, 'text/html').body;
    body.querySelectorAll('small.kashif-type').forEach((label) => label.remove());
    return body.textContent;
  }, html);
  assert.equal(copiedText, TEXT);
  await assertNothingRan(page, log);
});

test('hostile entity names, values and exports stay text (stub analyzer)', async () => {
  const { context, page, log } = await openPage(env.browser, null);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  await page.route('**/kashif-worker.js', (route) => route.fulfill({
    contentType: 'text/javascript', body: STUB_WORKER,
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
  }));
  await page.goto(env.server.url);
  await engineReady(page);
  await analyseInPage(page, TEXT);

  // Highlights: one mark per line, reading the line.
  const marks = await marksOf(page);
  assert.deepEqual(marks.map((m) => m.text), PAYLOADS);

  // The table: names and values are the payloads, as text.
  const rows = await page.$$eval('#entities tbody tr', (trs) => trs.map((tr) => ({
    name: tr.querySelector('.entry bdi').textContent,
    value: tr.cells[3].textContent,
    elements: [...tr.querySelectorAll('*')].map((e) => e.localName),
  })));
  assert.deepEqual(rows.map((r) => r.name), PAYLOADS);
  assert.deepEqual(rows.map((r) => r.value), PAYLOADS.map((p) => `${p} ${p}`));
  for (const r of rows) assert.ok(r.elements.every((n) => ['td', 'button', 'bdi', 'span'].includes(n)), r.elements.join());

  // The details popup, by keyboard.
  await page.evaluate(() => document.querySelector('#view').shadowRoot.querySelector('mark').focus());
  for (let i = 0; i < PAYLOADS.length; i++) {
    await page.keyboard.press('Enter');
    const details = await page.evaluate(() => {
      const d = document.querySelector('#view').shadowRoot.querySelector('.details');
      return { hidden: d.hidden, name: d.querySelector('.name').textContent, elements: [...d.querySelectorAll('*')].map((e) => e.localName) };
    });
    assert.equal(details.hidden, false);
    assert.equal(details.name, PAYLOADS[i]);
    assert.ok(details.elements.every((n) => ['button', 'p', 'bdi', 'dl', 'dt', 'dd', 'span'].includes(n)), details.elements.join());
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowDown');
  }

  // Exports.
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const record = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.deepEqual(record.entities.map((e) => e.text), PAYLOADS);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  assert.ok(csvText.includes('"\'=HYPERLINK(""http://example.invalid/"",""x"")"'), 'a formula is neutralised');
  assert.ok(csvText.includes('"<script>window.__pwned=1</script>"'));
  const html = await copiedHtml(page);
  assert.deepEqual(await strayElements(page, html, ['div', 'mark', 'small', 'meta']), []);
  const copied = await page.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('mark')]
    .map((m) => [m.textContent, m.title]), html);
  assert.deepEqual(copied.map(([t]) => t), PAYLOADS);
  assert.ok(copied.every(([t, title]) => title.startsWith(t)));
  await assertNothingRan(page, log);
});

test('hostile widget content and for-targets show literally and run nothing', async () => {
  const { page, log } = await openPage(env.browser, `${env.server.url}demo-partner.html`);
  await page.waitForFunction(() => window.__entityEvents.length >= 2);
  const shown = await page.evaluate((payloads) => Promise.all(payloads.flatMap((p) => {
    const own = document.createElement('kashif-annotate');
    own.textContent = p;
    const target = document.createElement('div');
    target.id = `t${Math.random().toString(36).slice(2)}`;
    target.textContent = p;
    const follower = document.createElement('kashif-annotate');
    follower.setAttribute('for', target.id);
    document.body.append(target, own, follower);
    return [own, follower].map((w) => new Promise((resolve) => {
      w.addEventListener('kashif-entities', () => resolve(w.shadowRoot.querySelector('.text').textContent), { once: true });
    }));
  })), PAYLOADS);
  assert.deepEqual(shown, PAYLOADS.flatMap((p) => [p, p]));
  await assertNothingRan(page, log);
});
