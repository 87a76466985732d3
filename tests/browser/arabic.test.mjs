// Arabic reads as Arabic: letters join across a highlight's edge (a mark
// that starts after a proclitic, بالمرسوم, للأمم), marks of Latin or digits
// keep their order in a right-to-left line, and values that hold Arabic
// letters (م/7) read right to left.
import { after, before, test } from 'node:test';
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
