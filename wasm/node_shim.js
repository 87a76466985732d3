// Placed before Emscripten's module code (--extern-pre-js). Emscripten
// 3.1.6's ES6 output calls require() and reads __dirname under node, which
// ES modules do not have; give it both. Browsers and workers skip this.
const kashifOnNode = typeof process === 'object' && typeof process.versions === 'object' &&
    typeof process.versions.node === 'string';
const require = kashifOnNode ? (await import('node:module')).createRequire(import.meta.url) : undefined;
const __dirname = kashifOnNode ? decodeURIComponent(new URL('.', import.meta.url).pathname) : '';
