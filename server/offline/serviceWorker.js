// The app shell, for a browser with no network at all. Built by offlineShell.ts, which fills in
// SHELL_FILES and SHELL_VERSION. Ark's answers and files (/api/*) never pass through here: the
// page keeps those in IndexedDB, where the user can see and manage them.
/* global SHELL_FILES, SHELL_VERSION */
const CACHE = `ark3d-shell-${SHELL_VERSION}`

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(['./', ...SHELL_FILES]))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return
  if (event.request.mode === 'navigate') {
    // The page itself: the server's when it answers, so a new build is picked up at once.
    event.respondWith(fetch(event.request).catch(() => caches.match('./')))
    return
  }
  // Built files have content hashes in their names: the cached copy is the right one.
  event.respondWith(caches.match(event.request).then((cached) => cached ?? fetch(event.request)))
})
