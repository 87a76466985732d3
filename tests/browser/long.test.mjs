// A 1 MB paste without a line break (what copying from a PDF gives): the
// view is drawn in pieces the browser lays out one at a time, the textarea
// shows the line with soft breaks (web/soft-breaks.js; on one 1 MB line
// Chromium's textarea alone takes 90–180 ms per key), and keys are handled
// in under 100 ms, the median of 12 printed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { engineReady, openPage, pasteInPage, seedArticle, setUp } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(() => env.teardown());

test('1 MB on one line is drawn in pieces, with no long task', async () => {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  const sentence = seedArticle().replace(/\s+/g, ' ').trim();
  let big = '';
  while (Buffer.byteLength(big) < 1024 * 1024) big += `${sentence} `;
  big = big.trimEnd();
  const shown = await page.evaluate((t) => new Promise((resolve) => {
    const view = document.getElementById('view');
    view.addEventListener('kashif-entities', function done(e) {
      if (e.detail.text !== t) return;
      view.removeEventListener('kashif-entities', done);
      requestAnimationFrame(() => {
        const text = view.shadowRoot.querySelector('.text');
        const chunks = [...text.children];
        resolve({
          chunks: chunks.length,
          longest: Math.max(...chunks.map((c) => c.textContent.length)),
          same: text.textContent === t,
          marks: text.querySelectorAll('mark').length,
          entities: e.detail.entities.length,
        });
      });
    });
    const source = document.getElementById('source');
    source.value = t;
    source.dispatchEvent(new Event('input'));
  }), big);
  assert.ok(shown.same, 'the view shows the text exactly');
  assert.equal(shown.marks, shown.entities);
  assert.ok(shown.chunks > 100, `${shown.chunks} pieces`);
  assert.ok(shown.longest < 10_000, `a piece of ${shown.longest} characters`);

  // A re-analysis of the whole text (a type switched off) and its drawing
  // leave the page free: no task of 50 ms or more.
  const longTasks = await page.evaluate(() => new Promise((resolve) => {
    const out = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) out.push(Math.round(e.duration)); });
    observer.observe({ type: 'longtask' });
    document.getElementById('view').addEventListener('kashif-entities', () => setTimeout(() => {
      observer.disconnect();
      resolve(out);
    }, 300), { once: true });
    document.querySelector('#legend button.switch[data-type="DATE"]').click();
  }));
  assert.deepEqual(longTasks, [], 'long tasks while the 1 MB view was redrawn');
});

// Milliseconds from each of `keys` key presses at the end of the textarea to
// the frame after it, while the view re-analyses and redraws.
async function keyDelays(page, keys = 12) {
  await page.focus('#source');
  await page.evaluate(() => {
    const source = document.getElementById('source');
    source.setSelectionRange(source.value.length, source.value.length);
    window.__keyDelays = [];
    source.addEventListener('keydown', (e) => {
      const at = e.timeStamp;
      requestAnimationFrame(() => requestAnimationFrame(() => window.__keyDelays.push(performance.now() - at)));
    });
  });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i % 2 ? 'x' : 'Space');
    await page.waitForTimeout(i % 3 === 2 ? 400 : 60);  // pauses that let analyses and drawings start
  }
  await page.waitForTimeout(1500);
  return (await page.evaluate(() => window.__keyDelays)).sort((a, b) => a - b);
}

async function withText(text, { widget = true } = {}) {
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await page.evaluate(([t, keep]) => new Promise((resolve) => {
    const view = document.getElementById('view');
    if (!keep) view.remove();
    view.addEventListener('kashif-entities', (e) => { if (e.detail.text === t) resolve(); });
    const source = document.getElementById('source');
    source.value = t;
    source.dispatchEvent(new Event('input'));
    if (!keep) resolve();
  }), [text, widget]);
  return page;
}

const median = (d) => d[d.length >> 1];

test('keys stay under 100 ms at 1 MB, in lines and on one line', async () => {
  const sentence = seedArticle().replace(/\s+/g, ' ').trim();
  let lines = '';
  while (Buffer.byteLength(lines) < 1024 * 1024) lines += `${sentence}\n`;
  const inLines = await keyDelays(await withText(lines));
  console.log(`keys at 1 MB in lines: median ${median(inLines).toFixed(0)} ms, slowest ${inLines.at(-1).toFixed(0)} ms`);
  assert.equal(inLines.length, 12);
  assert.ok(inLines.at(-2) < 100, `keys took ${inLines.map((d) => d.toFixed(0)).join(', ')} ms`);

  // One 1 MB line, pasted: what copying a PDF gives. The textarea shows it
  // with soft breaks (web/soft-breaks.js); its value is the text as pasted.
  const oneLine = lines.replace(/\n/g, ' ').trimEnd();
  const { page } = await openPage(env.browser, env.server.url);
  await engineReady(page);
  await pasteInPage(page, oneLine);
  const state = await page.evaluate(() => {
    const source = document.getElementById('source');
    const shown = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').get.call(source);
    const lengths = shown.split('\n').map((l) => l.length);
    return { value: source.value, lines: lengths.length, longest: Math.max(...lengths), view: document.getElementById('view').result.text };
  });
  assert.ok(state.value === oneLine, 'the textarea\'s value is the pasted text');
  assert.ok(state.view === oneLine, 'the view analysed the pasted text');
  assert.ok(state.lines > 100 && state.longest < 10_000, `${state.lines} display lines, the longest ${state.longest} units`);
  const delays = await keyDelays(page);
  console.log(`keys at 1 MB on one line: median ${median(delays).toFixed(0)} ms, slowest ${delays.at(-1).toFixed(0)} ms (${delays.map((d) => d.toFixed(0)).join(', ')})`);
  assert.equal(delays.length, 12);
  assert.ok(median(delays) < 100, `median key ${median(delays).toFixed(0)} ms`);
  // The keys typed (6 spaces and 6 x's) are in the text, at its end.
  assert.equal(await page.evaluate(() => document.getElementById('source').value.slice(-12)), ' x'.repeat(6));
});
