// Kashif in a dedicated worker, so that analysing a long text never blocks
// the page. Speaks one small protocol with kashif-client.js:
//
//   client → worker  {id, text, options, op}   one request at a time; op 'analyze'
//                                              (default) or 'export' (kashif.js exportAs)
//   worker → client  {type: 'ready'} | {type: 'failed', error}   once, at start
//                    {id, result, ms}          result as createKashif().analyze gives it
//                    {id, result, ms, fatal: true}   the module aborted (a trap in wasm):
//                                              result is an error value, and this worker
//                                              is done; the client starts a new one
//
// The client never sends a second request before the first is answered, so
// nothing queues here and a superseded request is simply never sent.
import { createKashif } from './kashif.js';

const kashif = createKashif().then(
  (k) => {
    // The core loads its word lists and model on first use: do it now, so
    // that 'ready' means the first analysis is as fast as the rest.
    const warm = k.analyze('');
    if (!warm.ok) {
      self.postMessage({ type: 'failed', error: warm.error });
      return { analyze: () => warm, exportAs: () => warm };
    }
    self.postMessage({ type: 'ready' });
    return k;
  },
  (e) => {
    const error = { code: 'internal', message: `the wasm module did not load: ${e}`, byteOffset: 0 };
    self.postMessage({ type: 'failed', error });
    return { analyze: () => ({ ok: false, error }), exportAs: () => ({ ok: false, error }) };
  });

self.onmessage = async (event) => {
  const { id, text, options, op } = event.data;
  const k = await kashif;
  const started = performance.now();
  try {
    const result = op === 'export' ? k.exportAs(text, options) : k.analyze(text, options);
    self.postMessage({ id, result, ms: performance.now() - started });
  } catch (e) {
    // An abort or trap inside wasm (out of memory, a bug) leaves the module
    // unusable: answer with an error value, then let the client replace us.
    const error = { code: 'internal', message: `the analyzer stopped: ${e && e.message ? e.message : e}`, byteOffset: 0 };
    self.postMessage({ id, result: { ok: false, error }, ms: performance.now() - started, fatal: true });
  }
};
