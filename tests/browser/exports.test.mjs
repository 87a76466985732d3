// Exports an analyst feeds to other tools: the JSONL record is byte for byte
// what `kashif analyze --format jsonl` prints (the core writes it, through
// wasm), with the filter in force; copied HTML labels every mark in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyseInPage, engineReady, openPage, root, seedArticle, useSetUp } from './helpers.mjs';

let env;
let kashif;
useSetUp((e, k) => { env = e; kashif = k; });

const cli = process.env.KASHIF_CLI || path.join(root, 'build/native/kashif');

// What the CLI prints for `text` in NAME.txt (the wasm core's own export when
// the native CLI is not built).
function cliJsonl(text, name, types) {
  if (!existsSync(cli)) return kashif.exportAs(text, { format: 'jsonl', doc: name, types }).output;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kashif-jsonl-')), `${name}.txt`);
  writeFileSync(file, text);
  return execFileSync(cli, ['analyze', '--format', 'jsonl', ...(types ? ['--types', types.join(',')] : []), file], { encoding: 'utf8' });
}

test('the JSONL export is what kashif analyze --format jsonl prints', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  const article = seedArticle();
  await page.setInputFiles('#file', { name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from(article) });
  await page.waitForFunction((n) => window.__entityEvents.some((d) => d.text.length === n), article.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-jsonl')]);
  assert.equal(download.suggestedFilename(), 'story.jsonl');
  const got = readFileSync(await download.path(), 'utf8');
  assert.equal(got, cliJsonl(article, 'story'));
  assert.ok(JSON.parse(got).entities.length > 10);

  // With only two types shown, as --types does.
  await page.click('#legend button.only[data-only="GPE"]');
  await page.click('#legend button.switch[data-type="PERS"]');
  await page.waitForFunction(() => window.__entityEvents.at(-1).entities.every((e) => e.type === 'GPE' || e.type === 'PERS'));
  const [filtered] = await Promise.all([page.waitForEvent('download'), page.click('#export-jsonl')]);
  assert.equal(readFileSync(await filtered.path(), 'utf8'), cliJsonl(article, 'story', ['PERS', 'GPE']));
});

test('copied HTML shows each mark\'s type in words after it', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  await engineReady(page);
  const text = 'قال نبيه بري في بيروت إن دولة الكويت شريك.';
  const r = await analyseInPage(page, text);
  await page.click('#copy-html');
  await page.waitForFunction(() => document.getElementById('message').textContent !== '');
  const html = await page.evaluate(async () => (await (await navigator.clipboard.read())[0].getType('text/html')).text());
  const marks = await page.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    return [...doc.querySelectorAll('mark')].map((m) => ({
      text: m.textContent,
      label: m.nextElementSibling && m.nextElementSibling.localName === 'small' ? m.nextElementSibling.textContent.trim() : null,
    }));
  }, html);
  const names = { PERS: 'شخص', GPE: 'دولة', ORG: 'هيئة', LOC: 'منطقة' };
  assert.deepEqual(marks, r.entities.map((e) => ({ text: e.text, label: `[${names[e.type]}]` })));
});
