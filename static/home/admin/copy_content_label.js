// wagtail-modeltranslation writes "Copy content from" into each StreamField's header in English, from its own
// script; this puts the admin language's words there instead (passed in data-label by home/wagtail_hooks.py).
(function () {
  var label = document.currentScript && document.currentScript.getAttribute("data-label");
  if (!label) return;
  function relabel() {
    document.querySelectorAll(".translation-field-copy-wrapper").forEach(function (wrapper) {
      var first = wrapper.firstChild;
      if (first && first.nodeType === Node.TEXT_NODE && first.textContent.indexOf("Copy content from") === 0) {
        first.textContent = label + ": ";
      }
    });
  }
  // The package fills the headers when jQuery reports the document ready; run after it.
  window.addEventListener("load", relabel);
  document.addEventListener("DOMContentLoaded", function () {
    window.setTimeout(relabel, 0);
  });
})();
