/* Routeboek: small enhancements for every page. Works from file://, stores nothing. */
(function () {
  'use strict';

  // Navigation: a <details> element. Open it on wide screens (sidebar), leave it to the user on
  // narrow screens. Without JavaScript it is a normal collapsible list.
  var details = document.querySelector('.site-nav-details');
  if (details && window.matchMedia) {
    var wide = window.matchMedia('(min-width: 64em)');
    var userChoice = null;
    details.addEventListener('toggle', function () {
      if (!wide.matches) { userChoice = details.open; }
    });
    var apply = function () {
      if (wide.matches) {
        details.open = true;
      } else {
        details.open = userChoice === true;
      }
    };
    apply();
    if (wide.addEventListener) {
      wide.addEventListener('change', apply);
    } else if (wide.addListener) {
      wide.addListener(apply);
    }
  }

  // Print buttons (hidden without JavaScript: the browser's own print command works then).
  var printButtons = document.querySelectorAll('.js-print');
  for (var i = 0; i < printButtons.length; i++) {
    printButtons[i].hidden = false;
    printButtons[i].addEventListener('click', function () { window.print(); });
  }
}());
