// Makes kashif.html: the page with its CSS, scripts and wasm inlined, to be
// opened from disk (file://) with no server and no network.
//
//   node tools/make-single-file.mjs [SITE_DIR] [WASM_DIR] [OUT]
//   (defaults: build/site, build/wasm, SITE_DIR/kashif.html)
//
// file:// pages may not load module scripts from files, nor start module
// workers, so this joins the page's ES modules into one inline module (each
// module becomes a function scope; imports become destructuring), and the
// worker, kashif.js and the wasm-inlined kashif_core_single.mjs into one
// classic script kept as text in <script type="text/plain"
// id="kashif-worker-source">, which app.js starts as a Blob worker. Inline
// scripts cannot pass the served page's CSP (script-src 'self'); this file
// is the file:// variant and has none.
//
// It handles only the import forms this repository uses and stops with a
// message on anything else, rather than guess.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  throw new Error(`make-single-file: ${message}`);
}

// Replaces `from` in `text` exactly `count` times (or at least once with
// count 'some'), so a change in the inputs is noticed here, not in a browser.
function replaceExactly(text, from, to, count, what) {
  const found = text.split(from).length - 1;
  if (count === 'some' ? found === 0 : found !== count) fail(`expected ${count} of ${JSON.stringify(from)} in ${what}, found ${found}`);
  return text.split(from).join(to);
}

const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*'(\.\/[\w.-]+\.js)';[ \t]*$/gm;
const EXPORT = /^export\s+(?:async\s+)?(?:function\*?|class|const|let)\s+([A-Za-z_$][\w$]*)/gm;

/** The ES module graph from `entry` (in `dir`) as one script body. */
export function bundleModules(dir, entry) {
  const order = [];
  const seen = new Set();
  const visit = (name, from) => {
    if (seen.has(name)) return;
    seen.add(name);
    let source;
    try {
      source = readFileSync(path.join(dir, name), 'utf8');
    } catch {
      fail(`${name} (imported by ${from}) is not in ${dir}`);
    }
    for (const [, , dep] of source.matchAll(IMPORT)) visit(dep.slice(2), name);
    order.push({ name, source });
  };
  visit(entry, 'the page');

  const scopeOf = (name) => `__module_${name.replace(/\W/g, '_')}`;
  return order.map(({ name, source }) => {
    let body = source.replace(IMPORT, (_, names, dep) => {
      const bindings = names.split(',').map((n) => n.trim()).filter(Boolean)
        .map((n) => n.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$1: $2'));
      return `const { ${bindings.join(', ')} } = ${scopeOf(dep.slice(2))};`;
    });
    if (/^\s*(import|export)\b(?!\s*\()/m.test(body.replace(EXPORT, ''))) {
      fail(`${name} has an import or export form this script does not handle`);
    }
    const exported = [...body.matchAll(EXPORT)].map((m) => m[1]);
    body = body.replace(/^export\s+/gm, '');
    return `// --- ${name} ---\nconst ${scopeOf(name)} = (() => {\n${body}\nreturn { ${exported.join(', ')} };\n})();\n`;
  }).join('\n');
}

/** kashif-worker.js, kashif.js and the single-file core as one classic script. */
export function workerScript(siteDir, wasmDir) {
  let core = readFileSync(path.join(wasmDir, 'kashif_core_single.mjs'), 'utf8');
  const shim = readFileSync(path.join(root, 'wasm/node_shim.js'), 'utf8');
  // The node shim uses top-level await, which a classic script cannot; a
  // worker never runs it anyway.
  core = replaceExactly(core, shim, '', 1, 'kashif_core_single.mjs');
  core = replaceExactly(core, 'export default createKashifModule;', '', 1, 'kashif_core_single.mjs');
  core = replaceExactly(core, 'import.meta.url', 'self.location.href', 'some', 'kashif_core_single.mjs');
  let api = readFileSync(path.join(siteDir, 'kashif.js'), 'utf8');
  api = replaceExactly(api, "import createKashifModule from './kashif_core.mjs';", '', 1, 'kashif.js');
  api = replaceExactly(api, 'export async function createKashif', 'async function createKashif', 1, 'kashif.js');
  api = api.split('import.meta.url').join('self.location.href');  // node-only branch
  let worker = readFileSync(path.join(siteDir, 'kashif-worker.js'), 'utf8');
  worker = replaceExactly(worker, "import { createKashif } from './kashif.js';", '', 1, 'kashif-worker.js');
  return `'use strict';\n(() => {\n${core}\n${api}\n${worker}\n})();\n`;
}

// Inside <script>, the HTML parser ends the element at `</script` and
// changes state at `<!--`; both are written differently but mean the same
// in JavaScript strings, regular expressions and comments.
function scriptSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function makeSingleFile(siteDir, wasmDir, outFile) {
  let html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
  const csp = html.match(/^<meta http-equiv="Content-Security-Policy"[^>]*>\n/m);
  if (!csp) fail('index.html has no CSP <meta> to take out');
  html = html.replace(csp[0], '');
  const css = readFileSync(path.join(siteDir, 'style.css'), 'utf8');
  html = replaceExactly(html, '<link rel="stylesheet" href="style.css">', `<style>\n${css.replace(/<\/(style)/gi, '<\\/$1')}</style>`, 1, 'index.html');
  const icon = readFileSync(path.join(siteDir, 'favicon.svg')).toString('base64');
  html = replaceExactly(html, 'href="favicon.svg"', `href="data:image/svg+xml;base64,${icon}"`, 1, 'index.html');
  const scripts =
    `<script type="text/plain" id="kashif-worker-source">\n${scriptSafe(workerScript(siteDir, wasmDir))}</script>\n` +
    `<script type="module">\n${scriptSafe(bundleModules(siteDir, 'app.js'))}</script>`;
  html = replaceExactly(html, '<script type="module" src="app.js"></script>', scripts, 1, 'index.html');
  writeFileSync(outFile, html);
  return outFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const siteDir = path.resolve(process.argv[2] || path.join(root, 'build/site'));
  const wasmDir = path.resolve(process.argv[3] || path.join(root, 'build/wasm'));
  const out = path.resolve(process.argv[4] || path.join(siteDir, 'kashif.html'));
  makeSingleFile(siteDir, wasmDir, out);
  console.log(`make-single-file: wrote ${path.relative(process.cwd(), out)}`);
}
