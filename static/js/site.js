/* Small enhancements; every page works without them. Loaded as a file: the CSP forbids inline scripts. */
(function () {
  "use strict";
  var menu = document.querySelector("[data-menu]");
  if (menu) {
    var button = menu.querySelector("summary");
    // Escape closes the open menu and gives focus back to its button.
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        button.focus();
      }
    });
    // A tap outside the open menu closes it, as visitors expect of a drop-down.
    document.addEventListener("click", function (event) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  }
})();
