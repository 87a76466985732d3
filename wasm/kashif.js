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

  // Runs `call(textPtr, length, typesPtr, ...strings)` with the text, the
  // type list (0 for every type) and `strings` copied into the heap, and
  // returns the string it gives back; null when memory runs out.
  function withInputs(text, types, strings, call) {
    const bytes = encoder.encode(text);
    const inputs = [bytes, types === undefined || types === null ? null : encoder.encode(types.join(',')),
      ...strings.map((x) => encoder.encode(x))];
    const ptrs = inputs.map((b) => (b === null ? 0 : copyIn(module, b)));
    try {
      if (ptrs.some((p, i) => p === 0 && inputs[i] !== null)) return null;
      const resultPtr = call(ptrs[0], bytes.length, ptrs[1], ...ptrs.slice(2));
      const out = readCString(module, resultPtr);
      module._kashif_free(resultPtr);
      return out;
    } finally {
      for (const p of ptrs) if (p) module._free(p);
    }
  }

  const outOfMemory = { ok: false, error: { code: 'input_too_large', message: 'not enough memory for the text', byteOffset: 0 } };
  const notText = { ok: false, error: { code: 'invalid_argument', message: 'text must be a string', byteOffset: 0 } };
  const useModel = (options) => (options.model === false ? 0 : 1);

  return {
    /**
     * @param {string} text
     * @param {{types?: string[], model?: boolean}} [options]  types: absent for
     *   every type, [] for none; model: false for the rule recognisers alone
     */
    analyze(text, options = {}) {
      if (typeof text !== 'string') return notText;
      // Lone surrogates become U+FFFD: one UTF-16 unit for one, so offsets hold.
      const json = withInputs(text, options.types, [],
        (t, n, types) => module._kashif_analyze(t, n, types, useModel(options)));
      return json === null ? outOfMemory : JSON.parse(json);
    },

    /**
     * What `kashif analyze --format jsonl|html` prints for `text` saved as
     * `${doc}.txt`, written by the core itself: {ok: true, output}.
     * @param {string} text
     * @param {{format: 'jsonl'|'html', doc?: string, types?: string[], model?: boolean}} options
     */
    exportAs(text, options = {}) {
      if (typeof text !== 'string') return notText;
      const okPtr = module._malloc(4);
      if (okPtr === 0) return outOfMemory;
      try {
        const out = withInputs(text, options.types, [String(options.format || ''), String(options.doc ?? 'kashif')],
          (t, n, types, format, doc) => module._kashif_export(t, n, types, useModel(options), format, doc, okPtr));
        if (out === null) return outOfMemory;
        // *ok, an int32 (little-endian): 1 or 0.
        return module.HEAPU8[okPtr] === 1 ? { ok: true, output: out } : JSON.parse(out);
      } finally {
        module._free(okPtr);
      }
    },

    /** Bytes of wasm memory in use; for leak tests. */
    heapBytes() {
      return module.HEAPU8.length;
    },
  };
}
