/* scapula session player: times today's steps in the browser, speaks cues, keeps the screen
   awake, records pain, and saves the session exactly once (queued while offline). */
"use strict";

(() => {
  const root = document.getElementById("player");
  const data = JSON.parse(document.getElementById("session-data").textContent);
  const steps = data.steps;
  const OUTBOX = "scapula-outbox";
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
  };
  let wakeLock = null;
  let onPain = null;

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID().replaceAll("-", "");
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  /* ---------- stages ---------- */
  function show(stage) {
    for (const section of root.querySelectorAll(".stage")) section.hidden = section.id !== stage;
    const heading = $(stage).querySelector("h1, h2, #now");
    if (heading) heading.setAttribute("tabindex", "-1");
    if (heading && stage !== "stage-run") heading.focus();
  }

  function askPain(stage, callback) {
    for (const button of $(stage).querySelectorAll(".pain")) button.setAttribute("aria-pressed", "false");
    onPain = callback;
    show(stage);
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
  function stepMillis(step) {
    return step.seconds * 1000;
  }

  function startStep(index, from) {
    /* Chained end times: a step that was noticed a few ms late does not make the next late. */
    state.index = index;
    state.endsAt = (from === undefined ? performance.now() : from) + stepMillis(steps[index]);
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

  const EFFORT_KINDS = ["rep", "hold"];

  function tick() {
    if (!state.running || state.paused) return;
    state.remaining = state.endsAt - performance.now();
    if (state.remaining <= 0) {
      advance();
    } else {
      $("countdown").textContent = String(Math.ceil(state.remaining / 1000));
    }
  }

  function advance(skipped) {
    const current = steps[state.index];
    const next = state.index + 1;
    if (!skipped) result(current.exercise).steps_done += 1;
    if (next >= steps.length || steps[next].exercise !== current.exercise) {
      finishExercise(current.exercise, next);
    } else {
      startStep(next, state.endsAt);
    }
  }

  function finishExercise(exerciseId, nextIndex) {
    state.running = false;
    const item = result(exerciseId);
    if (item.status === "not_started") item.status = "done";
    $("peak-name").textContent = exerciseName(exerciseId);
    askPain("stage-peak", (pain) => {
      item.peak_pain = pain;
      continueAt(nextIndex);
    });
  }

  function continueAt(index) {
    saveProgress();
    if (index >= steps.length) {
      endSession("completed");
      return;
    }
    show("stage-run");
    state.running = true;
    state.paused = false;
    $("pause").textContent = "Pause";
    startStep(index);
  }

  /* ---------- display and cues ---------- */
  function exerciseName(id) {
    const item = data.exercises.find((exercise) => exercise.id === id);
    return item ? item.name : id;
  }

  function render() {
    const step = steps[state.index];
    $("exercise-name").textContent = exerciseName(step.exercise);
    $("progress-label").textContent = `step ${state.index + 1} of ${steps.length}`;
    $("progress").value = state.index + 1;
    $("now").textContent = step.cue;
    $("countdown").textContent = String(step.seconds);
    const next = steps[state.index + 1];
    $("next").textContent = next ? `${next.kind.replace("_", " ")}, ${next.seconds} s` : "the end";
    $("side").hidden = !step.side;
    $("side").textContent = step.side ? `${step.side} side` : "";
    for (const figure of root.querySelectorAll(".player-figure")) {
      figure.hidden = figure.dataset.exercise !== step.exercise;
      figure.classList.toggle("mirrored", step.side === "right");
    }
  }

  function announce(step) {
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

  async function keepAwake() {
    try {
      if ("wakeLock" in navigator && document.visibilityState === "visible") {
        wakeLock = await navigator.wakeLock.request("screen");
      }
    } catch (error) {
      wakeLock = null; /* not allowed here: the session still runs */
    }
  }

  /* ---------- controls ---------- */
  function result(exerciseId) {
    if (!state.results[exerciseId]) {
      state.results[exerciseId] = { exercise: exerciseId, status: "not_started", peak_pain: null, stop_reason: "", steps_done: 0 };
    }
    return state.results[exerciseId];
  }

  function togglePause() {
    if (!state.running) return;
    if (state.paused) {
      state.endsAt = performance.now() + state.remaining;
      state.paused = false;
      scheduleEnd();
      $("pause").textContent = "Pause";
      $("now").textContent = steps[state.index].cue;
    } else {
      state.remaining = state.endsAt - performance.now();
      state.paused = true;
      $("pause").textContent = "Resume";
      $("now").textContent = "Paused. " + steps[state.index].cue;
    }
  }

  function firstStepOfNextExercise(index) {
    const current = steps[index].exercise;
    let next = index;
    while (next < steps.length && steps[next].exercise === current) next += 1;
    return next;
  }

  function stopItHurts() {
    if (!state.running) return;
    state.running = false;
    const step = steps[state.index];
    const item = result(step.exercise);
    const info = data.exercises.find((exercise) => exercise.id === step.exercise);
    $("easier").hidden = !(info && info.easier);
    $("easier").textContent = info && info.easier ? `An easier way next time: ${info.easier}` : "";
    let pain = null;
    askPain("stage-hurt", (value) => { pain = value; });
    const close = (endAll) => {
      const checked = root.querySelector("input[name=reason]:checked");
      item.status = "stopped";
      item.peak_pain = pain;
      item.stop_reason = checked.value;
      /* Which answers are warning signs comes from the server (the core's stop reasons). */
      if (endAll || checked.hasAttribute("data-warning-sign")) {
        endSession("stopped");
      } else {
        continueAt(firstStepOfNextExercise(state.index));
      }
    };
    $("hurt-next").onclick = () => close(false);
    $("hurt-end").onclick = () => close(true);
  }

  root.addEventListener("change", (event) => {
    if (event.target.name === "reason") {
      const serious = event.target.hasAttribute("data-warning-sign");
      $("hurt-help").hidden = !serious;
      $("hurt-next").hidden = serious;
    }
    if (event.target.id === "speech") localStorage.setItem("scapula-speech", String(event.target.checked));
  });

  /* ---------- the end, and saving exactly once ---------- */
  function payload(status) {
    const exercises = data.exercises.map((exercise) => result(exercise.id));
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
    askPain("stage-after", (pain) => {
      state.painAfter = pain;
      state.finished = true;
      if (wakeLock) wakeLock.release();
      queue(payload(status));
      summarise(status);
      show("stage-summary");
      flush();
    });
  }

  function summarise(status) {
    const list = $("summary-list");
    list.replaceChildren();
    const lines = [`Pain before: ${state.painBefore}, after: ${state.painAfter}.`];
    for (const exercise of data.exercises) {
      const item = result(exercise.id);
      const peak = item.peak_pain === null ? "" : `, peak pain ${item.peak_pain}`;
      lines.push(`${exercise.name}: ${item.status.replace("_", " ")}${peak}`);
    }
    if (status === "stopped") lines.push("You stopped the session. Rest, and try the easier version next time.");
    for (const line of lines) {
      const entry = document.createElement("li");
      entry.textContent = line;
      list.append(entry);
    }
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
      if (item.key === state.key) {
        $("save-status").textContent = response.ok ? "Saved." : "The server refused this session.";
      }
    }
  }

  function saveProgress() {
    sessionStorage.setItem("scapula-current", JSON.stringify(payload("partial")));
  }

  /* ---------- start ---------- */
  /* The pain buttons come disabled in the page, so a tap before this script runs is not lost. */
  for (const button of root.querySelectorAll(".pain")) button.disabled = false;
  root.dataset.ready = "true";
  $("speech").checked = localStorage.getItem("scapula-speech") === "true";
  askPain("stage-before", (pain) => {
    state.painBefore = pain;
    $("start").disabled = false;
  });
  show("stage-before");
  $("start").addEventListener("click", () => {
    state.startedAt = new Date().toISOString();
    keepAwake();
    continueAt(0);
  });
  $("pause").addEventListener("click", togglePause);
  /* Skipping a rep or a hold means the exercise was not done at its dose, so it is recorded
     as skipped and never counts as a calm session (the same rule as the terminal player). */
  function skipStep() {
    if (!state.running || state.paused) return;
    const current = steps[state.index];
    if (EFFORT_KINDS.includes(current.kind)) result(current.exercise).status = "skipped";
    advance(true);
  }
  $("skip").addEventListener("click", skipStep);
  $("back").addEventListener("click", () => {
    if (state.running && state.index > 0 && steps[state.index - 1].exercise === steps[state.index].exercise) startStep(state.index - 1);
  });
  $("hurt").addEventListener("click", stopItHurts);
  document.addEventListener("keydown", (event) => {
    if (event.key === " " && state.running && event.target === document.body) {
      event.preventDefault();
      togglePause();
    }
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && state.running) {
      keepAwake();
      tick();
    }
  });
  window.addEventListener("pagehide", () => {
    /* Closing the tab mid-session keeps what was done, marked partial. */
    if (state.startedAt && !state.finished) queue(payload("partial"));
  });
  window.addEventListener("online", flush);
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
