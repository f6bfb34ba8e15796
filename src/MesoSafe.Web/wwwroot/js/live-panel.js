// Progressive enhancement: as a form changes, post it to its page handler
// (data-screen-url) and show the answer in #screening-result. Without JavaScript
// the form still does the same on submit.
// The panel is not a live region (rebuilding it on every key would make a screen
// reader read it all again); once typing has paused, the one-line summary the
// server put in [data-live-summary] is written to the small polite #screening-status.
(() => {
  const form = document.querySelector("form[data-screen-url]");
  const panel = document.getElementById("screening-result");
  const status = document.getElementById("screening-status");
  if (!form || !panel || !window.fetch) return;
  const fetchDelay = 300;
  const announceDelay = 1200;
  let fetchTimer = 0;
  let announceTimer = 0;
  let latest = 0;
  let announced = "";
  const announce = () => {
    const line = panel.querySelector("[data-live-summary]")?.dataset.liveSummary ?? "";
    if (!status || !line || line === announced) return;
    announced = line;
    status.textContent = line;
  };
  const refresh = async () => {
    const ticket = ++latest;
    try {
      const response = await fetch(form.dataset.screenUrl, { method: "POST", body: new FormData(form), headers: { "X-Requested-With": "fetch" } });
      if (!response.ok || ticket !== latest) return;
      panel.innerHTML = await response.text();
      clearTimeout(announceTimer);
      announceTimer = setTimeout(announce, announceDelay);
    } catch { /* the submit button still works */ }
  };
  const later = () => {
    clearTimeout(fetchTimer);
    clearTimeout(announceTimer);
    fetchTimer = setTimeout(refresh, fetchDelay);
  };
  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
