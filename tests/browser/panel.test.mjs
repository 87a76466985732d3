// The side panel and the details as an analyst uses them: the table fits the
// 400 px panel and a 390×844 phone, the exports come before the table, the
// details close on any action elsewhere (one open at a time, also with two
// widgets), the legend counts mentions per type and offers "only this type",
// and mentions are walked one by one ("3 of 7") with keyboard focus following.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseInPage, engineReady, marksOf, openPage, seedArticle, useSetUp } from './helpers.mjs';

let env;
let kashif;
useSetUp((e, k) => { env = e; kashif = k; });

const article = seedArticle();
// Long values (a Hijri date with its Gregorian day, a long address) beside
// the seed article's long names.
const LONG_TEXT = `${article}\nصدر المرسوم الملكي رقم م/7 بتاريخ 16/9/1439هـ، وراسلوا الأمانة على secretariat.general.office@ministry-of-foreign-affairs.example.org للاستفسار.`;

const shadow = (page, js) => page.evaluate(js);
const detailsShown = (page, selector = '#view') => page.evaluate((sel) => !document.querySelector(sel).shadowRoot.querySelector('.details').hidden, selector);

for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
  test(`the entity table fits at ${viewport.width}×${viewport.height}; the page does not scroll sideways`, async () => {
    const { page } = await openPage(env.browser, env.server.url, { viewport });
    await engineReady(page);
    await analyseInPage(page, LONG_TEXT);
    const layout = await page.evaluate(() => {
      const wrap = document.getElementById('entities').closest('section').getBoundingClientRect();
      const cells = [...document.querySelectorAll('#entities td')].map((td) => td.getBoundingClientRect());
      return {
        panel: document.querySelector('.panel').getBoundingClientRect().width,
        wrap: { left: wrap.left, right: wrap.right },
        outside: cells.filter((c) => c.left < wrap.left - 1 || c.right > wrap.right + 1).length,
        cells: cells.length,
        pageWidth: document.scrollingElement.scrollWidth,
        panelScrolls: (() => {
          const panel = document.querySelector('.panel');
          return panel.scrollHeight > panel.clientHeight + 1 && getComputedStyle(panel).overflowY !== 'visible';
        })(),
      };
    });
    // On a phone the panel is part of the page: no box of its own to scroll.
    if (viewport.width < 1000) assert.equal(layout.panelScrolls, false, 'the panel scrolls inside the page');
    if (viewport.width > 1000) assert.ok(layout.panel <= 401, `panel ${layout.panel}px`);
    assert.ok(layout.cells > 20, `${layout.cells} cells`);
    assert.equal(layout.outside, 0, `${layout.outside} cells stick out of the table's box ${JSON.stringify(layout.wrap)}`);
    assert.ok(layout.pageWidth <= viewport.width, `the page is ${layout.pageWidth}px wide`);
  });
}

test('export buttons come before the table, in view and in tab order', async () => {
  const { page } = await openPage(env.browser, env.server.url, { viewport: { width: 1366, height: 900 } });
  await engineReady(page);
  await analyseInPage(page, article);
  const where = await page.evaluate(() => {
    const firstRow = document.querySelector('#entities tbody button');
    return ['export-table-csv', 'export-csv', 'export-json', 'copy-html'].map((id) => {
      const button = document.getElementById(id);
      return {
        id,
        bottom: button.getBoundingClientRect().bottom,
        beforeRows: Boolean(button.compareDocumentPosition(firstRow) & Node.DOCUMENT_POSITION_FOLLOWING),
        enabled: !button.disabled,
      };
    });
  });
  for (const b of where) {
    assert.ok(b.enabled, `${b.id} enabled`);
    assert.ok(b.beforeRows, `${b.id} comes after the table rows`);
    assert.ok(b.bottom <= 900, `${b.id} is below the fold (${b.bottom}px)`);
  }
});

async function openFirstDetails(page, selector = '#view') {
  await page.locator(`${selector} mark`).first().click();
  assert.equal(await detailsShown(page, selector), true);
}

test('the details close on a click or tap elsewhere, focus leaving, a table action and Escape', async () => {
  const { page } = await openPage(env.browser, env.server.url, { hasTouch: true });
  await engineReady(page);
  await analyseInPage(page, article);

  await openFirstDetails(page);
  await page.mouse.click(5, 5);  // the page's header
  assert.equal(await detailsShown(page), false, 'a click elsewhere');

  await openFirstDetails(page);
  const header = await page.locator('h1').boundingBox();
  await page.touchscreen.tap(header.x + 5, header.y + 5);
  assert.equal(await detailsShown(page), false, 'a tap elsewhere');

  await openFirstDetails(page);
  await page.focus('#sample');
  assert.equal(await detailsShown(page), false, 'focus moved away');

  await openFirstDetails(page);
  await page.locator('#entities tbody tr .entry').first().click();
  assert.equal(await detailsShown(page), false, 'a table action');

  await openFirstDetails(page);
  await page.keyboard.press('Escape');
  assert.equal(await detailsShown(page), false, 'Escape');

  // A click inside the details keeps them.
  await openFirstDetails(page);
  const box = await page.evaluate(() => {
    const r = document.querySelector('#view').shadowRoot.querySelector('.details dl').getBoundingClientRect();
    return { x: r.left + 3, y: r.top + 3 };
  });
  await page.mouse.click(box.x, box.y);
  assert.equal(await detailsShown(page), true, 'a click inside the details');
});

