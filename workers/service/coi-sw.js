// The one service worker of the notebook (a scope holds only one), so it does two jobs:
//
// - Offline: it precaches every file of the build when it installs, and serves them from the
//   cache afterwards, so after one visit the notebook works with the network off.
// - Cross-origin isolation and the Content Security Policy on static hosts that cannot set
//   headers: it adds COOP/COEP and the policy to every response it serves (COOP/COEP is the
//   technique of coi-serviceworker). app/shell/serviceWorker.ts registers it and reloads the
//   page once, since a page is isolated only if it was loaded with the headers.
//
// The build (build/serviceWorker.ts) prepends `self.CORELAB_BUILD`: the cache version (a hash
// of every file), the files to precache, and the policies. A new build thus changes this file's
// bytes, which is how the browser notices the update. The new worker then waits: taking over
// would delete the cache that open tabs load their lazy chunks from. The page announces it, and
// the reader's "Reload" sends SKIP_WAITING (app/shell/serviceWorker.ts).

const { version, files, pythonFiles, pagePolicy, workerPolicy } = self.CORELAB_BUILD;
const CACHE_PREFIX = "corelab-";
const CACHE = `${CACHE_PREFIX}${version}`;

const ISOLATION_HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload` skips the HTTP cache, so the precache holds exactly the files of this build.
      .then((cache) => cache.addAll(files.map((file) => new Request(file, { cache: "reload" })))),
  );
});

self.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter(
              (name) =>
                name.startsWith(CACHE_PREFIX) && name !== CACHE && name !== pythonFiles.cache,
            )
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
  event.respondWith(respond(request).then((response) => withHeaders(response, request)));
});

/**
 * Pages come from the network first, so a new build shows as soon as it is deployed, and from
 * the cache when the network fails. Every other file has a content hash in its name (or is
 * small and rarely changes), so the cache answers first.
 */
async function respond(request) {
  if (request.url.startsWith(new URL(pythonFiles.folder, self.registration.scope).href)) {
    return keptOnFirstUse(request);
  }
  const cache = await caches.open(CACHE);
  // Servers answer with `Vary: Origin`; the precached copy is the same file for any origin.
  const match = { ignoreSearch: true, ignoreVary: true };
  if (request.mode === "navigate") {
    try {
      return await fetch(request);
    } catch (offline) {
      const page = await cache.match("index.html", match);
      if (page) return page;
      throw offline;
    }
  }
  return (await cache.match(request, match)) ?? fetch(request);
}

/**
 * Python's files (12 MB) are not precached: the first run of Python fetches them, and they are
 * kept from then on, so Python works offline after its first use.
 */
async function keptOnFirstUse(request) {
  const cache = await caches.open(pythonFiles.cache);
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

function withHeaders(response, request) {
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  const isWorker = request.destination === "worker" || request.destination === "sharedworker";
  headers.set("Content-Security-Policy", isWorker ? workerPolicy : pagePolicy);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
