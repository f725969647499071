/* The explainer's own script: small, no dependencies, works from file:// (the offline
   copy). Everything it does is an addition: without it, a citation's preview is its
   title (shown on hover) and the page reads the same. */
(function () {
  "use strict";

  /* Citation previews: the cited paragraph's text, which the generator puts in the
     link's title, in a box shown on hover, on keyboard focus and on a first tap (a
     second tap follows the link). Escape closes it; the pointer may move onto it. */
  function previews() {
    var links = document.querySelectorAll("a.explainer-cite[title]");
    if (!links.length) return;
    var box = document.createElement("div");
    box.className = "explainer-preview";
    box.id = "explainer-preview";
    box.setAttribute("role", "tooltip");
    box.hidden = true;
    var text = document.createElement("p");
    var hint = document.createElement("small");
    box.append(text, hint);
    document.body.append(box);
    var shown = null;
    var hideTimer = 0;

    function show(link, tapped) {
      clearTimeout(hideTimer);
      shown = link;
      text.textContent = link.getAttribute("data-explainer-preview");
      hint.textContent = tapped ? "Tap the number again to open the source." : "";
      hint.hidden = !tapped;
      box.hidden = false;
      var r = link.getBoundingClientRect();
      var width = box.offsetWidth;
      var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
      box.style.left = left + window.scrollX + "px";
      box.style.top = r.bottom + window.scrollY + 6 + "px";
    }
    function hide() {
      box.hidden = true;
      shown = null;
    }
    function hideSoon() {
      hideTimer = setTimeout(hide, 300);
    }

    var touch = false;
    links.forEach(function (link) {
      link.setAttribute("data-explainer-preview", link.title);
      link.setAttribute("aria-description", link.title);
      link.removeAttribute("title"); /* the box replaces the browser's own tooltip */
      link.addEventListener("pointerdown", function (e) { touch = e.pointerType !== "mouse"; });
      link.addEventListener("mouseenter", function () { if (!touch) show(link, false); });
      link.addEventListener("mouseleave", hideSoon);
      link.addEventListener("focus", function () { if (!touch) show(link, false); });
      link.addEventListener("blur", function () { if (!touch) hideSoon(); });
      link.addEventListener("click", function (e) {
        if (touch && shown !== link) {
          e.preventDefault();
          show(link, true);
        }
        touch = false;
      });
    });
    box.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    box.addEventListener("mouseleave", hideSoon);
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
    document.addEventListener("click", function (e) {
      if (shown && !box.contains(e.target) && e.target.closest("a.explainer-cite") !== shown) hide();
    });
  }

  /* On a narrow screen Material's navigation drawer is off the screen when closed, but
     its links could still take the keyboard's focus: make it inert until it opens. */
  function drawer() {
    var toggle = document.getElementById("__drawer");
    var nav = document.querySelector(".md-sidebar--primary");
    if (!toggle || !nav) return;
    var narrow = window.matchMedia("(max-width: 76.2344em)");
    function update() {
      nav.inert = narrow.matches && !toggle.checked;
    }
    toggle.addEventListener("change", update);
    narrow.addEventListener("change", update);
    update();
  }

  /* A table wider than a phone scrolls sideways in Material's wrapper: one with no link
     to focus is made focusable, so that a keyboard can scroll it too. */
  function scrollables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap, i) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth;
      if (wrap.querySelector("a[href], button, input") || scrolls === wrap.hasAttribute("tabindex")) return;
      if (scrolls) {
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", "Table " + (i + 1) + ", scrolls sideways");
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  /* Material searches when a key is released in its search box, not when text gets
     there otherwise: pasted with the mouse, dropped, or written by an input method
     (Arabic, Urdu), dictation or autofill. Each such change is told to it as a key. */
  function searchInput() {
    var box = document.querySelector("[data-md-component=search-query]");
    if (!box) return;
    box.addEventListener("input", function (e) {
      if (e.isComposing) return; // an input method's word: searched once it is written
      box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    });
  }

  previews();
  drawer();
  searchInput();
  window.addEventListener("load", scrollables);
  window.addEventListener("resize", scrollables);
})();
