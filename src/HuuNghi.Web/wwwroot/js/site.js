// Small progressive enhancements only: every page works without JavaScript.
document.addEventListener("change", (e) => {
  const el = e.target;
  if (el instanceof HTMLElement && el.dataset.autosubmit !== undefined && el.form) el.form.requestSubmit();
});

// A destructive button asks first (data-confirm holds the question): no inline handlers, so the
// Content-Security-Policy can forbid inline script.
document.addEventListener("click", (e) => {
  const button = e.target instanceof Element ? e.target.closest("[data-confirm]") : null;
  if (button instanceof HTMLElement && !window.confirm(button.dataset.confirm ?? "")) e.preventDefault();
});
