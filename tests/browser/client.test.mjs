// kashif-client.js in Chromium: results equal the wasm API's; a waiting
// request is superseded by a newer one on its channel; channels do not
// supersede each other; aborting a running request restarts the worker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeKashif, openPage, seedArticle, setUp } from './helpers.mjs';

let env;
let kashif;
let page;
before(async () => {
  env = await setUp();
  kashif = await nodeKashif();
  ({ page } = await openPage(env.browser, env.server.url));
  await page.evaluate(async () => {
    const { createKashifClient } = await import('./kashif-client.js');
    window.client = createKashifClient();
  });
});
after(() => env.teardown());

test('ready() resolves and analyze() gives the wasm API result', async () => {
  assert.deepEqual(await page.evaluate(() => window.client.ready()), { ok: true });
  const article = seedArticle();
  const r = await page.evaluate((t) => window.client.analyze(t, { types: ['GPE', 'ORG'] }), article);
  const expected = kashif.analyze(article, { types: ['GPE', 'ORG'] });
  assert.equal(typeof r.ms, 'number');
  delete r.ms;
  assert.deepEqual(r, expected);
  const rules = await page.evaluate((t) => window.client.analyze(t, { model: false }), article);
  delete rules.ms;
  assert.deepEqual(rules, kashif.analyze(article, { model: false }));
  const bad = await page.evaluate(() => window.client.analyze('نص', { types: ['NOPE'] }));
  assert.equal(bad.error.code, 'invalid_argument');
});

test('a newer request supersedes the one waiting on its channel, not on others', async () => {
  const codes = await page.evaluate(() => {
    const c = window.client;
    return Promise.all([
      c.analyze('زار الوفد الكويت'),                   // runs at once
      c.analyze('قطر'),                                // waits, then superseded
      c.analyze('الأمم المتحدة'),                      // supersedes it
      c.analyze('الكويت', { channel: 'other' }),       // another channel: kept
    ]).then((rs) => rs.map((r) => (r.ok ? r.entities.map((e) => e.text).join('|') : r.error.code)));
  });
  assert.deepEqual(codes, ['الكويت', 'superseded', 'الأمم المتحدة', 'الكويت']);
});

test('aborting a running request stops the worker; the next request works', async () => {
  const big = `${seedArticle()}\n`.repeat(40);
  const result = await page.evaluate(async (t) => {
    const c = window.client;
    const controller = new AbortController();
    const running = c.analyze(t, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const aborted = await running;
    const already = await c.analyze('قطر', { signal: AbortSignal.abort() });
    const after = await c.analyze('زار الوفد الكويت');
    return { aborted: aborted.ok ? 'finished' : aborted.error.code, already: already.error.code,
             after: after.ok && after.entities.map((e) => e.text) };
  }, big);
  assert.deepEqual(result, { aborted: 'aborted', already: 'aborted', after: ['الكويت'] });
});
