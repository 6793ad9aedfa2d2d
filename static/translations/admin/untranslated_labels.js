// A few admin labels reach the page in English whatever the admin language: Wagtail 8.0.1's templates write the
// header's aria-label "Actions" and its screen-reader "Search" button literally, and wagtail-modeltranslation's
// script writes "Copy content from". home/wagtail_hooks.py passes the admin language's words in data attributes.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var labels = script.dataset;
  function relabel() {
    document.querySelectorAll("nav#w-slim-header-buttons[aria-label='Actions']").forEach(function (nav) {
      nav.setAttribute("aria-label", labels.actions);
    });
    document.querySelectorAll(".w-sr-only input[type=submit][value='Search']").forEach(function (button) {
      button.value = labels.search;
    });
    document.querySelectorAll(".translation-field-copy-wrapper").forEach(function (wrapper) {
      var first = wrapper.firstChild;
      if (first && first.nodeType === Node.TEXT_NODE && first.textContent.indexOf("Copy content from") === 0) {
        first.textContent = labels.copyContent + ": ";
      }
    });
  }
  // wagtail-modeltranslation fills the StreamField headers when jQuery reports the document ready: run after it.
  document.addEventListener("DOMContentLoaded", function () {
    window.setTimeout(relabel, 0);
  });
  window.addEventListener("load", relabel);
})();
