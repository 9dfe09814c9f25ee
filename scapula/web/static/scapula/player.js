/* scapula session player: times today's steps in the browser, speaks cues, keeps the screen
   awake, records pain, and saves the session exactly once (queued while offline).
   Every word and rule it shows comes from the page: step labels, status words, which choice
   comes first after a stop, and what comes next are the server's. */
"use strict";

(() => {
  const root = document.getElementById("player");
  const data = JSON.parse(document.getElementById("session-data").textContent);
  const rules = JSON.parse(document.getElementById("player-rules").textContent);
  const steps = data.steps;
  const STATUS = rules.statuses.exercise;
  const SESSION = rules.statuses.session;
  const EFFORT_KINDS = rules.statuses.effort_kinds;
  /* Unsent sessions are kept per person: on a shared browser nobody sends another's. */
  const PERSON = document.documentElement.dataset.person || "";
  const OUTBOX = `scapula-outbox-${PERSON}`;
  const $ = (id) => document.getElementById(id);

  const state = {
    key: newKey(),
    startedAt: null,
    index: -1,
    endsAt: 0,
    remaining: 0,
    paused: false,
    running: false,
    finished: false,
    painBefore: null,
    painAfter: null,
    results: {},
    timer: null,
    stage: "stage-before",
  };
  let wakeLock = null;
  let onPain = null;

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID().replaceAll("-", "");
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  /* ---------- stages ---------- */
  function show(stage, { focus = true } = {}) {
    state.stage = stage;
    for (const section of root.querySelectorAll(".stage")) section.hidden = section.id !== stage;
    $("run-more").hidden = stage !== "stage-run";
    /* Focus the stage's heading, so a keyboard or screen-reader user starts at its top. */
    const heading = $(stage).querySelector("h1, h2");
    if (heading && focus) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }

  function fullScreen(on) {
    document.body.classList.toggle("is-playing", on);
  }

  function askPain(stage, callback, options) {
    for (const button of $(stage).querySelectorAll(".pain")) button.setAttribute("aria-pressed", "false");
    onPain = callback;
    show(stage, options);
  }

  root.addEventListener("click", (event) => {
    const button = event.target.closest(".pain");
    if (!button || !onPain) return;
    for (const other of button.parentElement.querySelectorAll(".pain")) {
      other.setAttribute("aria-pressed", String(other === button));
    }
    onPain(Number(button.dataset.pain));
  });

  /* ---------- timing: a monotonic clock, remaining time recomputed on every tick ---------- */
  function startStep(index, from) {
    /* Chained end times: a step that was noticed a few ms late does not make the next late. */
    state.index = index;
    state.endsAt = (from === undefined ? performance.now() : from) + steps[index].seconds * 1000;
    state.remaining = state.endsAt - performance.now();
    scheduleEnd();
    render();
    /* Back from the background, steps already over pass silently to catch up. */
    if (state.remaining > 0) announce(steps[index]);
  }

  function scheduleEnd() {
    /* A timeout at the step's exact end, so the change does not wait for the next frame. */
    clearTimeout(state.timer);
    state.timer = setTimeout(tick, Math.max(0, state.endsAt - performance.now()));
  }

  function tick() {
    if (!state.running || state.paused) return;
    state.remaining = state.endsAt - performance.now();
    if (state.remaining <= 0) {
      advance();
    } else {
      $("countdown").textContent = String(Math.ceil(state.remaining / 1000));
    }
  }

  function advance() {
    const current = steps[state.index];
    const item = result(current.exercise);
    item.steps_done += 1;
    if (EFFORT_KINDS.includes(current.kind)) item.effort_done += 1;
    const next = state.index + 1;
    if (next >= steps.length || steps[next].exercise !== current.exercise) {
      if (item.status === STATUS.not_started) item.status = STATUS.done;
      finishExercise(current.exercise, next);
    } else {
      startStep(next, state.endsAt);
    }
  }

  function finishExercise(exerciseId, nextIndex) {
    state.running = false;
    clearTimeout(state.timer);
    const item = result(exerciseId);
    if (item.status === STATUS.skipped) {
      continueAt(nextIndex); /* nothing was done, so there is no pain to ask about */
      return;
    }
    $("peak-name").textContent = exerciseName(exerciseId);
    askPain("stage-peak", (pain) => {
      item.peak_pain = pain;
      continueAt(nextIndex);
    });
  }

  function continueAt(index) {
    saveProgress();
    if (index >= steps.length) {
      endSession(SESSION.completed);
      return;
    }
    state.running = true;
    setPaused(false);
    show("stage-run");
    startStep(index);
  }

  /* ---------- display and cues ---------- */
  function exerciseInfo(id) {
    return data.exercises.find((exercise) => exercise.id === id);
  }

  function exerciseName(id) {
    const item = exerciseInfo(id);
    return item ? item.name : id;
  }

  function render() {
    const step = steps[state.index];
    const info = exerciseInfo(step.exercise);
    if ($("exercise-name").textContent !== exerciseName(step.exercise)) {
      $("exercise-name").textContent = exerciseName(step.exercise);
    }
    $("exercise-place").textContent = info ? info.place : "";
    $("progress").value = state.index + 1;
    $("progress").setAttribute("aria-label", info ? info.place : "");
    $("label").textContent = step.label;
    $("now").textContent = step.cue;
    $("next").textContent = step.next;
    $("countdown").textContent = String(step.seconds);
    for (const figure of root.querySelectorAll(".player-figure")) {
      figure.hidden = figure.dataset.exercise !== step.exercise;
      figure.classList.toggle("mirrored", step.side === "right");
    }
  }

  function announce(step) {
    /* One polite announcement per step, never per second: the countdown is hidden from readers. */
    const place = step.kind === "prepare" ? `${exerciseName(step.exercise)}. ` : "";
    $("announce").textContent = `${place}${step.label}, ${step.seconds} seconds.`;
    if (navigator.vibrate) navigator.vibrate(80);
    beep();
    if ($("speech").checked && "speechSynthesis" in window) {
      speechSynthesis.cancel();
      speechSynthesis.speak(new SpeechSynthesisUtterance(step.cue));
    }
  }

  let audio = null;
  function beep() {
    try {
      audio = audio || new AudioContext();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      gain.gain.value = 0.05;
      tone.frequency.value = 880;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.12);
    } catch (error) {
      /* no sound available: the vibration and the text still mark the change */
    }
  }

  /* ---------- the screen stays on while a session runs ---------- */
  async function keepAwake() {
    if (!("wakeLock" in navigator) || document.visibilityState !== "visible") return;
    try {
      wakeLock = await navigator.wakeLock.request("screen");
    } catch (error) {
      wakeLock = null; /* not allowed here: the session still runs */
    }
  }

  function letSleep() {
    if (wakeLock) wakeLock.release().catch(() => {});
    wakeLock = null;
  }

  /* ---------- controls ---------- */
  function result(exerciseId) {
    if (!state.results[exerciseId]) {
      state.results[exerciseId] = {
        exercise: exerciseId, status: STATUS.not_started, peak_pain: null, stop_reason: "", steps_done: 0, effort_done: 0,
      };
    }
    return state.results[exerciseId];
  }

  function setPaused(paused) {
    state.paused = paused;
    $("pause").textContent = paused ? "Resume" : "Pause";
    if (state.index >= 0) $("now").textContent = paused ? "Paused. Press Resume, or Space, to go on." : steps[state.index].cue;
    $("stage-run").classList.toggle("is-paused", paused);
  }

  function togglePause() {
    if (!state.running) return;
    if (state.paused) {
      state.endsAt = performance.now() + state.remaining;
      setPaused(false);
      scheduleEnd();
      $("announce").textContent = "Going on.";
    } else {
      state.remaining = state.endsAt - performance.now();
      clearTimeout(state.timer);
      setPaused(true);
      $("countdown").textContent = String(Math.max(0, Math.ceil(state.remaining / 1000)));
      $("announce").textContent = "Paused.";
    }
  }

  function firstStepOf(index) {
    let first = index;
    while (first > 0 && steps[first - 1].exercise === steps[index].exercise) first -= 1;
    return first;
  }

  function firstStepOfNextExercise(index) {
    let next = index;
    while (next < steps.length && steps[next].exercise === steps[index].exercise) next += 1;
    return next;
  }

  /* One press skips the whole exercise, paused or not; what was done decides its status. */
  function skipExercise() {
    if (!state.running) return;
    const step = steps[state.index];
    const item = result(step.exercise);
    item.status = item.effort_done > 0 ? rules.statuses.after_skip.some : rules.statuses.after_skip.none;
    finishExercise(step.exercise, firstStepOfNextExercise(state.index));
  }

  /* Back: to the start of this exercise, or from its start to the previous exercise. */
  function back() {
    if (!state.running) return;
    const first = firstStepOf(state.index);
    const target = state.index > first || first === 0 ? first : firstStepOf(first - 1);
    delete state.results[steps[target].exercise];
    setPaused(false);
    startStep(target);
  }

  function stopItHurts() {
    if (!state.running) return;
    state.running = false;
    clearTimeout(state.timer);
    const step = steps[state.index];
    const item = result(step.exercise);
    const info = exerciseInfo(step.exercise);
    $("easier").textContent = info && info.easier ? `An easier way next time: ${info.easier}` : "";
    for (const input of root.querySelectorAll("input[name=reason]")) input.checked = false;
    let pain = null;
    const choose = () => offerChoices(pain);
    askPain("stage-hurt", (value) => { pain = value; choose(); });
    choose();
    const close = (endAll) => {
      const checked = root.querySelector("input[name=reason]:checked");
      item.status = STATUS.stopped;
      item.peak_pain = pain;
      item.stop_reason = checked ? checked.value : "";
      if (endAll) {
        endSession(SESSION.stopped);
      } else {
        continueAt(firstStepOfNextExercise(state.index));
      }
    };
    $("hurt-next").onclick = () => close(false);
    $("hurt-end").onclick = () => close(true);
  }

  /* Which choices follow a stop, and which is the main one, is the core's table. */
  function offerChoices(pain) {
    const checked = root.querySelector("input[name=reason]:checked");
    const table = checked ? rules.stops.reasons[checked.value] : rules.stops.unanswered;
    const options = pain === null ? table.no_pain : table.by_pain[pain];
    const bar = $("hurt-choices");
    for (const button of bar.querySelectorAll("button")) {
      const at = options.choices.indexOf(button.dataset.choice);
      button.hidden = at < 0;
      button.classList.toggle("primary", at === 0);
    }
    for (const choice of options.choices) bar.append(bar.querySelector(`[data-choice="${choice}"]`));
    const helpNew = options.get_help && $("hurt-help").hidden;
    $("hurt-help").hidden = !options.get_help;
    /* A warning sign: bring the get-help card into view at once (no animation). */
    if (helpNew) $("hurt-help").scrollIntoView({ block: "start" });
    /* After a warning sign the easier version is beside the point: the safety check comes first. */
    $("easier").hidden = options.get_help || !$("easier").textContent;
    $("hurt-advice").hidden = !table.advice;
    $("hurt-advice").textContent = table.advice;
  }

  root.addEventListener("change", (event) => {
    if (event.target.name === "reason") {
      const pressed = $("stage-hurt").querySelector(".pain[aria-pressed=true]");
      offerChoices(pressed ? Number(pressed.dataset.pain) : null);
    }
    if (event.target.id === "speech") localStorage.setItem("scapula-speech", String(event.target.checked));
  });

  /* ---------- the end, and saving exactly once ---------- */
  function payload(status) {
    const exercises = data.exercises.map((exercise) => {
      const { effort_done: _effort, ...sent } = result(exercise.id);
      return sent;
    });
    return {
      key: state.key,
      started_at: state.startedAt,
      ended_at: new Date().toISOString(),
      status,
      pain_before: state.painBefore,
      pain_after: state.painAfter,
      plan_id: data.plan_id,
      exercises,
    };
  }

  function endSession(status) {
    state.running = false;
    clearTimeout(state.timer);
    askPain("stage-after", (pain) => {
      state.painAfter = pain;
      state.finished = true;
      letSleep();
      queue(payload(status));
      summarise(status, rules.what_comes_next);
      show("stage-summary");
      flush();
    });
  }

  function listInto(list, lines) {
    list.replaceChildren(...lines.map((line) => {
      const entry = document.createElement("li");
      if (Array.isArray(line)) {
        const strong = document.createElement("span");
        strong.className = "summary-status";
        strong.textContent = line[1];
        entry.append(`${line[0]}: `, strong, line[2]);
      } else {
        entry.textContent = line;
      }
      return entry;
    }));
  }

  function summarise(status, upcoming) {
    const stopped = status === SESSION.stopped;
    const hurt = Object.values(state.results).some((item) => item.status === STATUS.stopped);
    $("summary-title").textContent = stopped ? "Session stopped" : "Session done";
    /* Any stop because it hurt gets the stop's acknowledgement, as in the terminal player. */
    $("acknowledgement").textContent = stopped || hurt ? upcoming.stopped_acknowledgement : upcoming.acknowledgement;
    const peaks = [];
    const lines = data.exercises.map((exercise) => {
      const item = result(exercise.id);
      if (item.peak_pain !== null) peaks.push(item.peak_pain);
      const peak = item.peak_pain === null ? "" : ` (worst pain ${item.peak_pain}/10)`;
      return [exercise.name, rules.statuses.words[item.status], peak];
    });
    listInto($("summary-list"), lines);
    const pains = [["Before", state.painBefore]];
    if (peaks.length) pains.push(["Worst during it", Math.max(...peaks)]);
    pains.push(["After", state.painAfter]);
    $("summary-pain").replaceChildren(...pains.map(([name, value]) => {
      const entry = document.createElement("li");
      const number = document.createElement("strong");
      number.textContent = String(value);
      entry.append(`${name}: `, number);
      return entry;
    }));
    listInto($("next-list"), upcoming.lines);
  }

  /* Before outboxes were per person there was one; on a personal server it is the owner's. */
  function adoptOldOutbox() {
    const old = localStorage.getItem("scapula-outbox");
    if (old === null || document.documentElement.dataset.singleOwner !== "true") return;
    try {
      for (const item of JSON.parse(old)) queue(item);
    } catch (error) { /* unreadable: nothing to adopt */ }
    localStorage.removeItem("scapula-outbox");
  }

  function readOutbox() {
    try {
      return JSON.parse(localStorage.getItem(OUTBOX) || "[]");
    } catch (error) {
      return [];
    }
  }

  function queue(item) {
    const outbox = readOutbox().filter((entry) => entry.key !== item.key);
    outbox.push(item);
    localStorage.setItem(OUTBOX, JSON.stringify(outbox));
  }

  async function flush() {
    for (const item of readOutbox()) {
      let response;
      try {
        response = await fetch(root.dataset.saveUrl, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRFToken": root.dataset.csrf },
          body: JSON.stringify(item),
        });
      } catch (error) {
        $("save-status").textContent = "Saved on this device. It will be sent when you are back online.";
        return;
      }
      if (response.status >= 500) {
        $("save-status").textContent = "Saved on this device; the server will get it on the next try.";
        return;
      }
      localStorage.setItem(OUTBOX, JSON.stringify(readOutbox().filter((entry) => entry.key !== item.key)));
      if (item.key === state.key) await saved(response, item.status);
    }
  }

  async function saved(response, status) {
    $("save-status").textContent = response.ok ? "Saved." : "The server refused this session.";
    if (!response.ok) return;
    /* The server knows what this session changed (a safety check due, say): its words win. */
    const stored = await response.json().catch(() => null);
    if (stored && stored.what_comes_next) summarise(status, stored.what_comes_next);
  }

  function saveProgress() {
    sessionStorage.setItem("scapula-current", JSON.stringify(payload(SESSION.partial)));
  }

  /* ---------- keys: Space pause, S skip, B back, H it hurts; Tab reaches every button ---------- */
  function onKey(event) {
    if (state.stage !== "stage-run" || event.ctrlKey || event.metaKey || event.altKey) return;
    const onControl = event.target.closest && event.target.closest("button, a, input, summary, select, textarea");
    const key = event.key.toLowerCase();
    if (key === " " && !onControl) {
      event.preventDefault();
      togglePause();
    } else if (key === "s") {
      skipExercise();
    } else if (key === "b") {
      back();
    } else if (key === "h") {
      event.preventDefault();
      stopItHurts();
    }
  }

  /* ---------- start ---------- */
  /* The pain buttons come disabled in the page, so a tap before this script runs is not lost. */
  for (const button of root.querySelectorAll(".pain")) button.disabled = false;
  root.dataset.ready = "true";
  $("speech").checked = localStorage.getItem("scapula-speech") === "true";
  askPain("stage-before", (pain) => {
    state.painBefore = pain;
    $("start").disabled = false;
  }, { focus: false });
  $("start").addEventListener("click", () => {
    state.startedAt = new Date().toISOString();
    fullScreen(true);
    keepAwake();
    continueAt(0);
  });
  $("pause").addEventListener("click", togglePause);
  $("skip").addEventListener("click", skipExercise);
  $("back").addEventListener("click", back);
  $("hurt").addEventListener("click", stopItHurts);
  document.addEventListener("keydown", onKey);
  document.addEventListener("visibilitychange", () => {
    /* The browser drops the wake lock when the page is hidden: take it again on return. */
    if (document.visibilityState === "visible" && state.startedAt && !state.finished) {
      keepAwake();
      tick();
    }
  });
  window.addEventListener("pagehide", () => {
    /* Closing the tab mid-session keeps what was done, marked partial. */
    if (state.startedAt && !state.finished) queue(payload(SESSION.partial));
  });
  window.addEventListener("online", flush);
  adoptOldOutbox();
  /* Every animation frame while visible; a slower interval keeps time in the background. */
  const frame = () => { tick(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  setInterval(tick, 250);
  flush();
  if ("serviceWorker" in navigator) {
    /* Caches this page, today's routine and its files, so the next session works offline. */
    navigator.serviceWorker.register("/sw.js").catch(() => {});
  }
})();
