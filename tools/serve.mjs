// A small static server for the assembled site (build/site), on 127.0.0.1
// only, with the strict Content-Security-Policy the page is built to pass.
//
//   node tools/serve.mjs [SITE_DIR]     PORT=8080 by default; if taken, the next free one
//
// Also imported by the browser tests and the benchmark (startServer).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "object-src 'none'; base-uri 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

function handler(siteDir) {
  return (request, response) => {
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // Revalidate every time; offline use is the service worker's job.
      'Cache-Control': 'no-cache',
    };
    const fail = (status, text) => {
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : `${text}\n`);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405, 'method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      return fail(400, 'bad request');
    }
    let file = path.join(siteDir, path.normalize(pathname));
    if (!file.startsWith(siteDir + path.sep) && file !== siteDir) return fail(403, 'forbidden');
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      return fail(404, 'not found');
    }
    headers['Content-Type'] = TYPES[path.extname(file)] || 'application/octet-stream';
    headers['Content-Length'] = stat.size;
    // The single-file build runs from disk, not under this CSP: offer it as a download.
    if (path.basename(file) === 'kashif.html') headers['Content-Disposition'] = 'attachment; filename="kashif.html"';
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => { server.off('listening', onListening); reject(error); };
    const onListening = () => { server.off('error', onError); resolve(server.address().port); };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `siteDir` on 127.0.0.1. Port 0 takes any free port; a busy port
 * moves on to the next, up to `tries` times.
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({ siteDir = path.join(root, 'build/site'), port = 8080, tries = 20 } = {}) {
  const server = createServer(handler(path.resolve(siteDir)));
  for (let attempt = 0; ; attempt++) {
    try {
      const bound = await listen(server, port === 0 ? 0 : port + attempt, '127.0.0.1');
      return {
        port: bound,
        url: `http://127.0.0.1:${bound}/`,
        close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
      };
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= tries) throw error;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const siteDir = path.resolve(process.argv[2] || path.join(root, 'build/site'));
  try {
    statSync(path.join(siteDir, 'index.html'));
  } catch {
    console.error(`serve: ${siteDir}/index.html is missing; run tools/build.sh (or node tools/assemble-site.mjs) first`);
    process.exit(1);
  }
  const { url } = await startServer({ siteDir, port: Number(process.env.PORT) || 8080 });
  console.log(`Kashif is at ${url}`);
  console.log('serve: Ctrl-C stops it');
}
