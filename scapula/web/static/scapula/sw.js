/* scapula service worker: keeps the session player and today's routine available offline.
   Pages and today's routine: network first, the last copy when offline.
   Static files (hashed names, never change, nobody's data): cache first, shared.
   Pages are health data: each is kept under the person the server named in its answer
   (X-Scapula-Person), only the person signed in last has copies, and offline only their
   copies are served. */
"use strict";

const VERSION = "__VERSION__";
const STATIC_CACHE = `scapula-${VERSION}-static`;
const PAGES_PREFIX = `scapula-${VERSION}-pages-`;
const META_CACHE = `scapula-${VERSION}-meta`;
const LAST_PERSON = "/__scapula/last-person";
const PERSON_HEADER = "X-Scapula-Person";
const OFFLINE_PAGES = ["/session/", "/api/session/today", "/plan/"];

let lastPerson = null; /* null: not read yet; "": nobody */

async function readLastPerson() {
  if (lastPerson === null) {
    const stored = await (await caches.open(META_CACHE)).match(LAST_PERSON);
    lastPerson = stored ? await stored.text() : "";
  }
  return lastPerson;
}

/* Someone else (or nobody) is signed in now: the previous person's copies go. */
async function rememberPerson(person) {
  if (person === await readLastPerson()) return;
  lastPerson = person;
  await (await caches.open(META_CACHE)).put(LAST_PERSON, new Response(person));
  for (const name of await caches.keys()) {
    if (name.startsWith(PAGES_PREFIX) && name !== PAGES_PREFIX + person) await caches.delete(name);
  }
}

/* The person an answer belongs to; null when the answer cannot tell (a redirect). */
function personOf(response) {
  if (response.type === "opaqueredirect" || response.type === "opaque") return null;
  return response.headers.get(PERSON_HEADER) || "";
}

async function keepForPerson(request, response) {
  const person = personOf(response);
  if (person === null) return;
  await rememberPerson(person);
  if (person && response.ok) await (await caches.open(PAGES_PREFIX + person)).put(request, response.clone());
}

async function precache() {
  const assets = new Set();
  for (const url of OFFLINE_PAGES) {
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      await keepForPerson(url, response);
      if (response.ok && (response.headers.get("Content-Type") || "").startsWith("text/html")) {
        const html = await response.text();
        for (const match of html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)) assets.add(match[1]);
      }
    } catch (error) {
      /* offline while installing: the next visit fills the cache */
    }
  }
  try {
    await (await caches.open(STATIC_CACHE)).addAll([...assets]);
  } catch (error) {
    /* a file missing or offline: cache first fills it on use */
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (!name.startsWith(`scapula-${VERSION}-`)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

/* Each page says whose it is, so signing out or in is seen even on pages not kept here. */
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "person" && typeof data.person === "string") {
    event.waitUntil(rememberPerson(data.person));
  }
});

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    await keepForPerson(request, response);
    return response;
  } catch (error) {
    const person = await readLastPerson();
    const cached = person
      ? await (await caches.open(PAGES_PREFIX + person)).match(request, { ignoreSearch: true })
      : undefined;
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(STATIC_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/static/")) {
    event.respondWith(cacheFirst(event.request));
  } else if (OFFLINE_PAGES.includes(url.pathname)) {
    event.respondWith(networkFirst(event.request));
  }
});

/* A desk-break notification shown through the worker (phones allow no other kind):
   a tap focuses an open scapula window on the break page, or opens one. */
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || "/";
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    for (const client of windows) {
      if ("focus" in client) {
        await client.focus();
        return client.navigate(url);
      }
    }
    return self.clients.openWindow(url);
  })());
});
