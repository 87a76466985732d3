// The page's textarea shows a long line with soft breaks (web/soft-breaks.js)
// and its value stays the text as typed: edits next to a break, deleting
// one, copy and cut, undo and redo of a paste, a value set by script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineReady, openPage, pasteInPage, useSetUp } from './helpers.mjs';

let env;
useSetUp((e) => { env = e; });

// Words of different lengths, no line break: 30,000 units.
function longLine() {
  const words = ['الحكومة', 'في', 'دولة', 'الكويت', 'أعلنت', 'القانون', 'رقم', '15', 'لسنة', '2011', 'و', 'مجلس'];
  const out = [];
  let length = 0;
  for (let i = 0; length < 30_000; i++) {
    const w = words[(i * 7) % words.length];
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ');
}

async function page() {
  const { page: p } = await openPage(env.browser, env.server.url);
  await engineReady(p);
  await p.evaluate(() => {
    window.shownValue = () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')
      .get.call(document.getElementById('source'));
  });
  return p;
}

const state = (p) => p.evaluate(() => ({ value: document.getElementById('source').value, shown: window.shownValue() }));

test('a long line is shown broken at spaces; the value is the text', async () => {
  const p = await page();
  const line = longLine();
  await pasteInPage(p, line);
  const { value, shown } = await state(p);
  assert.equal(value, line);
  assert.equal(shown.length, line.length);
  const lengths = shown.split('\n').map((l) => l.length);
  assert.ok(lengths.length >= 7 && Math.max(...lengths) < 4100, `display lines ${lengths.join(', ')}`);
  // Every difference is a space shown as a break.
  for (let i = 0; i < line.length; i++) if (shown[i] !== line[i]) assert.deepEqual([line[i], shown[i]], [' ', '\n'], `at ${i}`);
  // A short text and ordinary lines are shown as they are.
  await p.evaluate(() => { document.getElementById('source').value = 'سطر أول\r\nسطر ثان'; });
  assert.deepEqual(await state(p), { value: 'سطر أول\nسطر ثان', shown: 'سطر أول\nسطر ثان' });
});

test('typing a line break before a soft one, and deleting a soft one', async () => {
  const p = await page();
  const line = longLine();
  await pasteInPage(p, line);
  const soft = (await state(p)).shown.indexOf('\n');
  // Enter just before the soft break: a real break, then the space.
  await p.evaluate((at) => document.getElementById('source').setSelectionRange(at, at), soft);
  await p.keyboard.press('Enter');
  let { value } = await state(p);
  assert.equal(value, `${line.slice(0, soft)}\n${line.slice(soft)}`);
  // Backspace at the start of the display line after it deletes the break
  // shown there, which was the space.
  await p.evaluate((at) => document.getElementById('source').setSelectionRange(at, at), soft + 2);
  await p.keyboard.press('Backspace');
  ({ value } = await state(p));
  assert.equal(value, `${line.slice(0, soft)}\n${line.slice(soft + 1)}`);
  // Typing inside a display line keeps every other break a space.
  await p.keyboard.type('ب');
  ({ value } = await state(p));
  assert.equal(value, `${line.slice(0, soft)}\nب${line.slice(soft + 1)}`);
});

test('copy and cut give spaces; undo and redo of the paste', async () => {
  const p = await page();
  const line = longLine();
  await p.evaluate(() => { document.getElementById('source').value = 'قبل '; });
  await p.evaluate(() => document.getElementById('source').setSelectionRange(4, 4));
  await pasteInPage(p, line);
  assert.equal((await state(p)).value, `قبل ${line}`);
  const clip = (type, from, to) => p.evaluate(([t, a, b]) => {
    const source = document.getElementById('source');
    source.setSelectionRange(a, b);
    const data = new DataTransfer();
    source.dispatchEvent(new ClipboardEvent(t, { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  }, [type, from, to]);
  assert.equal(await clip('copy', 2, 9000), `قبل ${line}`.slice(2, 9000));
  assert.equal(await clip('cut', 4000, 12_000), `قبل ${line}`.slice(4000, 12_000));
  assert.equal((await state(p)).value, `قبل ${line}`.slice(0, 4000) + `قبل ${line}`.slice(12_000));
  await p.focus('#source');
  await p.keyboard.press('Control+z');  // the cut
  assert.equal((await state(p)).value, `قبل ${line}`);
  await p.keyboard.press('Control+z');  // the paste
  assert.equal((await state(p)).value, 'قبل ');
  await p.keyboard.press('Control+Shift+z');
  const redone = await state(p);
  assert.equal(redone.value, `قبل ${line}`);
  assert.ok(redone.shown.includes('\n'), 'the redone paste is shown broken again');
});
