// The page and the widget under the strict CSP the server sends
// (script-src 'self' 'wasm-unsafe-eval', style-src 'self', no
// 'unsafe-inline', no 'unsafe-eval'): they work and cause no violation.
// Also checks the sources for what such a policy forbids.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CSP } from '../../tools/serve.mjs';
import { analyseInPage, engineReady, marksOf, openPage, root, seedArticle, setUp, wasmDir } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(() => env.teardown());

function cspMessages(log) {
  return log.console.filter((m) => /Content Security Policy|Refused to/i.test(m));
}

// An inline script must be refused and reported: proves the policy is in
// force and the listener hears it. (eval cannot serve as the check: code the
// test evaluates through DevTools is exempt from the page's CSP.)
async function assertPolicyEnforced(page) {
  const before = await page.evaluate(() => window.__cspViolations.length);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
  });
  await page.waitForFunction((n) => window.__cspViolations.length > n, before);
  assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
}

test('the page works under the strict CSP without a violation', async () => {
  const { page, log, response } = await openPage(env.browser, env.server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  assert.equal(await engineReady(page), 'ready');
  const r = await analyseInPage(page, seedArticle());
  assert.equal(r.ok, true);
  assert.ok((await marksOf(page)).some((m) => m.type === 'GPE' && m.text === 'الكويت'));
  await page.click('#language');  // re-renders the legend and table
  await page.click('#theme');
  await page.locator('#entities tbody tr').first().locator('.entry').click();
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(cspMessages(log), []);
  await assertPolicyEnforced(page);
});

test('the widget works under the strict CSP without a violation', async () => {
  const { page, log, response } = await openPage(env.browser, `${env.server.url}demo-partner.html`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => window.__entityEvents.length >= 2);
  assert.ok((await marksOf(page, 'kashif-annotate')).length > 0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(cspMessages(log), []);
  await assertPolicyEnforced(page);
});

test('no eval, no string-built functions, no HTML from strings in the shipped code', () => {
  const files = readdirSync(env.siteDir).filter((f) => /\.(m?js)$/.test(f)).map((f) => path.join(env.siteDir, f));
  files.push(path.join(wasmDir, 'kashif_core_single.mjs'));
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /\beval\s*\(/, `${file} calls eval`);
    assert.doesNotMatch(code, /\bnew\s+Function\s*\(|[^\w.]Function\s*\(\s*['"`]/, `${file} builds a function from a string`);
    assert.doesNotMatch(code, /\bsetTimeout\s*\(\s*['"`]/, `${file} passes a string to setTimeout`);
  }
  for (const file of readdirSync(path.join(root, 'web')).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(path.join(root, 'web', file), 'utf8');
    assert.doesNotMatch(code, /innerHTML|insertAdjacentHTML|document\.write|outerHTML\s*=|createContextualFragment/, `web/${file}`);
  }
  for (const file of ['index.html', 'demo-partner.html']) {
    const html = readFileSync(path.join(root, 'web', file), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `web/${file} has an inline script`);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, `web/${file} has inline style or handlers`);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, `web/${file} loads from another host`);
  }
  for (const file of readdirSync(path.join(root, 'web')).filter((f) => /\.(css|js)$/.test(f))) {
    assert.doesNotMatch(readFileSync(path.join(root, 'web', file), 'utf8'), /url\(\s*['"]?(https?:)?\/\/|@import/, `web/${file}`);
  }
});
