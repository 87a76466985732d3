// Assembles the served site: web/* and the wasm build's browser files in one
// flat folder, web/presentation.js made afresh from core/data/tables/, the
// service worker's asset list and version written in, and the single-file
// kashif.html beside them.
//
//   node tools/assemble-site.mjs [OUT_DIR] [WASM_DIR]   (defaults: build/site, build/wasm)
//
// tools/build.sh runs it after the wasm build; the browser tests run it into
// a folder of their own.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSingleFile } from './make-single-file.mjs';
import { presentationModule } from './gen_presentation.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The wasm build's files the browser needs. */
export const WASM_FILES = ['kashif.js', 'kashif_core.mjs', 'kashif_core.wasm', 'kashif-worker.js', 'kashif-client.js'];

// Not cached by the service worker: the file:// variant is a download.
const NOT_CACHED = new Set(['sw.js', 'kashif.html']);

export function assembleSite({ outDir = path.join(root, 'build/site'), wasmDir = path.join(root, 'build/wasm') } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const webDir = path.join(root, 'web');
  for (const name of readdirSync(webDir)) {
    if (statSync(path.join(webDir, name)).isFile()) copyFileSync(path.join(webDir, name), path.join(outDir, name));
  }
  // The presentation tables as the core has them now, whatever web/ holds.
  writeFileSync(path.join(outDir, 'presentation.js'), presentationModule());
  for (const name of WASM_FILES) {
    const from = path.join(wasmDir, name);
    try {
      copyFileSync(from, path.join(outDir, name));
    } catch {
      throw new Error(`assemble-site: ${from} is missing; build the wasm preset first (tools/build.sh)`);
    }
  }

  const assets = readdirSync(outDir).filter((name) => !NOT_CACHED.has(name)).sort();
  const hash = createHash('sha256');
  for (const name of assets) hash.update(name).update(readFileSync(path.join(outDir, name)));
  const manifest = { version: hash.digest('hex').slice(0, 16), assets: ['./', ...assets] };
  const swPath = path.join(outDir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const line = /^const MANIFEST = .*;$/m;
  if (!line.test(sw)) throw new Error('assemble-site: web/sw.js has no `const MANIFEST = …;` line');
  writeFileSync(swPath, sw.replace(line, () => `const MANIFEST = ${JSON.stringify(manifest)};`));

  makeSingleFile(outDir, wasmDir, path.join(outDir, 'kashif.html'));
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = assembleSite({
    outDir: process.argv[2] ? path.resolve(process.argv[2]) : undefined,
    wasmDir: process.argv[3] ? path.resolve(process.argv[3]) : undefined,
  });
  console.log(`assemble-site: ${path.relative(process.cwd(), outDir) || '.'} ready`);
}
