// The "Copy the link" button beside a new invitation link (a plain text field without it).
"use strict";
(() => {
  const button = document.querySelector("[data-copy]");
  if (!button) return;
  const field = document.getElementById(button.dataset.copy);
  const status = document.getElementById("copy-status");
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      if (status) status.textContent = "Copied.";
    } catch (error) {
      field.select();
      if (status) status.textContent = "Selected: press Ctrl+C or Cmd+C to copy.";
    }
  });
})();
