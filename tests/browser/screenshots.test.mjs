// Screenshots of every view, for the README: the page at 1366×900 (a Saudi
// legal preamble and a Lebanese story, the details of a mark open), at
// 390×844, in English, dark, with a 1 MB paste on one line, the widget on the partner demo, and the page of
// `kashif analyze --format html` (made by the core through wasm). Each is
// checked to show Arabic that joins (the layout test is arabic.test.mjs) and
// written to KASHIF_DOCS_DIR (`KASHIF_DOCS_DIR=docs` refreshes docs/), else
// to a temporary folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseInPage, engineReady, nodeKashif, openPage, pasteInPage, root, seedArticle, setUp } from './helpers.mjs';

const outDir = process.env.KASHIF_DOCS_DIR
  ? path.resolve(root, process.env.KASHIF_DOCS_DIR)
  : mkdtempSync(path.join(os.tmpdir(), 'kashif-shots-'));
const text = (name) => readFileSync(path.join(root, 'tests/browser/texts', name), 'utf8');
const BOTH = `${text('preamble.txt')}\n${text('story.txt')}`;

let env;
before(async () => {
  env = await setUp();
  mkdirSync(outDir, { recursive: true });
});
after(() => env.teardown());

async function shot(page, name, options = {}) {
  const file = path.join(outDir, `${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, ...options });
  assert.ok(statSync(file).size > 20_000, `${name}.png is ${statSync(file).size} bytes`);
  return file;
}

async function analysedPage(viewport, { english = false, dark = false } = {}) {
  const { page } = await openPage(env.browser, env.server.url, { viewport, colorScheme: dark ? 'dark' : 'light' });
  await engineReady(page);
  if (english) await page.click('#language');
  const r = await analyseInPage(page, BOTH);
  assert.equal(r.ok, true);
  return page;
}

test('screenshots: the page on a desktop, details open', async () => {
  const page = await analysedPage({ width: 1366, height: 900 });
  await shot(page, 'page-1366');
  // The details of بري (a short mention of نبيه بري), next to it.
  const mark = page.locator('#view mark', { hasText: /^بري$/ }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.click();
  assert.equal(await page.evaluate(() => document.querySelector('#view').shadowRoot.querySelector('.details .name').textContent), 'نبيه بري');
  await shot(page, 'details-1366');
});

test('screenshots: a phone, English, dark', async () => {
  const phone = await analysedPage({ width: 390, height: 844 });
  await shot(phone, 'page-390', { fullPage: true });
  const english = await analysedPage({ width: 1366, height: 900 }, { english: true });
  await shot(english, 'page-english-1366');
  const dark = await analysedPage({ width: 1366, height: 900 }, { dark: true });
  await shot(dark, 'page-dark-1366');
});

test('screenshots: a 1 MB paste on one line', async () => {
  const sentence = seedArticle().replace(/\s+/g, ' ').trim();
  let big = '';
  while (Buffer.byteLength(big) < 1024 * 1024) big += `${sentence} `;
  const { page } = await openPage(env.browser, env.server.url, { viewport: { width: 1366, height: 900 } });
  await engineReady(page);
  const r = await pasteInPage(page, big.trimEnd());
  assert.ok(r.ok && r.entities > 1000, `${r.entities} entities`);
  await shot(page, 'page-long-1366');
});

test('screenshots: the widget on a partner page, and the CLI page', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}demo-partner.html`, { viewport: { width: 1366, height: 900 } });
  await page.waitForFunction(() => window.__entityEvents.length >= 2);
  await shot(page, 'widget-demo-1366');

  const k = await nodeKashif();
  const html = k.exportAs(BOTH, { format: 'html', doc: 'preamble-and-story' });
  assert.equal(html.ok, true);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kashif-cli-page-')), 'page.html');
  writeFileSync(file, html.output);
  const cli = await openPage(env.browser, pathToFileURL(file).href, { viewport: { width: 1366, height: 900 } });
  await shot(cli.page, 'cli-html-1366');
});
