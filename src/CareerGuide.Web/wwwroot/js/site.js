// Progressive enhancement only: every page works without this file.
// "Copy link" buttons next to section permalinks copy the section's absolute URL and say so.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) return;
  document.querySelectorAll("a[data-copy-link]").forEach(function (link) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copy link";
    button.setAttribute("aria-label", "Copy link to " + (link.getAttribute("data-copy-link") || "this page"));
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(link.href).then(function () {
        status.textContent = "Link copied";
      }, function () {
        status.textContent = "Copy failed: use the link instead";
      });
      window.setTimeout(function () { status.textContent = ""; }, 4000);
    });
    link.insertAdjacentElement("afterend", status);
    link.insertAdjacentElement("afterend", button);
  });
})();
