// Arabic reads as Arabic: letters join across a highlight's edge (a mark
// that starts after a proclitic, بالمرسوم, للأمم), marks of Latin or digits
// keep their order in a right-to-left line, and values that hold Arabic
// letters (م/7) read right to left.
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { analyseInPage, engineReady, openPage, setUp } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(() => env.teardown());

// Marks that start inside a word: the proclitic before them must keep its
// joined (initial) form.
const PROCLITIC_TEXT = 'وأكد نبيه بري للأمم المتحدة أن العمل بالمرسوم الملكي رقم م/7 بدأ، وقال إن لبنان ملتزم بالقانون رقم 91 لسنة 2013.';

/**
 * For each mark preceded by an Arabic letter of the same word: the advance
 * of that letter and of the mark's first letter as the widget draws them,
 * and as the same word draws unhighlighted in the same font (joined), and
 * the preceding letter alone (unjoined).
 */
function edgeAdvances(page) {
  return page.evaluate(() => {
    const shadow = document.querySelector('#view').shadowRoot;
    const text = shadow.querySelector('.text');
    const reference = document.createElement('div');
    reference.className = 'text';
    reference.style.whiteSpace = 'pre';
    text.after(reference);
    const width = (node, from, to) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect().width;
    };
    const out = [];
    for (const mark of shadow.querySelectorAll('mark')) {
      const before = mark.previousSibling;
      if (!before || before.nodeType !== Node.TEXT_NODE) continue;
      const last = before.data.at(-1);
      if (!/[\u0621-\u064A]/.test(last)) continue;
      const word = before.data.split(/\s/).at(-1) + mark.textContent.split(/\s/)[0];
      reference.textContent = word;
      const cut = word.length - mark.textContent.split(/\s/)[0].length;
      const plain = reference.firstChild;
      const joinedProclitic = width(plain, cut - 1, cut);
      const joinedFirst = width(plain, cut, cut + 1);
      reference.textContent = last;
      const alone = width(reference.firstChild, 0, 1);
      out.push({
        word,
        proclitic: width(before, before.data.length - 1, before.data.length),
        first: width(mark.firstChild, 0, 1),
        joinedProclitic,
        joinedFirst,
        alone,
      });
    }
    reference.remove();
    return out;
  });
}

test('letters join across the edge of a highlight', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  const r = await analyseInPage(page, PROCLITIC_TEXT);
  assert.equal(r.ok, true);
  const edges = await edgeAdvances(page);
  assert.ok(edges.length >= 2, `marks after a proclitic: ${JSON.stringify(edges)}`);
  for (const e of edges) {
    // The test can tell: a joined letter is narrower than the same letter alone.
    assert.ok(Math.abs(e.joinedProclitic - e.alone) > 0.5, `${e.word}: joined and alone look alike`);
    assert.ok(Math.abs(e.proclitic - e.joinedProclitic) < 0.5,
      `${e.word}: the letter before the mark is drawn ${e.proclitic.toFixed(1)} px wide, joined it is ${e.joinedProclitic.toFixed(1)} px`);
    assert.ok(Math.abs(e.first - e.joinedFirst) < 0.5,
      `${e.word}: the mark's first letter is drawn ${e.first.toFixed(1)} px wide, joined it is ${e.joinedFirst.toFixed(1)} px`);
  }
});

test('a mark of Latin letters or digits keeps its own order in an Arabic line', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  const text = 'للاستفسار اتصلوا على الرقم +961 1 234 567 أو راسلوا info@example.org اليوم.';
  const r = await analyseInPage(page, text);
  assert.equal(r.ok, true);
  const marks = await page.evaluate(() => [...document.querySelector('#view').shadowRoot.querySelectorAll('mark')]
    .filter((m) => !/[\u0600-\u06FF]/.test(m.textContent))
    .map((m) => {
      // Left edges of each character, in text order: ascending when laid out left to right.
      const node = m.firstChild;
      const lefts = [];
      for (let i = 0; i < node.data.length; i++) {
        if (node.data[i] === ' ') continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        lefts.push(range.getBoundingClientRect().left);
      }
      return { text: m.textContent, lefts };
    }));
  assert.ok(marks.length >= 1, 'a Latin or digit mark');
  for (const m of marks) {
    const sorted = [...m.lefts].sort((a, b) => a - b);
    assert.deepEqual(m.lefts, sorted, `${m.text} is not drawn left to right`);
  }
});

// A Saudi-style preamble and a Levantine story in one: names that the
// analyser folds for matching (رئيس → رييس, ة → ه), law kinds it knows by
// id (royal_decree), a Hijri date, a named statute.
const NAMES_TEXT = 'صدر المرسوم الملكي رقم م/7 بتاريخ 16/9/1439هـ، وقال رئيس الحكومة نبيه بري في دولة الكويت إن القانون رقم 91 لسنة 2013 نافذ منذ 14 حزيران 2023. وأكد بري للأمم المتحدة أن الأمر الملكي رقم أ/90 والنظام الأساسي للحكم واضحان.';
// What a reader must never see: folded keys, ids, English kind words.
const NOT_SHOWN = /رييس|دوله|الحكومه|1439ه(?!ـ)|[a-z]_[a-z]|SA_BASIC|royal|decree|\blaw\b/;

