/**
 * The style sheet and script of the `inspect --html` page, inlined in it (the
 * page loads nothing) and allowed by their hashes in its Content-Security-Policy.
 */

/** Background colour of each reason category's phrases. */
export const REASON_COLOURS: Readonly<Record<string, string>> = {
  "accounting-review": "#b9e3ff",
  auditor: "#ffc9a3",
  restatement: "#ffadad",
  "internal-control": "#d7c4ff",
  transaction: "#a8f0c6",
  "financing-distress": "#f9b8e6",
  management: "#c9e89a",
  investigation: "#ffd27a",
  systems: "#a6e7e3",
  "external-event": "#d8d0b8",
  "no-reason": "#dddddd",
};

/** The page's style sheet. */
export const PAGE_STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; font-size: 14px; }
* { box-sizing: border-box; }
body { margin: 0; display: grid; grid-template-rows: auto 1fr; height: 100vh; }
body > header { padding: 8px 16px; border-bottom: 1px solid #ccc; background: #f6f6f6; }
body > header h1 { font-size: 16px; margin: 0 0 2px; }
body > header p { margin: 0; color: #555; overflow-wrap: anywhere; }
main { display: grid; grid-template-columns: minmax(300px, 400px) 1fr; min-height: 0; }
#panel { overflow: auto; border-right: 1px solid #ccc; padding: 8px 12px 40px; }
#panel h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #444; margin: 16px 0 4px; }
#panel ul { list-style: none; margin: 0; padding: 0; }
#panel li { margin: 0 0 4px; }
#panel button { font: inherit; text-align: left; width: 100%; border: 1px solid transparent; border-radius: 4px; background: none; padding: 3px 6px; cursor: pointer; }
#panel button:hover, #panel button:focus-visible { border-color: #888; background: #fffbe0; }
#panel button.picked { border-color: #c60; background: #fff1c2; }
#panel .none { display: block; padding: 3px 6px; color: #888; }
.name { display: block; font-size: 12px; color: #666; font-family: ui-monospace, monospace; }
.val { display: block; overflow-wrap: anywhere; white-space: pre-wrap; }
.at { font-size: 12px; color: #666; font-family: ui-monospace, monospace; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -1px; margin-right: 4px; border: 1px solid #0003; }
.rule { font-family: ui-monospace, monospace; color: #a00; }
#text { overflow: auto; padding: 8px 16px 50vh; }
#text h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #444; margin: 16px 0 4px; }
#text pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: 8px; background: #fcfcfc; border: 1px solid #eee; }
.hl { border-radius: 2px; cursor: pointer; }
.hl.v { background: #fff27a; }
.hl.aside { background-image: repeating-linear-gradient(135deg, #0000 0 4px, #0002 4px 6px); }
.hl.w { text-decoration: underline wavy #d00; text-decoration-skip-ink: none; }
.hl.w:not(.v):not(.r) { background: #ffe0e0; }
.hl.on { outline: 2px solid #c60; outline-offset: 1px; }
.hl.flash { animation: flash 1.2s ease-out 1; }
@keyframes flash { 0% { box-shadow: 0 0 0 6px #ff8c00; } 100% { box-shadow: 0 0 0 0 #ff8c0000; } }
`;

/**
 * The page's script: a click on a value in the panel scrolls its highlight
 * into view, marks it and flashes it; a click on a highlight picks its entry
 * in the panel.
 */
export const PAGE_SCRIPT = `
"use strict";
(function () {
  var current = [];
  function marks(id) { return Array.prototype.slice.call(document.querySelectorAll('#text [data-m~="' + id + '"]')); }
  function pick(entry) {
    var old = document.querySelectorAll("#panel .picked");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("picked");
    if (entry) entry.classList.add("picked");
  }
  function show(id) {
    var found = marks(id);
    if (found.length === 0) return false;
    current.forEach(function (el) { el.classList.remove("on", "flash"); });
    found.forEach(function (el) { el.classList.remove("flash"); void el.offsetWidth; el.classList.add("on", "flash"); });
    found[0].scrollIntoView({ block: "center", inline: "nearest" });
    current = found;
    return true;
  }
  document.getElementById("panel").addEventListener("click", function (event) {
    var entry = event.target.closest("[data-target]");
    if (!entry) return;
    pick(entry);
    show(entry.getAttribute("data-target"));
  });
  document.getElementById("text").addEventListener("click", function (event) {
    var mark = event.target.closest("[data-m]");
    if (!mark) return;
    var ids = mark.getAttribute("data-m").split(" ");
    for (var i = 0; i < ids.length; i++) {
      var entry = document.querySelector('#panel [data-target="' + ids[i] + '"]');
      if (entry) { pick(entry); show(ids[i]); entry.scrollIntoView({ block: "nearest" }); return; }
    }
  });
})();
`;
