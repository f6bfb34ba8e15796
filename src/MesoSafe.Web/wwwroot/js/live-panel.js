// Progressive enhancement: as a form changes, post it to its page handler
// (data-screen-url) and show the answer in #screening-result. Without JavaScript
// the form still does the same on submit.
(() => {
  const form = document.querySelector("form[data-screen-url]");
  const panel = document.getElementById("screening-result");
  if (!form || !panel || !window.fetch) return;
  let timer = 0;
  let latest = 0;
  const refresh = async () => {
    const ticket = ++latest;
    try {
      const response = await fetch(form.dataset.screenUrl, { method: "POST", body: new FormData(form), headers: { "X-Requested-With": "fetch" } });
      if (!response.ok || ticket !== latest) return;
      panel.innerHTML = await response.text();
    } catch { /* the submit button still works */ }
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(refresh, 300); };
  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
