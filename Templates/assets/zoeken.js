/* Routeboek: search on zoeken.html.
   The index is window.ROUTEBOEK_ZOEKINDEX (assets/zoekindex.js, loaded before this file):
   [{t: title, u: path from root, s: section, d: summary, h: [{t: heading, a: anchor, x: text}]}]
   Case and diacritics are folded (ë = e); every query word must match the start of a word
   somewhere on the page; pages rank by title, then headings, then text. Nothing is stored or sent. */
(function () {
  'use strict';

  var index = window.ROUTEBOEK_ZOEKINDEX;
  var form = document.getElementById('zoekformulier');
  var input = document.getElementById('zoek-q');
  var app = document.getElementById('zoeken-app');
  var status = document.getElementById('zoek-status');
  var list = document.getElementById('zoek-resultaten');
  if (!index || !index.length || !form || !input || !app || !status || !list) { return; }

  var root = app.getAttribute('data-root') || '';
  var MAX_RESULTS = 50;
  var SNIPPET = 200;

  // ---------- folding ----------
  var MARKS = /[\u0300-\u036f]/g;
  var SPECIAL = { '\u00df': 'ss', '\u00e6': 'ae', '\u0153': 'oe', '\u0131': 'i', '\u00f8': 'o', '\u0142': 'l', '\u0111': 'd' };

  function foldChar(ch) {
    var lower = ch.toLowerCase();
    if (SPECIAL[lower]) { return SPECIAL[lower]; }
    var out = lower.normalize ? lower.normalize('NFKD').replace(MARKS, '') : lower;
    return out.toLowerCase();
  }

  function fold(text) {
    var out = text.normalize ? text.normalize('NFKD').replace(MARKS, '').toLowerCase() : text.toLowerCase();
    return out.replace(/[\u00df\u00e6\u0153\u0131\u00f8\u0142\u0111]/g, function (c) { return SPECIAL[c]; });
  }

  // fold with a map from every folded character back to its index in the original text
  function foldWithMap(text) {
    var folded = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      var ch = text.charAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        ch = text.slice(i, i + 2); // keep surrogate pairs together
      }
      var f = foldChar(ch);
      for (var k = 0; k < f.length; k++) {
        folded += f.charAt(k);
        map.push(i);
      }
      i += ch.length - 1;
    }
    map.push(text.length);
    return { text: folded, map: map };
  }

  function isWordChar(c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  function words(query) {
    var seen = {};
    return fold(query).split(/[^a-z0-9]+/).filter(function (w) {
      if (!w || seen[w]) { return false; }
      seen[w] = true;
      return true;
    });
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // ---------- prepared index (folded once) ----------
  var prepared = null;
  function prepare() {
    if (prepared) { return prepared; }
    prepared = index.map(function (page) {
      return {
        page: page,
        t: fold(page.t || ''),
        d: fold(page.d || ''),
        h: (page.h || []).map(function (h) {
          return { t: fold(h.t || ''), x: fold(h.x || ''), entry: h };
        })
      };
    });
    return prepared;
  }

  function count(re, text) {
    re.lastIndex = 0;
    var n = 0;
    while (re.exec(text) && n < 20) { n++; }
    return n;
  }

  // ---------- search ----------
  function search(query) {
    var ws = words(query);
    if (!ws.length) { return { words: ws, results: [] }; }
    var res = ws.map(function (w) { return new RegExp('(?:^|[^a-z0-9])' + escapeRegExp(w), 'g'); });
    var exact = ws.map(function (w) { return new RegExp('(?:^|[^a-z0-9])' + escapeRegExp(w) + '(?![a-z0-9])'); });
    var results = [];

    prepare().forEach(function (p, order) {
      var score = 0;
      var allInTitle = true;
      var ok = true;
      var sections = p.h.map(function () { return { heading: 0, body: 0, hits: 0 }; });

      for (var w = 0; w < ws.length && ok; w++) {
        var re = res[w];
        re.lastIndex = 0;
        var inTitle = re.test(p.t);
        re.lastIndex = 0;
        var inSummary = re.test(p.d);
        var anywhere = inTitle || inSummary;
        var inAnyHeading = false;
        for (var i = 0; i < p.h.length; i++) {
          re.lastIndex = 0;
          var h = re.test(p.h[i].t);
          var n = count(re, p.h[i].x);
          if (h) { sections[i].heading++; inAnyHeading = true; }
          if (n) { sections[i].body++; sections[i].hits += n; }
          if (h || n) { anywhere = true; }
        }
        if (!anywhere) { ok = false; break; }
        if (!inTitle) { allInTitle = false; }
        score += (inTitle ? 10 : 0) + (inAnyHeading ? 5 : 0) + (inSummary ? 3 : 0);
        if (exact[w].test(p.t)) { score += 2; }
      }
      if (!ok) { return; }

      // tier 0: title; tier 1: a heading (with the title); tier 2: text
      var tier = allInTitle ? 0 : 2;
      var best = -1;
      var bestValue = -1;
      for (var s = 0; s < sections.length; s++) {
        var sec = sections[s];
        if (tier === 2 && sec.heading > 0) {
          // every word in the title or in this heading?
          var all = true;
          for (var w2 = 0; w2 < ws.length; w2++) {
            res[w2].lastIndex = 0;
            var t1 = res[w2].test(p.t);
            res[w2].lastIndex = 0;
            if (!t1 && !res[w2].test(p.h[s].t)) { all = false; break; }
          }
          if (all) { tier = 1; best = s; bestValue = Infinity; }
        }
        var value = sec.heading * 4 + sec.body * 2 + Math.min(sec.hits, 10) * 0.1;
        if (value > bestValue) { bestValue = value; best = s; }
      }
      var bodyHits = 0;
      sections.forEach(function (sec) { bodyHits += sec.hits; });
      score += Math.min(bodyHits, 20) * 0.1;

      results.push({ prepared: p, tier: tier, score: score, section: best, order: order });
    });

    results.sort(function (a, b) {
      if (a.tier !== b.tier) { return a.tier - b.tier; }
      if (a.score !== b.score) { return b.score - a.score; }
      return a.order - b.order;
    });
    return { words: ws, results: results };
  }

  // ---------- highlighting ----------
  // ranges [start, end) in the original text of whole words that start with a query word
  function matchRanges(text, ws) {
    var fm = foldWithMap(text);
    var f = fm.text;
    var ranges = [];
    ws.forEach(function (w) {
      var from = 0;
      while (true) {
        var pos = f.indexOf(w, from);
        if (pos < 0) { break; }
        from = pos + 1;
        if (pos > 0 && isWordChar(f.charAt(pos - 1))) { continue; }
        var end = pos + w.length;
        while (end < f.length && isWordChar(f.charAt(end))) { end++; }
        ranges.push([fm.map[pos], fm.map[end]]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  }

  function highlighted(container, text, ws) {
    var ranges = matchRanges(text, ws);
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] > at) { container.appendChild(document.createTextNode(text.slice(at, r[0]))); }
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      container.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) { container.appendChild(document.createTextNode(text.slice(at))); }
    return container;
  }

  function snippet(text, ws) {
    if (!text) { return ''; }
    var ranges = matchRanges(text, ws);
    if (text.length <= SNIPPET) { return text; }
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

  function hasMatch(text, ws) {
    return !!text && matchRanges(text, ws).length > 0;
  }

  // ---------- rendering ----------
  function renderResults(query) {
    var found = search(query);
    var ws = found.words;
    while (list.firstChild) { list.removeChild(list.firstChild); }

    if (!ws.length) {
      status.textContent = '';
      list.hidden = true;
      return;
    }

    found.results.slice(0, MAX_RESULTS).forEach(function (r) {
      var page = r.prepared.page;
      var best = r.section >= 0 ? page.h[r.section] : null;
      // a match in the page title links to the page itself; otherwise to the heading of the match
      var entry = r.tier === 0 ? null : best;
      var anchor = entry && entry.a ? '#' + entry.a : '';
      var link = document.createElement('a');
      link.href = root + page.u + anchor;
      highlighted(link, page.t || page.u, ws);
      if (entry && entry.t && r.tier !== 0) {
        var sub = document.createElement('span');
        sub.className = 'zoek-resultaat-kop';
        sub.appendChild(document.createTextNode(' \u203a '));
        highlighted(sub, entry.t, ws);
        link.appendChild(sub);
      }
      var title = document.createElement('h2');
      title.className = 'zoek-resultaat-titel';
      title.appendChild(link);

      var item = document.createElement('li');
      item.className = 'zoek-resultaat';
      item.appendChild(title);

      if (page.s) {
        var section = document.createElement('p');
        section.className = 'zoek-resultaat-sectie';
        section.textContent = page.s;
        item.appendChild(section);
      }

      var source = '';
      if (entry && hasMatch(entry.x, ws)) {
        source = entry.x;
      } else if (hasMatch(page.d, ws)) {
        source = page.d;
      } else if (entry && entry.x) {
        source = entry.x;
      } else if (page.d) {
        source = page.d;
      } else if (best) {
        source = best.x || '';
      }
      if (source) {
        var text = document.createElement('p');
        text.className = 'zoek-resultaat-tekst';
        highlighted(text, snippet(source, ws), ws);
        item.appendChild(text);
      }
      list.appendChild(item);
    });

    var n = found.results.length;
    var shown = '\u2018' + query.trim() + '\u2019';
    if (n === 0) {
      status.textContent = 'Geen resultaten voor ' + shown + '. Probeer een ander of korter woord, of kijk in het register.';
    } else if (n === 1) {
      status.textContent = '1 resultaat voor ' + shown + '.';
    } else if (n > MAX_RESULTS) {
      status.textContent = n + ' resultaten voor ' + shown + '. De eerste ' + MAX_RESULTS + ' staan hieronder.';
    } else {
      status.textContent = n + ' resultaten voor ' + shown + '.';
    }
    list.hidden = n === 0;
  }

  function updateAddress(query) {
    try {
      var url = window.location.pathname + (query ? '?q=' + encodeURIComponent(query) : '');
      window.history.replaceState(null, '', url);
    } catch (e) {
      // not allowed for this page (some browsers, file://): the results still show
    }
  }

  function queryFromAddress() {
    var search = window.location.search || '';
    var match = /[?&]q=([^&]*)/.exec(search);
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
    if (immediate) { go(); } else { timer = window.setTimeout(go, 250); }
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
