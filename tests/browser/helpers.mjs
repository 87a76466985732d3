// Shared set-up for the browser tests: a freshly assembled site in a
// temporary folder, the static server on a free port, Debian's Chromium
// through playwright-core, and pages that record what a test must check
// (every request, CSP violations, dialogs, page errors).
// Env: KASHIF_WASM_DIR (default build/wasm).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assembleSite } from '../../tools/assemble-site.mjs';
import { startServer } from '../../tools/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmDir = path.resolve(process.env.KASHIF_WASM_DIR || path.join(root, 'build/wasm'));

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The first seed article of the corpus. */
export function seedArticle() {
  const name = readdirSync(path.join(root, 'corpus')).filter((f) => /^000_.*\.txt$/.test(f))[0];
  return readFileSync(path.join(root, 'corpus', name), 'utf8');
}

/** The wasm API in this process, to compare the page with. */
export async function nodeKashif() {
  const { createKashif } = await import(path.join(wasmDir, 'kashif.js'));
  return createKashif();
}

/** Site + server + browser; call teardown() in after(). */
export async function setUp() {
  const siteDir = mkdtempSync(path.join(os.tmpdir(), 'kashif-site-'));
  assembleSite({ outDir: siteDir, wasmDir });
  const server = await startServer({ siteDir, port: 0 });
  const browser = await launchChromium();
  return {
    siteDir,
    server,
    browser,
    origin: new URL(server.url).origin,
    async teardown() {
      await browser.close();
      await server.close();
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}

// setUp() before a test file's tests and its teardown after them, with the
// node-side API beside it: `ready(env, kashif)` receives both.
export function useSetUp(ready) {
  let env;
  before(async () => {
    env = await setUp();
    ready(env, await nodeKashif());
  });
  after(() => env.teardown());
}

// Runs in every page before its own scripts.
function recorder() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
  window.__entityEvents = [];
  document.addEventListener('kashif-entities', (e) => window.__entityEvents.push(e.detail));
}

/**
 * A new context and page. `log` collects requests, console messages, page
 * errors and dialogs (dismissed) for the test to check.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const log = { requests: [], console: [], errors: [], dialogs: [] };
  context.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.addInitScript(recorder);
  const response = url ? await page.goto(url) : null;
  return { context, page, log, response };
}

/** Waits until the page's engine has loaded (app.js sets body[data-engine]). */
export async function engineReady(page) {
  await page.waitForSelector('body[data-engine]', { timeout: 30_000 });
  return page.getAttribute('body', 'data-engine');
}

/**
 * Sets the page's text as a paste does (value, then an input event) and
 * waits for the widget's result for exactly that text.
 */
export async function analyseInPage(page, text) {
  return page.evaluate((t) => new Promise((resolve) => {
    const view = document.getElementById('view');
    const onResult = (e) => {
      if (e.detail.text !== t) return;
      view.removeEventListener('kashif-entities', onResult);
      resolve({ ok: e.detail.ok, entities: e.detail.entities, error: e.detail.error });
    };
    view.addEventListener('kashif-entities', onResult);
    const source = document.getElementById('source');
    source.value = t;
    source.dispatchEvent(new Event('input'));
  }), text);
}

/**
 * Pastes `text` into the page's textarea at its selection as a user's paste
 * does (a paste event carrying it, and the browser's own insertion when no
 * listener took it) and waits for the widget's result for the whole text.
 */
export async function pasteInPage(page, text) {
  await page.focus('#source');
  return page.evaluate((t) => new Promise((resolve) => {
    const source = document.getElementById('source');
    const view = document.getElementById('view');
    const expected = source.value.slice(0, source.selectionStart) + t + source.value.slice(source.selectionEnd);
    view.addEventListener('kashif-entities', function done(e) {
      if (e.detail.text !== expected) return;
      view.removeEventListener('kashif-entities', done);
      resolve({ ok: e.detail.ok, entities: e.detail.entities.length });
    });
    const data = new DataTransfer();
    data.setData('text/plain', t);
    if (source.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) {
      document.execCommand('insertText', false, t);  // what the browser does with a paste no one handled
    }
  }), text);
}

/** The marks a <kashif-annotate> shows: [{type, text, i}]. */
export function marksOf(page, selector = '#view') {
  return page.evaluate((sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll('mark')]
    .map((m) => ({ type: m.dataset.type, text: m.textContent, i: Number(m.dataset.i) })), selector);
}

/** Request URLs that leave `origin` (blob: and data: stay inside the page). */
export function foreignRequests(requests, origin) {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(blob|data):/.test(u));
}
