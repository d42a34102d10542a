/* Routeboek: the search page (zoeken.html). Matching and ranking are in zoeken-motor.js; this file
   reads the form, shows the results and keeps the query in the address (?q=), so a search can be
   bookmarked and the Back button works. A hit on the beslisboom opens the tool at that question or
   result. Nothing is stored or sent. */
(function () {
  'use strict';

  var engine = window.ROUTEBOEK_ZOEKEN;
  var index = window.ROUTEBOEK_ZOEKINDEX;
  var form = document.getElementById('zoekformulier');
  var input = document.getElementById('zoek-q');
  var app = document.getElementById('zoeken-app');
  var status = document.getElementById('zoek-status');
  var list = document.getElementById('zoek-resultaten');
  if (!engine || !index || !index.docs || !form || !input || !app || !status || !list) { return; }

  var root = app.getAttribute('data-root') || '';
  var MAX_RESULTS = 30;
  var SNIPPET = 200;
  var prepared = null;

  // ---------- text with the matched words marked ----------
  function appendMarked(container, text, set) {
    var at = 0;
    engine.matchedRanges(text, set).forEach(function (r) {
      if (r[0] < at) { return; }
      if (r[0] > at) { container.appendChild(document.createTextNode(text.slice(at, r[0]))); }
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      container.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) { container.appendChild(document.createTextNode(text.slice(at))); }
    return container;
  }

  function hasMatch(text, set) {
    return !!text && engine.matchedRanges(text, set).length > 0;
  }

  // About SNIPPET characters around the first match, cut at spaces.
  function snippet(text, set) {
    if (text.length <= SNIPPET) { return text; }
    var ranges = engine.matchedRanges(text, set);
    var first = ranges.length ? ranges[0][0] : 0;
    var start = Math.max(0, first - 60);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      if (space > -1 && space < first) { start = space + 1; }
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var lastSpace = text.lastIndexOf(' ', end);
      if (lastSpace > start + 40) { end = lastSpace; }
    }
    return (start > 0 ? '\u2026 ' : '') + text.slice(start, end) + (end < text.length ? ' \u2026' : '');
  }

  // The text the result shows: the best part when it holds a match, else the summary, else the best part.
  function snippetSource(doc, part, set) {
    var parts = doc.h || [];
    var best = part >= 0 ? parts[part] : null;
    if (best && hasMatch(best.x, set)) { return best.x; }
    if (hasMatch(doc.d, set)) { return doc.d; }
    for (var i = 0; i < parts.length; i++) {
      if (hasMatch(parts[i].x, set)) { return parts[i].x; }
    }
    return doc.d || (best && best.x) || '';
  }

  // ---------- rendering ----------
  function renderResult(result, set) {
    var doc = result.doc;
    var parts = doc.h || [];
    // A page found by a part of it links to that part's heading; the title alone links to the page.
    var part = doc.k === 'p' && result.part >= 0 ? parts[result.part] : null;
    var anchor = part && part.a && !result.inTitle ? '#' + part.a : '';
    var link = document.createElement('a');
    link.href = root + doc.u + anchor;
    appendMarked(link, doc.t || doc.u, set);
    if (anchor && part.t) {
      var sub = document.createElement('span');
      sub.className = 'zoek-resultaat-kop';
      sub.appendChild(document.createTextNode(' \u203a '));
      appendMarked(sub, part.t, set);
      link.appendChild(sub);
    }
    var title = document.createElement('h2');
    title.className = 'zoek-resultaat-titel';
    title.appendChild(link);

    var item = document.createElement('li');
    item.className = 'zoek-resultaat zoek-soort-' + (doc.k || 'p');
    item.appendChild(title);
    if (doc.s) {
      var label = document.createElement('p');
      label.className = 'zoek-resultaat-sectie';
      label.textContent = doc.s;
      item.appendChild(label);
    }
    if (result.partial && result.missing.length) {
      var missing = document.createElement('p');
      missing.className = 'zoek-resultaat-zonder';
      missing.textContent = 'Zonder ' + result.missing.map(quoted).join(', ');
      item.appendChild(missing);
    }
    var source = snippetSource(doc, result.part, set);
    if (source) {
      var text = document.createElement('p');
      text.className = 'zoek-resultaat-tekst';
      appendMarked(text, snippet(source, set), set);
      item.appendChild(text);
    }
    return item;
  }

  function quoted(text) { return '\u2018' + text + '\u2019'; }

  // 'a', 'a en b', 'a, b en c'
  function listed(items) {
    var q = items.map(quoted);
    return q.length > 1 ? q.slice(0, -1).join(', ') + ' en ' + q[q.length - 1] : q.join('');
  }

  // What was searched besides or instead of the typed words, in one sentence or two: a typing error
  // read as an index word ('Gezocht op ‘thuiszitter’: ‘thuisziter’ staat niet in het routeboek.'),
  // and the terms zoekwoorden lead to ('Ook gezocht op ‘ongeoorloofd verzuim’.').
  function searchedText(found) {
    var text = '';
    var fixes = found.corrections || [];
    if (fixes.length) {
      text += ' Gezocht op ' + listed(fixes.map(function (c) { return c.to; })) + ': ' +
        listed(fixes.map(function (c) { return c.from; })) +
        (fixes.length === 1 ? ' staat' : ' staan') + ' niet in het routeboek.';
    }
    if (found.synonyms.length) {
      // Two words of the query may lead to the same term ('ziek melden', 'ziekmelding'): name it once.
      var terms = [];
      found.synonyms.forEach(function (s) {
        var term = s.term.toLowerCase();
        if (terms.indexOf(term) < 0) { terms.push(term); }
      });
      text += ' Ook gezocht op ' + listed(terms) + '.';
    }
    return text;
  }

  function statusText(query, found) {
    var n = found.results.length;
    var shown = quoted(query.trim());
    if (n === 0) {
      // No query word matched anything, not even as a typing error: the routeboek does not use it.
      // The sentence below the results (.zoek-meer) points to the beslisboom and the list of pages.
      return 'Geen resultaten voor ' + shown + ': ' + (found.words.length === 1 ? 'dat woord staat' : 'die woorden staan') +
        ' niet in het routeboek. Hieronder staat waar je verder kunt kijken.';
    }
    var text = (n === 1 ? '1 resultaat' : n + ' resultaten') + ' voor ' + shown + '.';
    text += searchedText(found);
    if (found.partial) {
      text += ' Geen resultaat bevat alle woorden; dit zijn resultaten met een deel ervan.';
    }
    if (n > MAX_RESULTS) { text += ' De eerste ' + MAX_RESULTS + ' staan hieronder.'; }
    return text;
  }

  function renderResults(query) {
    if (!prepared) { prepared = engine.prepare(index); }
    var found = engine.search(prepared, query);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!found.words.length) {
      status.textContent = '';
      list.hidden = true;
      return;
    }
    var set = engine.matchedWords(found);
    found.results.slice(0, MAX_RESULTS).forEach(function (r) { list.appendChild(renderResult(r, set)); });
    status.textContent = statusText(query, found);
    list.hidden = found.results.length === 0;
  }

  // ---------- the query in the address ----------
  function updateAddress(query) {
    try {
      var url = window.location.pathname + (query ? '?q=' + encodeURIComponent(query) : '');
      window.history.replaceState(null, '', url);
    } catch (e) {
      // not allowed for this page (some browsers, file://): the results still show
    }
  }

  function queryFromAddress() {
    var match = /[?&]q=([^&]*)/.exec(window.location.search || '');
    if (!match) { return ''; }
    try {
      return decodeURIComponent(match[1].replace(/\+/g, ' '));
    } catch (e) {
      return match[1];
    }
  }

  var timer = null;
  var lastQuery = null;
  function run(query, immediate) {
    if (timer) { window.clearTimeout(timer); timer = null; }
    var go = function () {
      if (query === lastQuery) { return; }
      lastQuery = query;
      renderResults(query);
      updateAddress(query.trim());
    };
    if (immediate) { go(); } else { timer = window.setTimeout(go, 200); }
  }

  input.addEventListener('input', function () { run(input.value, false); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    lastQuery = null;
    run(input.value, true);
  });

  var noScript = document.getElementById('zoek-zonder-js');
  if (noScript) { noScript.hidden = true; }
  app.hidden = false;

  var initial = queryFromAddress();
  if (initial) {
    input.value = initial;
    run(initial, true);
  }
}());
