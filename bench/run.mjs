// Kashif's benchmark: prints one JSON object of medians; asserts nothing.
//
//   node bench/run.mjs [--runs N] [--mb M] [--no-browser]
//   (N ≥ 5 runs, default 5; M MB for throughput, default 8; needs tools/build.sh first)
//
// native     kashif_bench: Pipeline::analyze in-process on the corpus
//            repeated to 8 MB (--mb), on one seed article, and on all the
//            seeds one after another (issue 3 asks under 20 ms)
// wasm_node  the same texts through createKashif() under node
// tagger     kashif_tagger_bench natively and built to wasm under node: the
//            learned tagger alone (features, both passes, Viterbi) on the
//            corpus repeated to 4 MB, median of 5 runs each
// browser    headless Chromium on the served page: cold start (navigation →
//            wasm compiled and initialised in the worker, fresh profile),
//            warm start (reload, from the service worker's cache), analysis
//            of 5 KB and 1 MB (time inside the worker, and input event →
//            highlights painted, which includes the 150 ms typing debounce)
// transfer   bytes of what the page loads, raw and gzipped
// MB are 10^6 bytes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wasmDir = path.resolve(process.env.KASHIF_WASM_DIR || path.join(root, 'build/wasm'));
const nativeDir = path.join(root, 'build/native');
function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) || fallback : fallback;
}
const RUNS = Math.max(5, option('--runs', 5));
const BIG_MB = option('--mb', 8);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, digits = 2) => Number(x.toFixed(digits));
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// --- inputs ---

const corpusFiles = readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort();
const corpus = corpusFiles.map((f) => readFileSync(path.join(root, 'corpus', f), 'utf8')).join('\n');
const article = readFileSync(path.join(root, 'corpus', corpusFiles[0]), 'utf8');
function repeatTo(bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    parts.push(corpus);
    size += Buffer.byteLength(corpus) + 1;
  }
  return parts.join('\n');
}
const big = repeatTo(BIG_MB * 1e6);
const benchDir = path.join(root, 'build/bench');
mkdirSync(benchDir, { recursive: true });
const bigFile = path.join(benchDir, `corpus-${BIG_MB}mb.txt`);
writeFileSync(bigFile, big);
const articleFile = path.join(root, 'corpus', corpusFiles[0]);

// --- native ---

function nativeBench() {
  const bench = path.join(nativeDir, 'kashif_bench');
  if (!existsSync(bench)) return { skipped: `${bench} is missing (tools/build.sh builds it)` };
  log('native');
  const run = (files, runs) =>
    JSON.parse(execFileSync(bench, ['--runs', String(runs), ...files], { encoding: 'utf8' }));
  const large = run([bigFile], RUNS);
  const one = run([articleFile], Math.max(RUNS, 21));
  const seeds = run(corpusFiles.map((f) => path.join(root, 'corpus', f)), Math.max(RUNS, 21));
  return {
    bytes: large.bytes,
    entities: large.entities,
    throughput_mb_s: round(large.mb_per_s),
    pipeline_create_ms: round(large.create_s * 1e3),
    seed_article_ms: round(one.median_s * 1e3, 3),
    all_seeds_ms: round(seeds.median_s * 1e3, 3),
  };
}

// --- wasm under node ---

async function wasmNodeBench() {
  log('wasm under node');
  const { createKashif } = await import(path.join(wasmDir, 'kashif.js'));
  const started = performance.now();
  const kashif = await createKashif();
  const createMs = performance.now() - started;
  const time = (text, runs) => {
    kashif.analyze(text);  // warm-up
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = kashif.analyze(text);
      ms.push(performance.now() - t);
      if (!r.ok) throw new Error(r.error.message);
    }
    return median(ms);
  };
  const bigMs = time(big, RUNS);
  return {
    bytes: Buffer.byteLength(big),
    throughput_mb_s: round(Buffer.byteLength(big) / 1e6 / (bigMs / 1e3)),
    module_create_ms: round(createMs),
    seed_article_ms: round(time(article, Math.max(RUNS, 21)), 3),
  };
}

// --- the page in Chromium ---

