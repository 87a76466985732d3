// Makes the npm package partners install: the <kashif-annotate> element and
// its define entry, the JS API and its worker, the wasm, their types and a
// README with the one-tag embed, in OUT_DIR (default build/npm); with
// --pack, also runs `npm pack` there and prints the tarball's path.
//
//   node tools/make-package.mjs [--pack] [OUT_DIR] [WASM_DIR]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASM_FILES } from './assemble-site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The element and what it imports (web/), and the types (wasm/).
const WEB_FILES = ['kashif-annotate.js', 'kashif-annotate-define.js', 'kashif-annotate-style.js', 'strings.js', 'entity-style.js', 'presentation.js'];
const TYPE_FILES = ['kashif.d.ts', 'kashif-client.d.ts', 'kashif-annotate.d.ts'];

export function makePackage({ outDir = path.join(root, 'build/npm'), wasmDir = path.join(root, 'build/wasm') } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const name of WEB_FILES) copyFileSync(path.join(root, 'web', name), path.join(outDir, name));
  for (const name of WASM_FILES) copyFileSync(path.join(wasmDir, name), path.join(outDir, name));
  for (const name of TYPE_FILES) copyFileSync(path.join(root, 'wasm', name), path.join(outDir, name));
  copyFileSync(path.join(root, 'wasm/package-README.md'), path.join(outDir, 'README.md'));
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version || '0.1.0';
  const files = [...WEB_FILES, ...WASM_FILES, ...TYPE_FILES];
  const pkg = {
    name: 'kashif-annotate',
    version,
    description: 'Arabic named entities highlighted in the browser: a custom element over a WebAssembly analyser in a worker, offline and CSP-safe',
    type: 'module',
    main: './kashif-annotate.js',
    types: './kashif-annotate.d.ts',
    exports: {
      '.': { types: './kashif-annotate.d.ts', default: './kashif-annotate.js' },
      './define': './kashif-annotate-define.js',
      './kashif-annotate-define.js': './kashif-annotate-define.js',
      './kashif.js': { types: './kashif.d.ts', default: './kashif.js' },
      './kashif-client.js': { types: './kashif-client.d.ts', default: './kashif-client.js' },
      './kashif-worker.js': './kashif-worker.js',
      './kashif_core.wasm': './kashif_core.wasm',
    },
    sideEffects: ['./kashif-annotate-define.js'],
    files: [...files, 'README.md'],
    license: 'UNLICENSED',
  };
  writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return outDir;
}

/** Runs npm pack in `dir`; returns the tarball's path. */
export function pack(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' });
  return path.join(dir, JSON.parse(out)[0].filename);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const packIt = args[0] === '--pack';
  const [outDir, wasmDir] = args.slice(packIt ? 1 : 0);
  const dir = makePackage({
    outDir: outDir ? path.resolve(outDir) : undefined,
    wasmDir: wasmDir ? path.resolve(wasmDir) : undefined,
  });
  console.log(packIt ? pack(dir) : `make-package: ${path.relative(process.cwd(), dir) || '.'} ready`);
}
