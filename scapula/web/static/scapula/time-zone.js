// "Your account": pre-select the browser's own time zone while the person has not chosen one.
(function () {
  "use strict";
  var select = document.querySelector("select[data-detect-zone]");
  if (!select) return;
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (error) {
    return;
  }
  if (!zone) return;
  for (var i = 0; i < select.options.length; i += 1) {
    if (select.options[i].value === zone) {
      select.value = zone;
      return;
    }
  }
})();
