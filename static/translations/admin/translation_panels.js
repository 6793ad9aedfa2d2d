// wagtail-modeltranslation's language toggle files a panel under a language when any label inside it names one
// ("Note [ru]"), so a panel holding other fields (an inline panel and its forms, a group with an image) vanished
// with one language's fields; and on a form that loaded without translated fields (a follow-up record with no
// notes yet) no toggle exists, so a newly added note's fields could never be shown. Here only a field whose own
// label names a language is ever hidden, and nothing is hidden when there is no toggle to show it again.
(function () {
  "use strict";
  var LANGUAGE_LABEL = /\s\[[a-z]{2,3}(-[a-z]+)?\]/;
  var HIDDEN = "l10n-hidden";

  function ownLabel(element) {
    var label = element.querySelector(
      ":scope > label.w-field__label, :scope > .w-panel__header [data-panel-heading]"
    );
    return label ? label.textContent : "";
  }

  function mayHide(element) {
    return Boolean(document.querySelector(".locale-picker")) && LANGUAGE_LABEL.test(ownLabel(element));
  }

  function reveal(mutations) {
    mutations.forEach(function (mutation) {
      var element = mutation.target;
      if (element.classList && element.classList.contains(HIDDEN) && !mayHide(element)) {
        element.classList.remove(HIDDEN);
      }
    });
  }

  new MutationObserver(reveal).observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ["class"],
  });
})();
