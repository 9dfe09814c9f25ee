// The join form sends the browser's time zone, so "today" is the person's own day.
"use strict";
(() => {
  const field = document.querySelector("input[name=time_zone]");
  if (!field || field.value) return;
  try {
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    // An old browser: the server's zone is used, and it can be changed later.
  }
})();
