// The empty page says one thing (no "analysed in 0 ms"), and the English
// switch switches every string the interface shows or speaks: text, titles,
// labels, placeholders, the widget's badges, names and details; only the
// document's own words stay Arabic.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseInPage, engineReady, openPage, seedArticle, setUp } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(() => env.teardown());

const ARABIC = /[\u0600-\u06FF]/;

// Visible texts of the page and the widget's shadow root, and the words of
// titles, labels and placeholders, with where they are; the document's own
// words (the textarea, the highlighted text, names and values as written)
// and anything marked lang="ar" (the switch back to Arabic) left out.
function interfaceStrings(page) {
  return page.evaluate(() => {
    const CONTENT = '#source, .text, .entry, td.value bdi, .details .name, .details dd bdi, [lang="ar"]';
    const out = [];
    const visit = (root, where) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        if (!el || !el.closest || el.closest(CONTENT) || el.closest('[hidden], noscript, script, style, title')) continue;
        if (node.nodeType === Node.TEXT_NODE) {
          if (node.data.trim() && el.getClientRects().length > 0) out.push(`${where} text: ${node.data.trim()}`);
          continue;
        }
        for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
          if (el.hasAttribute(attr)) out.push(`${where} ${attr} of ${el.localName}${el.id ? `#${el.id}` : ''}: ${el.getAttribute(attr)}`);
        }
        if (el.shadowRoot) visit(el.shadowRoot, `${where} ${el.localName}`);
      }
    };
    visit(document.body, 'page');
    // The widget's badges are CSS content.
    const view = document.querySelector('#view').shadowRoot;
    for (const mark of view.querySelectorAll('mark')) {
      out.push(`badge: ${getComputedStyle(mark, '::after').content}`);
      mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      out.push(`mark title: ${mark.title.split(' · ').slice(1).join(' · ')}`);
    }
    return out;
  });
}

test('the empty page shows one empty-state message and no timing', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await page.waitForFunction(() => window.__entityEvents.length > 0);  // the widget's first (empty) result
  const shown = async () => page.evaluate(() => [...document.querySelectorAll('.empty, #status, #table-empty, #message')]
    .filter((el) => el.offsetParent !== null && el.textContent.trim() !== '').map((el) => el.textContent));
  assert.deepEqual(await shown(), ['ستظهر الكيانات هنا.']);
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /حُلّل في|analysed in/);
  // After a text and Clear, the same.
  await analyseInPage(page, 'زار الوفد الكويت');
  await page.click('#clear');
  await page.waitForFunction(() => window.__entityEvents.at(-1).text === '');
  assert.deepEqual(await shown(), ['ستظهر الكيانات هنا.']);
  await page.click('#language');
  assert.deepEqual(await shown(), ['Entities will appear here.']);
});

test('the English switch switches every interface string', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await page.click('#language');
  const empty = (await interfaceStrings(page)).filter((s) => ARABIC.test(s));
  assert.deepEqual(empty, [], 'empty page');

  await analyseInPage(page, `${seedArticle()}\nصدر المرسوم الملكي رقم م/7 بتاريخ 16/9/1439هـ.`);
  await page.locator('#view mark').nth(1).click();
  // Names and numbers as the document writes them may appear inside labels.
  const words = await page.evaluate(() => {
    const view = document.getElementById('view');
    const r = view.result;
    return [...r.entities.map((e) => e.text), ...r.table.map((e) => e.text),
      ...[...document.querySelectorAll('#entities .entry')].map((b) => b.textContent),
      ...r.entities.filter((e) => e.value && e.value.number).map((e) => e.text.slice(e.text.length - e.value.number.length))]
      .sort((a, b) => b.length - a.length);
  });
  const strip = (s) => words.reduce((t, w) => t.split(w).join(''), s);
  const analysed = (await interfaceStrings(page)).filter((s) => ARABIC.test(strip(s)));
  assert.deepEqual(analysed, [], 'analysed, details open');

  // And back: no English left in the Arabic interface but the brand,
  // file names and formats.
  await page.click('#language');
  const english = (await interfaceStrings(page)).filter((s) => /[a-z]{3,}/i.test(s.replace(/^[^:]*: /, '').replace(/Kashif|kashif\.html|JSONL?|CSV|HTML|\.txt|kashif/g, '')));
  assert.deepEqual(english, [], 'Arabic interface');
});
