// Progressive enhancement for the compare form: search-as-you-type. Without this file each field is a plain text
// field with the browser's own list of every career (a <datalist>), and the form works the same.
// Each field becomes an ARIA combobox: typing asks /search/suggest for matching careers (the site's search, so
// "RN" finds registered nurses), arrows move through them, Enter or a click puts the career's name in the field,
// Escape closes the list. A status line says how many careers match, for screen readers.
(function () {
  "use strict";
  var form = document.querySelector("form.compare-picker[data-suggest]");
  if (!form || !window.fetch) return;
  var address = form.getAttribute("data-suggest");

  form.querySelectorAll("input[name=careers]").forEach(function (input) {
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Careers matching what you typed");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", status);
    input.insertAdjacentElement("afterend", list);

    input.removeAttribute("list");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");

    var careers = [];
    var active = -1;
    var timer = 0;
    var asked = 0;

    // Closing also drops what is still to come: the typing pause's timer and any answer in flight, so an answer that
    // arrives after Escape, a choice or leaving the field does not open the list again.
    function close() {
      window.clearTimeout(timer);
      asked++;
      list.hidden = true;
      list.textContent = "";
      careers = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      var options = list.children;
      if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
      active = index;
      if (active >= 0 && options[active]) {
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
        options[active].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      if (!careers[index]) return;
      input.value = careers[index].title;
      status.textContent = careers[index].title + " chosen";
      close();
    }

    function show(found) {
      list.textContent = "";
      careers = found;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      found.forEach(function (career, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = career.title;
        // mousedown, not click: choosing must happen before the field loses focus and the list closes.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(option);
      });
      list.hidden = found.length === 0;
      input.setAttribute("aria-expanded", found.length > 0 ? "true" : "false");
      status.textContent = found.length === 0 ? "No career matches" : found.length + (found.length === 1 ? " career matches" : " careers match") + "; use the arrow keys to choose";
    }

    function ask() {
      var text = input.value.trim();
      var ticket = ++asked;
      if (text.length === 0) {
        close();
        status.textContent = "";
        return;
      }
      fetch(address + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          // Only the answer to the latest text counts; an older one arriving late is dropped.
          if (ticket === asked && document.activeElement === input) show(Array.isArray(found) ? found : []);
        })
        .catch(function () { if (ticket === asked) close(); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) {
          if (event.key === "ArrowDown" && input.value.trim().length > 0) ask();
          return;
        }
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + careers.length + (active < 0 && step < 0 ? 1 : 0)) % careers.length);
      } else if (event.key === "Enter" && !list.hidden && active >= 0) {
        event.preventDefault(); // choosing a career does not send the form; the next Enter does
        choose(active);
      } else if (event.key === "Escape") {
        if (!list.hidden) event.preventDefault(); // an open list takes the key; a closed one leaves it to the page
        close(); // either way nothing still on its way opens the list
      }
    });
    input.addEventListener("blur", close);
  });
})();