async function browserBench() {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { skipped: 'playwright-core is not installed (npm ci)' };
  }
  const { assembleSite } = await import('../tools/assemble-site.mjs');
  const { startServer } = await import('../tools/serve.mjs');
  log('browser');
  const siteDir = mkdtempSync(path.join(os.tmpdir(), 'kashif-bench-site-'));
  assembleSite({ outDir: siteDir, wasmDir });
  const server = await startServer({ siteDir, port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  // The moment app.js marks the engine ready, in ms since navigation start.
  const watchReady = () => {
    new MutationObserver((_, observer) => {
      if (document.body && document.body.dataset.engine) {
        window.__readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-engine'] });
  };
  const readyAt = async (page) => {
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60_000 });
    if (await page.getAttribute('body', 'data-engine') !== 'ready') throw new Error('the engine failed to load');
    return page.evaluate(() => window.__readyAt);
  };
  try {
    const cold = [];
    const warm = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(watchReady);
      await page.goto(server.url);
      cold.push(await readyAt(page));
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
        }
      });
      await page.reload();
      warm.push(await readyAt(page));
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(watchReady);
    await page.goto(server.url);
    await readyAt(page);
    const analyse = (text) => page.evaluate((t) => new Promise((resolve) => {
      const view = document.getElementById('view');
      const source = document.getElementById('source');
      const start = performance.now();
      view.addEventListener('kashif-entities', function done(e) {
        if (e.detail.text !== t) return;
        view.removeEventListener('kashif-entities', done);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({
          worker: e.detail.ms, endToEnd: performance.now() - start, entities: e.detail.entities.length,
        })));
      });
      source.value = t;
      source.dispatchEvent(new Event('input'));
    }), text);
    const latency = async (bytes) => {
      let text = article;
      while (Buffer.byteLength(text) < bytes) text += `\n${article}`;
      // Cut to `bytes` of UTF-8, dropping a character cut in half.
      text = Buffer.from(text).subarray(0, bytes).toString().replace(/\uFFFD+$/, '');
      const results = [];
      for (let i = 0; i <= RUNS; i++) results.push(await analyse(`${text.slice(0, -1)}${i % 2 ? ' ' : '.'}`));
      results.shift();  // warm-up
      return {
        bytes: Buffer.byteLength(text),
        entities: results[0].entities,
        analyse_ms: round(median(results.map((r) => r.worker))),
        input_to_highlights_ms: round(median(results.map((r) => r.endToEnd))),
      };
    };
    const fiveKb = await latency(5_000);
    const oneMb = await latency(1e6);
    await context.close();
    return {
      chromium: browser.version(),
      cold_start_ms: round(median(cold)),
      warm_start_ms: round(median(warm)),
      text_5kb: fiveKb,
      text_1mb: oneMb,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(siteDir, { recursive: true, force: true });
  }
}

// --- transfer size ---

function transfer() {
  const site = path.join(root, 'build/site');
  if (!existsSync(path.join(site, 'index.html'))) return { skipped: 'build/site is missing (tools/build.sh makes it)' };
  const groups = {
    page: ['index.html', 'style.css', 'favicon.svg', 'sw.js'],
    js: ['app.js', 'strings.js', 'entity-style.js', 'presentation.js', 'soft-breaks.js', 'kashif-annotate.js', 'kashif-annotate-style.js',
      'kashif-client.js', 'kashif-worker.js', 'kashif.js', 'kashif_core.mjs'],
    wasm_and_data: ['kashif_core.wasm'],  // the word lists and ICU data are inside the wasm
  };
  const sizes = (files) => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const bytes = readFileSync(path.join(site, f));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip };
  };
  const result = {};
  for (const [name, files] of Object.entries(groups)) result[name] = sizes(files);
  result.total = sizes(Object.values(groups).flat());
  result.single_file_kashif_html = sizes(['kashif.html']);
  return result;
}

// --- the tagger alone, native and wasm ---

function taggerBench() {
  const native = path.join(nativeDir, 'kashif_tagger_bench');
  const wasm = path.join(wasmDir, 'kashif_tagger_bench.cjs');
  if (!existsSync(native) || !existsSync(wasm)) return { skipped: 'kashif_tagger_bench missing (tools/build.sh builds it)' };
  log('tagger alone');
  const speed = (output) => Number(/tagger alone:\s+([\d.]+) MB\/s/.exec(output)[1]);
  const native_mb_s = speed(execFileSync(native, { encoding: 'utf8' }));
  const wasm_node_mb_s = speed(execFileSync(process.execPath, ['--no-experimental-fetch', wasm], { encoding: 'utf8' }));
  return { native_mb_s, wasm_node_mb_s, wasm_over_native: round(wasm_node_mb_s / native_mb_s, 3) };
}

const report = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} × ${os.cpus()[0].model.trim()}, node ${process.version}`,
  runs: RUNS,
  native: nativeBench(),
  wasm_node: await wasmNodeBench(),
  tagger: taggerBench(),
};
if (report.native.throughput_mb_s) {
  report.wasm_over_native = {
    throughput: round(report.wasm_node.throughput_mb_s / report.native.throughput_mb_s, 3),
    seed_article_time: round(report.wasm_node.seed_article_ms / report.native.seed_article_ms, 3),
  };
}
report.browser = process.argv.includes('--no-browser') ? { skipped: '--no-browser' } : await browserBench();
report.transfer = transfer();
console.log(JSON.stringify(report, null, 2));
