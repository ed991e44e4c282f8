/* global OFFLINE */
// The built site's service worker (node/offline/offline.ts writes it as sw.js at the site's root, with
// `const OFFLINE = {…}` written above this text). Plain JavaScript, as a browser runs it: nothing is bundled.
// OFFLINE: { version, precache, later, pass, navigationTimeoutMs }, paths relative to the site's root.
// - `precache`: stored when the worker installs: the pages and what the deck's first visit loads.
// - `later`: the site's other files (the CJK font parts, the font formats no current browser asks
//   for), stored the first time a page asks for one.
// - Everything else is left to the network, untouched: the downloads (PDFs, PowerPoint, references),
//   other sites, anything but GET, and always the paths under `pass`: the hall's channel, whose event
//   stream and answers must come from the laptop or not at all.
// Files are answered from the cache first: each version of the site has a cache of its own (every file's
// content is in `version`), emptied when the next version takes over. Pages go to the network first and
// fall back to the cache only when it fails or takes longer than `navigationTimeoutMs`: a reload then
// gets a new build at once, and the hall server's copy of the deck's page (which starts the hall's
// client) rather than the one stored here.
const CACHE = `lecture-offline-${OFFLINE.version}`
const PRECACHE = new Set(OFFLINE.precache)
const LATER = new Set(OFFLINE.later)

/** The request's path inside the site (without its query), or null when it is not the site's. */
function sitePath(url) {
  const scope = globalThis.registration.scope
  const { origin, pathname } = new URL(url)
  const full = origin + pathname
  return full.startsWith(scope) ? full.slice(scope.length) : null
}

/** The stored file a page's address stands for: a folder's page is its index.html. */
function pageFile(path) {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path
}

function keyOf(path) {
  return new URL(path, globalThis.registration.scope).href
}

/** A copy that a navigation may be answered with (a redirected response may not be). */
function storable(response) {
  return response.redirected ? new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers }) : response
}

async function fromCacheFirst(request, path) {
  const cache = await caches.open(CACHE)
  const stored = await cache.match(keyOf(path))
  if (stored)
    return stored
  const response = await fetch(request)
  if (response.ok && response.type === 'basic')
    await cache.put(keyOf(path), storable(response.clone()))
  return response
}

async function fromNetworkFirst(request, path) {
  let timer
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, OFFLINE.navigationTimeoutMs)
  })
  const network = fetch(request)
  try {
    const response = await Promise.race([network, late])
    if (response)
      return response
  }
  catch {}
  finally {
    clearTimeout(timer)
  }
  const stored = await caches.match(keyOf(path), { cacheName: CACHE })
  return stored ?? network
}

globalThis.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE)
    // Past the browser's HTTP cache: a page kept there from the last version would name old files.
    await Promise.all([...PRECACHE].map(async (path) => {
      const response = await fetch(keyOf(path), { cache: 'no-cache' })
      if (!response.ok)
        throw new Error(`${path}: ${response.status}`)
      await cache.put(keyOf(path), storable(response))
    }))
    await globalThis.skipWaiting()
  })())
})

globalThis.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('lecture-offline-') && name !== CACHE)
        await caches.delete(name)
    }
    await globalThis.clients.claim()
  })())
})

globalThis.addEventListener('fetch', (event) => {
  const { request } = event
  const path = request.method === 'GET' ? sitePath(request.url) : null
  if (path === null || OFFLINE.pass.some(prefix => path.startsWith(prefix)))
    return
  if (request.mode === 'navigate') {
    if (PRECACHE.has(pageFile(path)))
      event.respondWith(fromNetworkFirst(request, pageFile(path)))
    return
  }
  if (PRECACHE.has(path) || LATER.has(path))
    event.respondWith(fromCacheFirst(request, path))
})
