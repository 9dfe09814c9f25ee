// The summary's print button: the browser's own dialog also saves as PDF.
"use strict";
document.querySelector("[data-print]")?.addEventListener("click", () => window.print());
