// Kashif without a network: the single-file kashif.html from file:// with
// every other request aborted, and the served page reloaded from its
// service worker after the server is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseInPage, engineReady, marksOf, openPage, seedArticle, useSetUp } from './helpers.mjs';

let env;
let kashif;
useSetUp((e, k) => { env = e; kashif = k; });

test('kashif.html works from file:// with the network blocked', async () => {
  const { context, page, log } = await openPage(env.browser, null);
  const refused = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(path.join(env.siteDir, 'kashif.html')).href);
  assert.equal(await engineReady(page), 'ready');
  const article = seedArticle();
  const r = await analyseInPage(page, article);
  assert.equal(r.ok, true);
  const expected = kashif.analyze(article);
  assert.deepEqual(r.entities, expected.entities);
  const marks = await marksOf(page);
  assert.deepEqual(marks.map((m) => [m.type, m.text]), expected.entities.map((e) => [e.type, e.text]));
  assert.ok(marks.some((m) => m.type === 'GPE' && m.text === 'الكويت'));
  assert.deepEqual(refused, []);
  assert.deepEqual(log.requests.filter((u) => !/^(file|blob|data):/.test(u)), []);
  assert.deepEqual(log.errors, []);
});

test('the served page reloads and works from its service worker with the server gone', async () => {
  const { page, log } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  // Wait until the service worker controls the page and has cached everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await env.server.close();
  await page.reload();
  assert.equal(await engineReady(page), 'ready');
  const r = await analyseInPage(page, 'زار الوفد دولة الكويت وقطر');
  assert.equal(r.ok, true);
  assert.ok((await marksOf(page)).some((m) => m.type === 'GPE'));
  assert.deepEqual(log.errors, []);
});
