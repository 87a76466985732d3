// The npm package partners install: `npm pack` of tools/make-package.mjs's
// folder holds the ES modules, their .d.ts, the wasm, the worker, the custom
// element and its define entry and a README with the one-tag embed; the
// tarball installed into a fresh site (npm install, offline) and served
// under the strict CSP shows highlights, with no CSP violation and no request
// to any other host.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makePackage, pack } from '../../tools/make-package.mjs';
import { CSP, startServer } from '../../tools/serve.mjs';
import { foreignRequests, launchChromium, openPage, wasmDir } from './helpers.mjs';

let work;
let browser;
before(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kashif-package-'));
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
});

test('npm pack gives a package that installs into a fresh site and works under the strict CSP', async () => {
  const tarball = pack(makePackage({ outDir: path.join(work, 'package'), wasmDir }));
  const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  for (const file of ['package.json', 'README.md', 'kashif-annotate.js', 'kashif-annotate-define.js', 'kashif-annotate.d.ts',
    'kashif.js', 'kashif.d.ts', 'kashif-client.js', 'kashif-client.d.ts', 'kashif-worker.js', 'kashif_core.mjs', 'kashif_core.wasm']) {
    assert.ok(listed.includes(file), `${file} in the package (${listed.join(', ')})`);
  }

  // A partner's site: its own page, the package from npm.
  const site = path.join(work, 'site');
  execFileSync('mkdir', ['-p', site]);
  writeFileSync(path.join(site, 'package.json'), '{"name": "partner-site", "private": true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: site, stdio: 'pipe' });
  const readme = readFileSync(path.join(site, 'node_modules/kashif-annotate/README.md'), 'utf8');
  const tag = /<script type="module" src="[^"]+kashif-annotate-define\.js"><\/script>/.exec(readme);
  assert.ok(tag, 'the README shows the one-tag embed');
  writeFileSync(path.join(site, 'index.html'), `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>شريك</title>
${tag[0]}
</head><body><main>
<kashif-annotate>أعلنت الأمم المتحدة في دولة الكويت أن الحكومة ستعرض القانون رقم 91 لسنة 2013.</kashif-annotate>
</main></body></html>
`);

  const server = await startServer({ siteDir: site, port: 0 });
  try {
    const { page, log, response } = await openPage(browser, server.url);
    assert.equal(response.headers()['content-security-policy'], CSP);
    await page.waitForFunction(() => window.__entityEvents.length > 0, null, { timeout: 30_000 });
    const result = await page.evaluate(() => window.__entityEvents[0]);
    assert.equal(result.ok, true, JSON.stringify(result.error));
    const marks = await page.evaluate(() => [...document.querySelector('kashif-annotate').shadowRoot.querySelectorAll('mark')]
      .map((m) => [m.dataset.type, m.textContent]));
    assert.ok(marks.some(([type, text]) => type === 'GPE' && text.includes('الكويت')), JSON.stringify(marks));
    assert.ok(marks.some(([type]) => type === 'LAW'), JSON.stringify(marks));
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(log.console.filter((m) => /Content Security Policy|Refused to/i.test(m)), []);
    assert.deepEqual(foreignRequests(log.requests, new URL(server.url).origin), []);
    assert.ok(log.requests.some((u) => u.endsWith('/node_modules/kashif-annotate/kashif_core.wasm')), 'the wasm came from the package');
    assert.deepEqual(log.errors, []);
  } finally {
    await server.close();
  }
});
