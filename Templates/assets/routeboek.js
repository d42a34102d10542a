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

  // The whole tree (stroomschema page) is shrunk to the column as an overview. A button shows it at
  // full size (a width attribute, no inline style); the image then scrolls sideways, also with the
  // keyboard, starting at the first question.
  var charts = document.querySelectorAll('.stroomschema .flowchart-image');
  for (var c = 0; c < charts.length; c++) {
    setUpZoom(charts[c]);
  }

  function setUpZoom(chart) {
    var svg = chart.querySelector('svg');
    var box = svg && svg.viewBox && svg.viewBox.baseVal;
    if (!box || !box.width || svg.hasAttribute('width') || chart.clientWidth >= box.width * 0.9) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--secondary no-print';
    button.setAttribute('aria-pressed', 'false');
    button.textContent = 'Toon het schema op ware grootte';
    chart.parentNode.insertBefore(button, chart);
    button.addEventListener('click', function () {
      var big = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', big ? 'true' : 'false');
      button.textContent = big ? 'Toon het hele schema passend' : 'Toon het schema op ware grootte';
      if (big) {
        svg.setAttribute('width', String(Math.round(box.width)));
        svg.setAttribute('height', String(Math.round(box.height)));
        chart.setAttribute('tabindex', '0');
        chart.setAttribute('role', 'region');
        chart.setAttribute('aria-label', 'Stroomschema als afbeelding, schuift opzij. De tekstversie staat eronder.');
        var first = svg.querySelector('g.node');
        if (first) {
          var r = first.getBoundingClientRect();
          var outer = chart.getBoundingClientRect();
          chart.scrollLeft = Math.max(0, chart.scrollLeft + r.left - outer.left - (outer.width - r.width) / 2);
        }
      } else {
        svg.removeAttribute('width');
        svg.removeAttribute('height');
        chart.removeAttribute('tabindex');
        chart.removeAttribute('role');
        chart.removeAttribute('aria-label');
      }
    });
  }

  // A printed result says where it came from: the page's own address.
  var addresses = document.querySelectorAll('[data-adres]');
  for (var a = 0; a < addresses.length; a++) {
    addresses[a].textContent = window.location.href;
  }

  // Print buttons (hidden without JavaScript: the browser's own print command works then).
  var printButtons = document.querySelectorAll('.js-print');
  for (var i = 0; i < printButtons.length; i++) {
    printButtons[i].hidden = false;
    printButtons[i].addEventListener('click', function () { window.print(); });
  }
}());
