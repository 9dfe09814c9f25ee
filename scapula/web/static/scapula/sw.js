/* scapula service worker: keeps the session player and today's routine available offline.
   Pages and today's routine: network first, the last copy when offline.
   Static files (hashed names, never change): cache first. */
"use strict";

const CACHE = "scapula-__VERSION__";
const OFFLINE_PAGES = ["/session/", "/api/session/today", "/plan/"];

async function precache() {
  const cache = await caches.open(CACHE);
  for (const url of OFFLINE_PAGES) {
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) continue;
      await cache.put(url, response.clone());
      if ((response.headers.get("Content-Type") || "").startsWith("text/html")) {
        const html = await response.text();
        const assets = [...html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)].map((m) => m[1]);
        await cache.addAll([...new Set(assets)]);
      }
    } catch (error) {
      /* offline while installing: the next visit fills the cache */
    }
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
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
