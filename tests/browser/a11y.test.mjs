// Accessible to everyone: axe-core (npm, pinned) finds no violation on the
// page (empty, analysed with details open, in English, dark), the widget demo
// and the single-file page; marks are heard as "name، type"; controls and
// labels reach 4.5:1; the ten types stay apart under deuteranopia and
// protanopia; the status line is not a live region.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TYPE_STYLES } from '../../web/presentation.js';
import { VISIONS, contrast, deltaE } from './colour.mjs';
import { analyseInPage, engineReady, openPage, seedArticle, setUp } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => { env = await setUp(); });
after(() => env.teardown());

// Violations of WCAG 2.x A and AA rules and axe's best practices, as
// "rule: target" lines (none expected).
async function axeViolations(page) {
  await page.evaluate(AXE);  // DevTools evaluation: exempt from the page's CSP
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(0, 2).join(' ')}`));
  });
  return found;
}

test('axe: the page, empty and analysed, details open, English and dark', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  assert.deepEqual(await axeViolations(page), [], 'empty page');
  await analyseInPage(page, seedArticle());
  await page.locator('#view mark').first().click();
  assert.deepEqual(await axeViolations(page), [], 'analysed, details open');
  await page.click('#legend button.switch[data-type="GPE"]');
  await page.waitForFunction(() => window.__entityEvents.at(-1).entities.every((e) => e.type !== 'GPE'));
  await page.click('#language');
  assert.deepEqual(await axeViolations(page), [], 'English, a type switched off');
  await page.click('#theme');
  assert.deepEqual(await axeViolations(page), [], 'dark');
});

test('axe: the widget demo and the single-file page', async () => {
  const demo = await openPage(env.browser, `${env.server.url}demo-partner.html`);
  await demo.page.waitForFunction(() => window.__entityEvents.length >= 2);
  assert.deepEqual(await axeViolations(demo.page), [], 'widget demo');
  const single = await openPage(env.browser, pathToFileURL(path.join(env.siteDir, 'kashif.html')).href);
  await engineReady(single.page);
  await analyseInPage(single.page, seedArticle());
  assert.deepEqual(await axeViolations(single.page), [], 'kashif.html');
});

test('a mark is heard as its text and its type, apart', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await analyseInPage(page, 'قال نبيه بري في بيروت إن دولة الكويت شريك.');
  const tree = await page.locator('#view').ariaSnapshot();
  assert.match(tree, /button "نبيه بري، شخص"/);
  assert.match(tree, /button "دولة الكويت، دولة"/);
  await page.click('#language');
  assert.match(await page.locator('#view').ariaSnapshot(), /button "نبيه بري, person"/);
  // Legend switches are named once: the type's name and its count.
  const legend = await page.locator('#legend').ariaSnapshot();
  assert.match(legend, /button "Person 1"/);
  assert.doesNotMatch(legend, /person Person/i);
});

test('controls and labels reach 4.5:1, switched-off types and the placeholder too', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.click('#theme');
    await page.click('#legend button.switch[data-type="LOC"]');  // off
    const pairs = await page.evaluate(() => {
      const background = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
        }
        return getComputedStyle(document.body).backgroundColor;
      };
      const source = document.getElementById('source');
      const out = [['placeholder', getComputedStyle(source, '::placeholder').color, background(source)]];
      for (const el of document.querySelectorAll('button, .hint, .empty, .exports-label, .foot p, .tagline, .heading')) {
        if (el.offsetParent === null) continue;
        out.push([el.id || el.className || el.localName, getComputedStyle(el).color, background(el)]);
      }
      for (const el of document.querySelectorAll('#legend .swatch')) out.push([`swatch ${el.dataset.type}`, getComputedStyle(el).color, background(el)]);
      return out.map(([what, fg, bg]) => ({ what, fg, bg, opacity: 1 }));
    });
    for (const p of pairs) {
      const ratio = contrast(p.fg, p.bg);
      assert.ok(ratio >= 4.5, `${theme}: ${p.what} ${p.fg} on ${p.bg} is ${ratio.toFixed(2)}:1`);
    }
    // No control is dimmed with opacity (it would lower every ratio above).
    const dimmed = await page.evaluate(() => [...document.querySelectorAll('button, .swatch')]
      .filter((el) => Number(getComputedStyle(el).opacity) < 1).map((el) => el.id || el.className));
    assert.deepEqual(dimmed, [], theme);
  }
  // Every type's label colour on its tint, in both themes.
  for (const [type, s] of Object.entries(TYPE_STYLES)) {
    for (const theme of ['light', 'dark']) {
      const ratio = contrast(...s[theme]);
      assert.ok(ratio >= 4.5, `${type} ${theme}: ${ratio.toFixed(2)}:1`);
    }
  }
});

test('ten types, ten looks that survive deuteranopia and protanopia', () => {
  const types = Object.keys(TYPE_STYLES);
  assert.equal(types.length, 10);
  for (const theme of ['light', 'dark']) {
    for (const vision of VISIONS) {
      for (let i = 0; i < types.length; i++) {
        for (let j = i + 1; j < types.length; j++) {
          const [a, b] = [TYPE_STYLES[types[i]], TYPE_STYLES[types[j]]];
          if (a.line !== b.line) continue;  // told apart by the underline's shape
          // Same underline: the colours of text and underline must differ clearly.
          const d = deltaE(a[theme][0], b[theme][0], vision);
          assert.ok(d >= 25, `${theme}, ${vision}: ${types[i]} and ${types[j]} share a ${a.line} underline and differ by ΔE ${d.toFixed(1)}`);
        }
      }
    }
  }
});

test('the status line is not announced on every keystroke', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  const live = await page.evaluate(() => {
    const status = document.getElementById('status');
    const own = status.closest('[aria-live], [role="status"], [role="log"], [role="alert"]');
    const widget = document.querySelector('#view').shadowRoot.querySelector('.status');
    return { page: own ? own.outerHTML.slice(0, 80) : null, widget: widget.getAttribute('aria-live') || widget.getAttribute('role') };
  });
  assert.equal(live.page, null);
  assert.equal(live.widget, 'off');
  // Typing changes the status line, and nothing live hears it.
  await page.focus('#source');
  await page.keyboard.type('زار الوفد الكويت');
  await page.waitForFunction(() => document.getElementById('status').textContent !== '');
  assert.equal(await page.evaluate(() => document.getElementById('announce').textContent), '');
});
