/* Tells the service worker who this page belongs to ("" when nobody is signed in), so it
   keeps and serves offline copies for that person only. */
"use strict";

(() => {
  const person = document.documentElement.dataset.person || "";
  if ("serviceWorker" in navigator && navigator.serviceWorker.controller) {
    navigator.serviceWorker.controller.postMessage({ type: "person", person });
  }
})();
