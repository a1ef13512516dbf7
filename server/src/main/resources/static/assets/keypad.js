// Small enhancements for the console; every page works without them. Loaded as a file because
// the content security policy allows no inline script.
"use strict";

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) {
    return;
  }
  const source = document.getElementById(button.dataset.copy);
  navigator.clipboard.writeText(source.textContent.trim()).then(
    () => { button.textContent = "Copied"; },
    () => { button.textContent = "Select and copy it by hand"; });
});

// Forms with data-confirm ask before they go: lock, disable, remove.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Mark the navigation link of the section this page belongs to.
document.addEventListener("DOMContentLoaded", () => {
  const path = window.location.pathname;
  let best = null;
  document.querySelectorAll(".bar nav a").forEach((link) => {
    const target = new URL(link.href).pathname;
    if ((path === target || path.startsWith(target + "/")) && (!best || target.length > new URL(best.href).pathname.length)) {
      best = link;
    }
  });
  if (best) {
    best.setAttribute("aria-current", "page");
  }
});
