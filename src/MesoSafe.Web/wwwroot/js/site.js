// A rejected form (GOV.UK pattern): list the problems in the order of the fields on the page,
// then move focus to the error summary so it is read first. Without JavaScript the summary is
// still first in <main>, in the server's order.
(() => {
  const summary = document.querySelector("[data-error-summary]");
  if (!summary) return;
  const list = summary.querySelector("ul");
  const target = li => document.getElementById(decodeURIComponent(li.querySelector("a")?.getAttribute("href")?.slice(1) ?? ""));
  const items = [...list.children];
  items.sort((a, b) => {
    const ta = target(a), tb = target(b);
    if (!ta || !tb) return (ta ? 1 : 0) - (tb ? 1 : 0);
    return ta.compareDocumentPosition(tb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  items.forEach(li => list.appendChild(li));
  // A form posted from a page opened at "#main" (the skip link) comes back with that fragment,
  // which the browser would focus after load: drop it, and focus the summary again once loaded.
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  summary.focus();
  window.addEventListener("load", () => {
    if (!summary.contains(document.activeElement)) summary.focus();
  });
})();

// Print buttons: a handler here, not an onclick attribute, which the Content-Security-Policy refuses (ADR 0410).
document.querySelectorAll("[data-print]").forEach(button => button.addEventListener("click", () => window.print()));
