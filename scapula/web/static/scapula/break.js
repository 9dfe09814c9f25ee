/* scapula break page: a countdown for the break's length, then Done or Snooze.
   The end time is fixed once, and the remaining time recomputed on each tick, so a tab in
   the background shows the right time when it comes back. */
"use strict";

(() => {
  const data = JSON.parse(document.getElementById("break-data").textContent);
  const countdown = document.getElementById("break-countdown");
  const status = document.getElementById("break-status");
  const breaks = window.scapulaBreaks;
  const endsAt = performance.now() + data.seconds * 1000;
  let timer = null;

  function tick() {
    const left = Math.max(0, Math.ceil((endsAt - performance.now()) / 1000));
    countdown.textContent = String(left);
    if (left === 0) {
      clearInterval(timer);
      status.textContent = "Time is up. Well done: back to work.";
    }
  }

  function update(change) {
    if (!breaks) return;
    const state = breaks.loadState(breaks.localDay(new Date()));
    change(state);
    breaks.saveState(state);
  }

  function leave() {
    const back = document.referrer && new URL(document.referrer).origin === location.origin;
    const target = back ? document.referrer : "/plan/";
    window.location.href = new URL(target, location.href).pathname === location.pathname ? "/plan/" : target;
  }

  document.getElementById("break-done").addEventListener("click", () => {
    update((state) => {
      state.handled[`${data.key}@done`] = true;
      if (state.snooze && state.snooze.key === data.key) state.snooze = null;
    });
    leave();
  });

  document.getElementById("break-snooze").addEventListener("click", () => {
    update((state) => {
      state.snooze = { key: data.key, until: Date.now() + data.snooze_minutes * 60000 };
    });
    leave();
  });

  timer = setInterval(tick, 250);
  tick();
})();
