// Progressive enhancement: re-screen the intake as it is filled in. Without JavaScript the
// form still screens on submit.
(() => {
  const form = document.getElementById("intake-form");
  const panel = document.getElementById("screening-result");
  if (!form || !panel || !window.fetch) return;
  let timer = 0;
  let latest = 0;
  const screen = async () => {
    const ticket = ++latest;
    try {
      const response = await fetch(form.dataset.screenUrl, { method: "POST", body: new FormData(form), headers: { "X-Requested-With": "fetch" } });
      if (!response.ok || ticket !== latest) return;
      panel.innerHTML = await response.text();
      panel.dataset.screened = String(ticket);
    } catch { /* the submit button still works */ }
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(screen, 350); };
  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
