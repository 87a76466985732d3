// Keeps the page, its scripts and the wasm module in the browser's cache, so
// Kashif reloads and works with the network off. tools/assemble-site.mjs
// writes the asset list and a version (a hash of the assets) into MANIFEST;
// a new version installs a new cache and drops the old ones.
const MANIFEST = { version: 'dev', assets: ['./', 'index.html'] };
const CACHE = `kashif-${MANIFEST.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(MANIFEST.assets)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

// Cache first: every asset is versioned together, so a cached copy is
// never older than the page that asks for it.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
