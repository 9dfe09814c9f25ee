/* scapula desk-break prompts: while the app is open, prompt at each of today's break times.
   The schedule comes from the server (the person's own plan and settings); what has been
   prompted, done or snoozed is kept on this device in localStorage. */
"use strict";

(() => {
  /* Kept per person, so on a shared browser one person's breaks never mark another's. */
  const STATE_KEY = `scapula.breaks.${document.documentElement.dataset.person || ""}`;
  const TICK_MS = 15000;
  const GRACE_MS = 10 * 60 * 1000; // a break missed by more than this is skipped, not nagged
  const supportsNotifications = "Notification" in window;

  function localDay(date) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }

  function loadState(day) {
    try {
      const state = JSON.parse(localStorage.getItem(STATE_KEY) || "{}");
      if (state.day === day) return state;
    } catch (error) {
      /* unreadable state: start the day afresh */
    }
    return { day, handled: {}, snooze: null };
  }

  function saveState(state) {
    localStorage.setItem(STATE_KEY, JSON.stringify(state));
  }

  function timeToday(hhmm, now) {
    const [hours, minutes] = hhmm.split(":").map(Number);
    const due = new Date(now);
    due.setHours(hours, minutes, 0, 0);
    return due.getTime();
  }

  function dueTime(item, state, now) {
    if (state.snooze && state.snooze.key === item.key) return state.snooze.until;
    return timeToday(item.at, now);
  }

  function removeBanner() {
    const old = document.querySelector(".break-banner");
    if (old) old.remove();
  }

  function snooze(item, minutes) {
    const state = loadState(localDay(new Date()));
    state.snooze = { key: item.key, until: Date.now() + minutes * 60000 };
    saveState(state);
    removeBanner();
  }

  function showBanner(item, minutes) {
    removeBanner();
    const banner = document.createElement("div");
    banner.className = "break-banner card notice";
    banner.setAttribute("role", "alert");
    const text = document.createElement("p");
    const title = document.createElement("strong");
    title.textContent = `${item.title} · ${item.at}`;
    text.append(title, document.createElement("br"), item.instruction);
    const start = document.createElement("a");
    start.className = "button primary";
    start.href = item.url;
    start.textContent = "Start the break";
    const later = document.createElement("button");
    later.type = "button";
    later.className = "button";
    later.textContent = `Snooze ${minutes} min`;
    later.addEventListener("click", () => snooze(item, minutes));
    const controls = document.createElement("div");
    controls.className = "controls two";
    controls.append(start, later);
    banner.append(text, controls);
    const main = document.getElementById("main") || document.body;
    main.prepend(banner);
  }

  async function notify(item) {
    if (!supportsNotifications || Notification.permission !== "granted") return;
    const title = `scapula: ${item.title.toLowerCase()}`;
    const body = item.name ? `${item.name}: ${item.dose_text}` : item.instruction;
    const options = { body, tag: `scapula-${item.key}`, data: { url: item.url } };
    try {
      const notification = new Notification(title, options);
      notification.onclick = () => {
        window.focus();
        window.location.href = item.url;
      };
    } catch (error) {
      // Phones refuse page notifications; the service worker shows it and handles the tap.
      const registration = "serviceWorker" in navigator
        ? await navigator.serviceWorker.getRegistration()
        : null;
      if (registration) await registration.showNotification(title, options);
    }
  }

  function prompt(item, schedule) {
    notify(item).catch(() => {});
    showBanner(item, schedule.snooze_minutes);
  }

  function check(schedule) {
    const now = new Date();
    const state = loadState(localDay(now));
    for (const item of schedule.breaks) {
      const due = dueTime(item, state, now);
      const mark = `${item.key}@${due}`;
      if (state.handled[`${item.key}@done`] || state.handled[mark]) continue;
      if (now.getTime() >= due && now.getTime() - due < GRACE_MS) {
        state.handled[mark] = true;
        saveState(state);
        prompt(item, schedule);
        return;
      }
    }
  }

  async function fetchSchedule(url) {
    const day = localDay(new Date());
    const response = await fetch(`${url}?day=${day}`, { credentials: "same-origin" });
    if (!response.ok) return null;
    return response.json();
  }

  async function runPrompts(url) {
    // Installed on phones, notifications need the service worker: make sure it is there.
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(() => {});
    let schedule = await fetchSchedule(url);
    const tick = async () => {
      if (schedule && schedule.day !== localDay(new Date())) schedule = await fetchSchedule(url);
      if (schedule && schedule.enabled) check(schedule);
    };
    await tick();
    setInterval(tick, TICK_MS);
  }

  function describePermission(status) {
    if (!supportsNotifications) {
      status.textContent = "This browser cannot show notifications; a banner appears in the app instead.";
    } else if (Notification.permission === "granted") {
      status.textContent = "Notifications are allowed on this device.";
    } else if (Notification.permission === "denied") {
      status.textContent = "Notifications are blocked on this device; a banner appears in the app instead. You can allow them in the browser's site settings.";
    } else {
      status.textContent = "";
    }
    status.hidden = status.textContent === "";
  }

  function wireSettings(form) {
    const enabled = form.querySelector("input[name=enabled]");
    const status = document.getElementById("notify-status");
    if (status) describePermission(status);
    form.addEventListener("submit", async (event) => {
      // Ask only when the person turns reminders on: the save click is the user's gesture.
      if (!enabled || !enabled.checked || !supportsNotifications) return;
      if (Notification.permission !== "default") return;
      event.preventDefault();
      try {
        await Notification.requestPermission();
      } finally {
        form.submit();
      }
    });
  }

  function wireCopy(button) {
    const field = document.getElementById(button.dataset.copy);
    const status = document.getElementById("copy-status");
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        if (status) status.textContent = "Copied.";
      } catch (error) {
        field.select();
        if (status) status.textContent = "Selected: press Ctrl+C or Cmd+C to copy.";
      }
    });
  }

  function start() {
    const form = document.getElementById("reminder-settings");
    if (form) wireSettings(form);
    const copy = document.getElementById("copy-calendar");
    if (copy) wireCopy(copy);
    const url = document.body.dataset.reminders;
    if (url) runPrompts(url);
  }

  window.scapulaBreaks = { loadState, saveState, localDay };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