async function panelText(page) {
  return page.evaluate(() => {
    const texts = [document.querySelector('.panel').innerText];
    const shadow = document.querySelector('#view').shadowRoot;
    for (const m of shadow.querySelectorAll('mark')) {
      m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      texts.push(m.title, m.getAttribute('aria-label') || '');
    }
    return texts.join('\n');
  });
}

test('names show as written and values in the page language, in table, titles and details', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  const r = await analyseInPage(page, NAMES_TEXT);
  assert.equal(r.ok, true);
  const rows = await page.$$eval('#entities tbody tr', (trs) => trs.map((tr) => ({
    name: tr.querySelector('.entry').textContent, value: tr.cells[3].innerText.replace(/\s+/g, ' ').trim(),
  })));
  const names = rows.map((row) => row.name);
  for (const name of ['رئيس الحكومة', 'دولة الكويت', 'نبيه بري', '16/9/1439هـ', 'الأمم المتحدة', 'النظام الأساسي للحكم']) {
    assert.ok(names.includes(name), `${name} in ${names.join(' | ')}`);
  }
  const values = rows.map((row) => row.value);
  // (An act's value may go on with its date: مرسوم ملكي م/7 بتاريخ …)
  for (const value of ['مرسوم ملكي م/7', 'قانون 91 لسنة 2013', 'أمر ملكي أ/90', '14 حزيران 2023 2023-06-14', 'نظام أساسي']) {
    assert.ok(values.some((v) => v === value || v.startsWith(`${value} بتاريخ`)), `${value} in ${values.join(' | ')}`);
  }
  assert.ok(values.some((v) => v.startsWith('16 رمضان 1439 هـ')), values.join(' | '));
  const shown = await panelText(page);
  assert.doesNotMatch(shown, NOT_SHOWN);

  // The details of the short mention بري name the person in full.
  await page.evaluate(() => {
    const mark = [...document.querySelector('#view').shadowRoot.querySelectorAll('mark')].find((m) => m.textContent === 'بري');
    mark.click();
  });
  const details = await page.evaluate(() => document.querySelector('#view').shadowRoot.querySelector('.details').innerText);
  assert.equal(await page.evaluate(() => document.querySelector('#view').shadowRoot.querySelector('.details .name').textContent), 'نبيه بري');
  assert.doesNotMatch(details, NOT_SHOWN);

  // English: the values in English, the names as the text writes them.
  await page.click('#language');
  const english = await page.$$eval('#entities tbody tr', (trs) => trs.map((tr) => tr.cells[3].innerText.replace(/\s+/g, ' ').trim()));
  for (const value of ['Royal decree م/7', 'Law 91 of 2013', '14 June 2023 2023-06-14']) {
    assert.ok(english.some((v) => v === value || v.startsWith(`${value} dated`)), `${value} in ${english.join(' | ')}`);
  }
  assert.doesNotMatch(english.join('\n'), /_/);
});

test('a law number with Arabic letters reads right to left (م/7, not 7/م)', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await analyseInPage(page, NAMES_TEXT);
  for (const lang of ['ar', 'en']) {
    if (lang === 'en') await page.click('#language');
    const order = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('#entities tbody td.value')];
      const cell = cells.find((c) => c.textContent.includes('م/7'));
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('م/7');
        if (at < 0) continue;
        const x = (i) => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          return box.left + box.width / 2;
        };
        return { meem: x(at), seven: x(at + 2) };
      }
      return null;
    });
    assert.ok(order, 'a value cell with م/7');
    assert.ok(order.meem > order.seven, `${lang}: م is drawn left of 7 (${JSON.stringify(order)})`);
  }
});

test('exports carry the names as written; JSON keeps the matching key apart', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await analyseInPage(page, NAMES_TEXT);
  const read = async (id) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return readFileSync(await file.path(), 'utf8');
  };
  const body = (csv) => csv.split('\r\n').slice(1).join('\n');
  const mentions = await read('#export-csv');
  assert.doesNotMatch(body(mentions), NOT_SHOWN);
  assert.match(mentions, /"بري","نبيه بري"/);
  const table = await read('#export-table-csv');
  assert.doesNotMatch(body(table), NOT_SHOWN);
  assert.match(table, /"قانون 91 لسنة 2013"/);
  const json = JSON.parse(await read('#export-json'));
  const byText = Object.fromEntries(json.entities.map((e) => [e.text, e]));
  assert.equal(byText['رئيس الحكومة'].name, 'رئيس الحكومة');
  assert.equal(byText['رئيس الحكومة'].matchKey, 'رييس الحكومه');
  assert.equal(byText['القانون رقم 91 لسنة 2013'].valueText, 'قانون 91 لسنة 2013');
  assert.ok(json.table.every((row) => typeof row.name === 'string' && !('canonical' in row)));
});