test('one details box open at a time, across two widgets', async () => {
  const { page } = await openPage(env.browser, `${env.server.url}demo-partner.html`);
  await page.waitForFunction(() => window.__entityEvents.length >= 2);
  const first = 'kashif-annotate:nth-of-type(1)';
  const second = 'kashif-annotate:nth-of-type(2)';
  await openFirstDetails(page, first);
  await openFirstDetails(page, second);
  assert.equal(await detailsShown(page, first), false);
  assert.equal(await detailsShown(page, second), true);
  // By keyboard too.
  await page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('mark').focus(), first);
  await page.keyboard.press('Enter');
  assert.equal(await detailsShown(page, first), true);
  assert.equal(await detailsShown(page, second), false);
});

test('the legend counts mentions per type and shows one type alone', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await analyseInPage(page, article);
  const expected = kashif.analyze(article);
  const perType = {};
  for (const e of expected.entities) perType[e.type] = (perType[e.type] || 0) + 1;
  const counts = await page.$$eval('#legend button.switch', (buttons) => Object.fromEntries(
    buttons.map((b) => [b.dataset.type, Number(b.querySelector('.count').textContent)])));
  for (const [type, n] of Object.entries(counts)) assert.equal(n, perType[type] || 0, type);

  const next = () => page.evaluate(() => new Promise((resolve) => {
    document.getElementById('view').addEventListener('kashif-entities', (e) => resolve(e.detail.entities.map((x) => x.type)), { once: true });
  }));
  let arrived = next();
  await page.click('#legend button.only[data-only="GPE"]');
  const types = await arrived;
  assert.ok(types.length > 0 && types.every((t) => t === 'GPE'), types.join());
  assert.deepEqual((await marksOf(page)).map((m) => m.type), types);
  assert.equal(await page.getAttribute('#legend button.switch[data-type="PERS"]', 'aria-pressed'), 'false');
  assert.equal(await page.getAttribute('#legend button.only[data-only="GPE"]', 'aria-pressed'), 'true');
  // Pressed again: every type.
  arrived = next();
  await page.click('#legend button.only[data-only="GPE"]');
  assert.equal((await arrived).length, expected.entities.length);
});

test('next and previous mention from the table and the details; focus follows', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await analyseInPage(page, article);
  const expected = kashif.analyze(article);
  const row = expected.table.findIndex((e) => e.count >= 3);
  assert.ok(row >= 0, 'an entity with three mentions');
  const entry = expected.table[row];
  const focusedMark = () => page.evaluate(() => {
    const view = document.getElementById('view');
    return document.activeElement === view ? Number(view.shadowRoot.activeElement.dataset.i) : null;
  });

  const name = page.locator('#entities tbody tr').nth(row).locator('.entry');
  await name.click();
  assert.equal(await focusedMark(), entry.mentions[0]);
  await page.waitForFunction((t) => document.getElementById('announce').textContent.endsWith(t), `1 من ${entry.count}`);
  await name.click();
  assert.equal(await focusedMark(), entry.mentions[1]);
  await page.waitForFunction((t) => document.getElementById('announce').textContent.endsWith(t), `2 من ${entry.count}`);

  // From the mark, the details walk on: 2 of N → 3 of N → back to 2.
  await page.keyboard.press('Enter');
  const position = () => page.evaluate(() => document.querySelector('#view').shadowRoot.querySelector('.details .position').textContent);
  assert.equal(await position(), `2 من ${entry.count}`);
  await page.evaluate(() => document.querySelector('#view').shadowRoot.querySelector('.details .next').click());
  assert.equal(await position(), `3 من ${entry.count}`);
  const state = await page.evaluate(() => {
    const root = document.querySelector('#view').shadowRoot;
    return { focused: root.activeElement && root.activeElement.className, stop: Number(root.querySelector('mark[tabindex="0"]').dataset.i) };
  });
  assert.deepEqual(state, { focused: 'next', stop: entry.mentions[2] });
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.querySelector('#view').shadowRoot.activeElement.className), 'previous');
  await page.keyboard.press('Enter');
  assert.equal(await position(), `2 من ${entry.count}`);
});

test('details open above a mark near the bottom of the window, inside it', async () => {
  const { page } = await openPage(env.browser, env.server.url, { viewport: { width: 1366, height: 900 } });
  await engineReady(page);
  await analyseInPage(page, LONG_TEXT);
  // The mark nearest the bottom edge that is still in view.
  const index = await page.evaluate(() => {
    const marks = [...document.querySelector('#view').shadowRoot.querySelectorAll('mark')];
    const inView = marks.filter((m) => m.getBoundingClientRect().bottom < innerHeight - 5);
    return marks.indexOf(inView.at(-1));
  });
  await page.locator('#view mark').nth(index).click();
  const box = await page.evaluate(() => {
    const r = document.querySelector('#view').shadowRoot.querySelector('.details').getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  assert.ok(box.top >= 0 && box.bottom <= 900, JSON.stringify(box));
});
