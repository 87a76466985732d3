// The asynchronous face of Kashif: the API of kashif.js, run in a worker.
//
//   import { createKashifClient } from './kashif-client.js';
//   const client = createKashifClient();
//   const r = await client.analyze(text, { types: ['GPE'] });
//   if (r.ok) ... else if (r.error.code === 'superseded') ...   // a newer call won
//
// Requests are sequenced: the worker gets one at a time. Requests wait per
// `channel` (default 'default'); a new request supersedes the one still
// waiting on the same channel, which resolves with the error value
// {code: 'superseded'}. A request already running cannot be interrupted
// inside wasm, so it finishes and resolves normally, unless its `signal` is
// aborted: then the worker is terminated (and restarted for the next
// request) and the request resolves with {code: 'aborted'}. A worker whose
// module aborts answers its request with {code: 'internal'} and is replaced
// for the next one. Like kashif.js, errors are values; analyze() never rejects.

function errorResult(code, message) {
  return { ok: false, error: { code, message, byteOffset: 0 } };
}

function moduleWorker() {
  return new Worker(new URL('./kashif-worker.js', import.meta.url), { type: 'module' });
}

/**
 * @param {{createWorker?: () => Worker}} [options] createWorker makes the
 *   worker running kashif-worker.js (the single-file page passes a classic
 *   worker made from a Blob).
 */
export function createKashifClient({ createWorker = moduleWorker } = {}) {
  let worker = null;
  let readyPromise = null;
  let running = null;          // {id, request} sent to the worker
  const waiting = new Map();   // channel → request, in arrival order
  let nextId = 1;

  function start() {
    worker = createWorker();
    let settleReady;
    readyPromise = new Promise((resolve) => { settleReady = resolve; });
    worker.addEventListener('message', (event) => {
      const data = event.data;
      if (data.type === 'ready') settleReady({ ok: true });
      if (data.type === 'failed') settleReady({ ok: false, error: data.error });
      if (!running || data.id !== running.id) return;
      const { request } = running;
      running = null;
      // A worker whose module aborted is replaced before the next request.
      if (data.fatal) stop();
      finish(request, data.result, data.ms);
      pump();
    });
    // A worker that fails to load (blocked, missing) or dies (out of memory)
    // answers nothing: settle what it held; the next request starts afresh.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const failure = errorResult('internal', event.message || 'the Kashif worker failed to run');
      settleReady(failure);
      stop();
      if (running) {
        const { request } = running;
        running = null;
        finish(request, failure);
      }
      pump();
    });
  }

  function stop() {
    if (worker) worker.terminate();
    worker = null;
    readyPromise = null;
  }

  function finish(request, result, ms) {
    if (request.signal) request.signal.removeEventListener('abort', request.onAbort);
    request.resolve(ms === undefined ? result : Object.assign(result, { ms }));
  }

  function pump() {
    if (running || waiting.size === 0) return;
    const [channel, request] = waiting.entries().next().value;
    waiting.delete(channel);
    if (!worker) start();
    running = { id: nextId++, request };
    worker.postMessage({ id: running.id, text: request.text, options: request.options, op: request.op });
  }

  function enqueue(text, op, options, channel, signal) {
    return new Promise((resolve) => {
      if (signal && signal.aborted) {
        resolve(errorResult('aborted', 'the request was aborted'));
        return;
      }
      const request = { text, op, options, resolve, signal };
      const older = waiting.get(channel);
      if (older) {
        waiting.delete(channel);
        finish(older, errorResult('superseded', 'a newer request replaced this one'));
      }
      if (signal) {
        request.onAbort = () => {
          if (waiting.get(channel) === request) {
            waiting.delete(channel);
          } else if (running && running.request === request) {
            running = null;
            stop();
          } else {
            return;
          }
          finish(request, errorResult('aborted', 'the request was aborted'));
          pump();
        };
        signal.addEventListener('abort', request.onAbort);
      }
      waiting.set(channel, request);
      pump();
    });
  }

  return {
    /**
     * @param {string} text
     * @param {{types?: string[], model?: boolean, channel?: string, signal?: AbortSignal}} [options]
     * @returns {Promise<object>} the result of kashif.js analyze(), plus `ms`
     *   (time spent in the worker), or an error value.
     */
    analyze(text, { types, model, channel = 'default', signal } = {}) {
      const options = {};
      if (types) options.types = types;
      if (model === false) options.model = false;
      return enqueue(text, 'analyze', options, channel, signal);
    },

    /**
     * What `kashif analyze --format jsonl|html` prints for `text` saved as
     * `${doc}.txt`, written by the core in the worker: {ok: true, output}.
     * @param {string} text
     * @param {{format: 'jsonl'|'html', doc?: string, types?: string[], model?: boolean, channel?: string, signal?: AbortSignal}} options
     */
    exportAs(text, { format, doc, types, model, channel = 'export', signal } = {}) {
      const options = { format, doc };
      if (types) options.types = types;
      if (model === false) options.model = false;
      return enqueue(text, 'export', options, channel, signal);
    },

    /** Resolves with {ok: true} once the wasm module is loaded in the worker. */
    ready() {
      if (!worker) start();
      return readyPromise;
    },

    /** Stops the worker; a later call starts a new one. Waiting requests are aborted. */
    terminate() {
      for (const request of waiting.values()) finish(request, errorResult('aborted', 'the client was terminated'));
      waiting.clear();
      if (running) {
        finish(running.request, errorResult('aborted', 'the client was terminated'));
        running = null;
      }
      stop();
    },
  };
}
