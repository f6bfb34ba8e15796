// A rejected form: move focus to the error summary so it is read first (GOV.UK pattern).
(() => {
  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
