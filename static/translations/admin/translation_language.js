// Opens the editor with the language named in ?translation= shown next to English. Runs before
// wagtail-modeltranslation's language picker reads its remembered choice from localStorage.
(function () {
  var language = new URLSearchParams(window.location.search).get("translation");
  if (!language || !/^[a-z]{2,3}(-[a-z]+)?$/.test(language)) return;
  var shown = {};
  shown[language] = true;
  var source = document.documentElement.getAttribute("data-translation-source") || "en";
  shown[source] = true;
  try {
    window.localStorage.setItem("initially_loaded_locale", JSON.stringify(shown));
  } catch (error) {
    // Private browsing without storage: the picker falls back to its default.
  }
})();
