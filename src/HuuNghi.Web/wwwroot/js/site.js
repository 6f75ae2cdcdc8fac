// Small progressive enhancements only: every page works without JavaScript.
document.addEventListener("change", (e) => {
  const el = e.target;
  if (el instanceof HTMLElement && el.dataset.autosubmit !== undefined && el.form) el.form.requestSubmit();
});
