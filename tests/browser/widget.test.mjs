// <kashif-annotate> on the hostile partner page (demo-partner.html): marks
// render and stay visible, `kashif-entities` fires, attributes reflect as
// properties, the language follows the nearest [lang], and the marks work
// from the keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { marksOf, openPage, setUp } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(() => env.teardown());

async function openDemo() {
  const opened = await openPage(env.browser, `${env.server.url}demo-partner.html`);
  await opened.page.waitForFunction(() => window.__entityEvents.length >= 2);
  return opened;
}

test('the widget renders visible marks on a hostile page and fires kashif-entities', async () => {
  const { page, log } = await openDemo();
  const events = await page.evaluate(() => window.__entityEvents.map((d) => ({
    ok: d.ok, text: d.text, entities: d.entities.map((e) => [e.type, e.text]),
  })));
  const story = events.find((d) => d.text.includes('رحبت'));
  assert.ok(story && story.ok);
  assert.ok(story.entities.some(([type, text]) => type === 'GPE' && text === 'الكويت'), JSON.stringify(story.entities));
  assert.ok(story.entities.some(([type, text]) => type === 'ORG' && text === 'الأمم المتحدة'));

  const first = page.locator('kashif-annotate').first();
  const marks = await marksOf(page, 'kashif-annotate');
  assert.deepEqual(marks.map((m) => [m.type, m.text]), story.entities);
  // Visible despite `mark { display: none !important }` and friends.
  const looks = await first.evaluate((w) => [...w.shadowRoot.querySelectorAll('mark')].map((m) => {
    const box = m.getBoundingClientRect();
    const style = getComputedStyle(m);
    return { display: style.display, visibility: style.visibility, width: box.width, height: box.height,
             fontSize: parseFloat(getComputedStyle(w.shadowRoot.querySelector('.frame')).fontSize) };
  }));
  for (const look of looks) {
    assert.equal(look.display, 'inline');
    assert.equal(look.visibility, 'visible');
    assert.ok(look.width > 0 && look.height > 0);
    assert.ok(look.fontSize < 40, `the page's huge font leaked in: ${look.fontSize}px`);
  }
  assert.deepEqual(log.errors, []);
});

test('types, theme, lang and for reflect as properties', async () => {
  const { page } = await openDemo();
  const state = await page.evaluate(() => {
    const [, w] = document.querySelectorAll('kashif-annotate');
    const before = { types: w.types, theme: w.theme, lang: w.lang };
    w.types = ['ORG'];
    w.theme = 'light';
    w.for = 'story';
    return { before, after: { types: w.getAttribute('types'), theme: w.getAttribute('theme'), for: w.getAttribute('for') } };
  });
  assert.deepEqual(state.before, { types: 'GPE,LOC', theme: 'dark', lang: 'en' });
  assert.deepEqual(state.after, { types: 'ORG', theme: 'light', for: 'story' });
  await page.waitForFunction(() => {
    const w = document.querySelectorAll('kashif-annotate')[1];
    return w.result && w.result.text.includes('رحبت') && w.result.entities.every((e) => e.type === 'ORG');
  });
  const marks = await marksOf(page, 'kashif-annotate:nth-of-type(2)');
  assert.ok(marks.length > 0 && marks.every((m) => m.type === 'ORG'));
  // An empty list means no types at all; removing it means all of them.
  await page.evaluate(() => { document.querySelectorAll('kashif-annotate')[1].types = ''; });
  await page.waitForFunction(() => document.querySelectorAll('kashif-annotate')[1].result.entities.length === 0);
  await page.evaluate(() => { document.querySelectorAll('kashif-annotate')[1].types = null; });
  await page.waitForFunction(() => document.querySelectorAll('kashif-annotate')[1].result.entities.some((e) => e.type === 'GPE'));
});

test('the interface language comes from the nearest [lang], Arabic by default', async () => {
  const { page } = await openDemo();
  const labels = () => page.evaluate(() => [...document.querySelectorAll('kashif-annotate')].map((w) =>
    getComputedStyle(w.shadowRoot.querySelector('.text')).getPropertyValue('--kashif-label-GPE')));
  assert.deepEqual(await labels(), ['"دولة"', '"GPE"']);
  await page.evaluate(() => { document.documentElement.lang = 'en'; });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('kashif-annotate').shadowRoot.querySelector('.text'))
    .getPropertyValue('--kashif-label-GPE') === '"GPE"');
  await page.evaluate(() => {
    document.documentElement.removeAttribute('lang');
    document.querySelectorAll('kashif-annotate')[1].removeAttribute('lang');
  });
  await page.waitForFunction(() => [...document.querySelectorAll('kashif-annotate')].every((w) =>
    getComputedStyle(w.shadowRoot.querySelector('.text')).getPropertyValue('--kashif-label-GPE') === '"دولة"'));
});

test('marks are one tab stop; arrows move, Enter and Space show details, Escape closes', async () => {
  const { page } = await openDemo();
  const focused = () => page.evaluate(() => {
    const w = document.activeElement;
    const m = w && w.shadowRoot && w.shadowRoot.activeElement;
    return m ? { widget: [...document.querySelectorAll('kashif-annotate')].indexOf(w), i: Number(m.dataset.i), text: m.textContent } : null;
  });
  const details = () => page.evaluate(() => {
    const d = document.activeElement.shadowRoot.querySelector('.details');
    return d.hidden ? null : d.querySelector('.name').textContent;
  });
  await page.keyboard.press('Tab');
  const first = await focused();
  assert.deepEqual({ widget: first.widget, i: first.i }, { widget: 0, i: 0 });
  await page.keyboard.press('Enter');
  assert.equal(await details(), first.text);
  await page.keyboard.press('Escape');
  assert.equal(await details(), null);
  // The text is Arabic (rtl): the next mark is to the left.
  await page.keyboard.press('ArrowLeft');
  const second = await focused();
  assert.equal(second.i, 1);
  await page.keyboard.press(' ');
  assert.equal(await details(), second.text);
  assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.getAttribute('aria-expanded')), 'true');
  await page.keyboard.press('Escape');
  // Tab leaves the first widget's marks (one stop) for the next widget.
  await page.keyboard.press('Tab');
  assert.equal((await focused()).widget, 1);
});

test('a widget text over the limit shows a message and is not laid out', async () => {
  const { page } = await openDemo();
  const result = await page.evaluate(() => new Promise((resolve) => {
    const w = document.createElement('kashif-annotate');
    w.textContent = 'ا'.repeat(6 * 1024 * 1024);
    w.addEventListener('kashif-entities', (e) => resolve({
      code: e.detail.error && e.detail.error.code,
      status: w.shadowRoot.querySelector('.status').textContent,
      shown: w.shadowRoot.querySelector('.text').textContent.length,
    }), { once: true });
    document.body.append(w);
  }));
  assert.equal(result.code, 'input_too_large');
  assert.match(result.status, /كبير جدًّا/);
  assert.equal(result.shown, 0);
});
