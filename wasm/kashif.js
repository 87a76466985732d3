// Kashif's JavaScript API over the wasm core.
//
//   import { createKashif } from './kashif.js';
//   const k = await createKashif();
//   const r = k.analyze(text, { types: ['PERS', 'ORG'] });
//   if (r.ok) r.entities.forEach(e => text.slice(e.start, e.end) === e.text);
//
// Offsets are UTF-16 code units (JavaScript string indices), converted by the
// core from its code point offsets; nothing here recomputes a span. Errors
// come back as { ok: false, error: { code, message, byteOffset } }.
import createKashifModule from './kashif_core.mjs';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function readCString(module, ptr) {
  const heap = module.HEAPU8;
  let end = ptr;
  while (heap[end] !== 0) end++;
  return decoder.decode(heap.subarray(ptr, end));
}

// Copies `bytes` into the wasm heap, NUL-terminated; returns the pointer.
function copyIn(module, bytes) {
  const ptr = module._malloc(bytes.length + 1);
  if (ptr === 0) return 0;
  module.HEAPU8.set(bytes, ptr);
  module.HEAPU8[ptr + bytes.length] = 0;
  return ptr;
}

const onNode = typeof process === 'object' && typeof process.versions === 'object' &&
    typeof process.versions.node === 'string';

export async function createKashif(moduleOptions = {}) {
  const options = { ...moduleOptions };
  // Node 18+ has fetch(), which Emscripten 3.1.6 then uses on a file path and
  // fails; hand it the bytes instead. (The single-file build needs neither.)
  if (onNode && !options.wasmBinary && !options.singleFile) {
    const { readFile } = await import('node:fs/promises');
    options.wasmBinary = await readFile(new URL('./kashif_core.wasm', import.meta.url));
  }
  const module = await createKashifModule(options);
  return {
    /**
     * @param {string} text
     * @param {{types?: string[], model?: boolean}} [options]  model: false for the rule recognisers alone
     */
    analyze(text, options = {}) {
      if (typeof text !== 'string') {
        return { ok: false, error: { code: 'invalid_argument', message: 'text must be a string', byteOffset: 0 } };
      }
      // Lone surrogates become U+FFFD: one UTF-16 unit for one, so offsets hold.
      const bytes = encoder.encode(text);
      const types = encoder.encode((options.types || []).join(','));
      const textPtr = copyIn(module, bytes);
      const typesPtr = copyIn(module, types);
      if (textPtr === 0 || typesPtr === 0) {
        if (textPtr) module._free(textPtr);
        if (typesPtr) module._free(typesPtr);
        return { ok: false, error: { code: 'input_too_large', message: 'not enough memory for the text', byteOffset: 0 } };
      }
      try {
        const resultPtr = module._kashif_analyze(textPtr, bytes.length, typesPtr, options.model === false ? 0 : 1);
        const json = readCString(module, resultPtr);
        module._kashif_free(resultPtr);
        return JSON.parse(json);
      } finally {
        module._free(textPtr);
        module._free(typesPtr);
      }
    },
    /** Bytes of wasm memory in use; for leak tests. */
    heapBytes() {
      return module.HEAPU8.length;
    },
  };
}
