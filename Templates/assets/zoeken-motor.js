/* Routeboek: the search engine of zoeken.html (matching and ranking; no page elements).
   Reads window.ROUTEBOEK_ZOEKINDEX (assets/zoekindex.js; its format is in docs/templates.md) and
   stems with window.ROUTEBOEK_STAM (assets/zoeken-stam.js). Exposes window.ROUTEBOEK_ZOEKEN:
     prepare(index)        -> a prepared index (words folded and listed once)
     search(prepared, q)   -> {words, units, results: [{doc, score, exact, inTitle, part, partial, missing}],
                               complete, partial, synonyms, corrections: [{from, to}]}
     fold(text), words(text), stem(word), matchedRanges(text, found)
   How a query is matched: case and accents are folded (coördinator = coordinator). Each query word
   matches a word of the index as
     the same word            (weight 1)     weigert = weigert
     the same Snowball stem   (0.75)         zorgboerderijen ~ zorgboerderij
     a verb form with -t, -d  (0.7)          organiseren ~ organiseert
     the start of a word      (0.5)          angst ~ angstklachten, weiger ~ weigert
     inside a compound        (0.3)          coordinator ~ zorgcoordinator, verzuim ~ ziekteverzuim
   times the weight of where it stands (title 10, trefwoord 8, title of a beslisboom question or
   outcome 7, heading 6, summary 4, option or action 3, text 1). Two query words may also be one word written apart (zorg boerderij =
   zorgboerderij), and a zoekwoord leads to its term (spijbelen -> ongeoorloofd verzuim, weight 0.8;
   the term's words match as whole words, stems or verb forms only).
   Documents with every query word come first (words such as "de" and "wat" are left out when
   there are others), then those with some of them, marked partial. Among equals, a document whose
   title is the query comes first, then one with a heading that is the query; a title that the
   query covers well gets a little more, and so does a document with one section that holds every
   query word (the title counts for every section); the result then opens at that section. So does
   a document with the query words together in one field, in order, at most two other words
   apart ('terug naar school' ~ 'terug kan naar school', 'terugkeer naar school'). Nothing
   is stored or sent.
   A query word that matches nothing at all (4 letters or more, no digits) is read as a typing
   error: it is replaced by the index word (or zoekwoord) at the smallest Damerau-Levenshtein
   distance, at most 1 for a word of 4 to 7 letters and at most 2 for a longer one, the most
   frequent on a tie (thuisziter -> thuiszitter, afweiking -> afwijking). Replacing a letter by one
   that is neither next to it on the keyboard nor sounds alike counts as two edits, so a real word
   the routeboek does not use is not turned into another (pesten is not read as testen).
   search() lists these in `corrections`. */
(function () {
  'use strict';

  var stemmer = window.ROUTEBOEK_STAM;

  var FIELD_WEIGHT = { title: 10, keyword: 8, step: 7, heading: 6, summary: 4, option: 3, action: 3, text: 1 };
  var KIND_WEIGHT = { word: 1, stem: 0.75, verb: 0.7, prefix: 0.5, compound: 0.3 };
  var SYNONYM_WEIGHT = 0.8;
  // The query words together in one field, in order (times the weakest match kind among them):
  // 'terug naar school' is about 'hoe de leerling terug kan naar school', more than about a text
  // with 'terugnemen' in one sentence and 'school' in another.
  var PHRASE_BONUS = 3;
  var NEAR_GAP = 2;
  var TITLE_COVER_BONUS = 2;
  // Every query word in one section (or in the title): 'langdurig ziek' is about the section that
  // has both, not the page with 'langdurig' in one heading and 'ziek' in another.
  var PART_COVER_BONUS = 3;

  // Snowball's Dutch stop words: left out of a query that has other words.
  var STOP = {};
  ('de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou ' +
   'of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben ' +
   'deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder ' +
   'kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil ' +
   'kon niets uw iemand geweest andere').split(' ').forEach(function (w) { STOP[w] = true; });

  // ---------- folding: the same as SearchFolding.swift ----------
  var MARKS = /[\u0300-\u036f]/g;
  var SPECIAL = { '\u00df': 'ss', '\u00e6': 'ae', '\u0153': 'oe', '\u0131': 'i', '\u00f8': 'o', '\u0142': 'l', '\u0111': 'd' };
  var SPECIAL_RE = /[\u00df\u00e6\u0153\u0131\u00f8\u0142\u0111]/g;

  function fold(text) {
    var out = String(text || '');
    out = out.normalize ? out.normalize('NFKD').replace(MARKS, '').toLowerCase() : out.toLowerCase();
    return out.replace(SPECIAL_RE, function (c) { return SPECIAL[c]; });
  }

  var GROUP_RE = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

  // The words of folded text; with `joined`, a hyphenated word also as one word (brin-nummer, brinnummer).
  function wordsOf(folded, joined) {
    var out = [];
    var m;
    GROUP_RE.lastIndex = 0;
    while ((m = GROUP_RE.exec(folded)) !== null) {
      var parts = m[0].split('-');
      for (var i = 0; i < parts.length; i++) { out.push(parts[i]); }
      if (joined && parts.length > 1) { out.push(parts.join('')); }
    }
    return out;
  }

  function words(text) { return wordsOf(fold(text), false); }

  // The words that are not stop words; all of them when every word is one.
  function significant(list) {
    var kept = list.filter(function (w) { return !STOP[w]; });
    return kept.length ? kept : list;
  }

  // ---------- the prepared index ----------
  function prepare(index) {
    var data = index && index.docs ? index : { docs: [] };
    var shipped = data.stammen || {};
    var stems = Object.create(null);
    function stem(word) {
      var s = stems[word];
      if (s === undefined) {
        s = Object.prototype.hasOwnProperty.call(shipped, word) ? shipped[word] : (stemmer ? stemmer.stem(word) : word);
        stems[word] = s;
      }
      return s;
    }

    var postings = Object.create(null); // word -> [doc, field, doc, field, ...]
    var vocabulary = [];
    var docs = data.docs.map(function (doc, d) {
      var fields = [];
      function add(type, part, text) {
        if (!text) { return; }
        var folded = fold(text);
        var fieldIndex = fields.length;
        var list = wordsOf(folded, false);
        fields.push({ type: type, part: part, words: list });
        var seen = {};
        wordsOf(folded, true).forEach(function (w) {
          if (seen[w]) { return; }
          seen[w] = true;
          if (!postings[w]) { postings[w] = []; vocabulary.push(w); }
          postings[w].push(d, fieldIndex);
        });
      }
      // The title of a question or outcome is a sentence: a word in it weighs a little less than in
      // a page's title. An action is a sentence or two: its title and text weigh as an action.
      add(doc.k === 'a' ? 'action' : (doc.k === 'v' || doc.k === 'u' ? 'step' : 'title'), -1, doc.t);
      (doc.w || []).forEach(function (w) { add('keyword', -1, w); });
      add(doc.k === 'a' ? 'action' : 'summary', -1, doc.d);
      var textType = doc.k === 'v' ? 'option' : 'text';
      (doc.h || []).forEach(function (h, i) {
        add('heading', i, h.t);
        add(textType, i, h.x);
      });
      function name(t) { return wordsOf(fold(t), false).join(' '); }
      return {
        doc: doc, fields: fields,
        names: doc.k === 'a' ? [] : [doc.t].concat(doc.w || []).map(name),
        headings: (doc.h || []).map(function (h) { return h.t ? name(h.t) : ''; }),
        titleWords: doc.k === 'a' ? [] : significant(wordsOf(fold(doc.t), false))
      };
    });

    var synonyms = (data.zoekwoorden || []).map(function (pair) {
      var ws = significant(words(pair[0]));
      return { word: pair[0], term: pair[1], stems: ws.map(stem), joined: stem(ws.join('')), termWords: significant(words(pair[1])) };
    });

    // The words a typing error may be corrected to, by length, with how often each occurs (fields
    // that hold it): the index's words and the zoekwoorden's, without numbers and stop words.
    var known = Object.create(null);
    var spellable = [];
    function addSpellable(w, count) {
      if (known[w] || w.length < 3 || /[0-9]/.test(w) || STOP[w]) { return; }
      known[w] = true;
      (spellable[w.length] || (spellable[w.length] = [])).push({ word: w, count: count });
    }
    vocabulary.forEach(function (w) { addSpellable(w, postings[w].length / 2); });
    synonyms.forEach(function (syn) { words(syn.word).forEach(function (w) { addSpellable(w, 1); }); });

    return { docs: docs, postings: postings, vocabulary: vocabulary, stem: stem, synonyms: synonyms, spellable: spellable };
  }

  // ---------- matching one query word against the vocabulary ----------
  // -> {word: weight} for every index word the query word matches, with the best kind's weight.
  // `whole`: only the word itself, its stem or a verb form (for the words of a term a zoekwoord
  // leads to: they are whole words, not the start of one).
  function matchWord(prepared, q, cache, whole) {
    var key = (whole ? '=' : '~') + q;
    if (cache[key]) { return cache[key]; }
    var s = prepared.stem(q);
    var found = Object.create(null);
    var vocabulary = prepared.vocabulary;
    for (var i = 0; i < vocabulary.length; i++) {
      var v = vocabulary[i];
      var weight = 0;
      if (v === q) {
        weight = KIND_WEIGHT.word;
      } else if (prepared.stem(v) === s) {
        weight = KIND_WEIGHT.stem;
      } else if (s.length >= 4 && isVerbForm(prepared, v, s)) {
        weight = KIND_WEIGHT.verb;
      } else if (whole) {
        weight = 0;
      } else if ((q.length >= 2 && v.indexOf(q) === 0) || (s.length >= 4 && v.indexOf(s) === 0)) {
        weight = KIND_WEIGHT.prefix;
      } else if ((q.length >= 4 && v.indexOf(q) > 0) || (s.length >= 5 && v.indexOf(s) > 0)) {
        weight = KIND_WEIGHT.compound;
      }
      if (weight > 0) { found[v] = weight; }
    }
    cache[key] = found;
    return found;
  }

  // Snowball's Dutch stemmer leaves the -t and -d of verb forms on (weigert, organiseert, meldt):
  // such a word also matches when the rest has the query word's stem (weigeren, organiseren).
  function isVerbForm(prepared, v, s) {
    var last = v.charAt(v.length - 1);
    return v.length > s.length && (last === 't' || last === 'd') && prepared.stem(v.slice(0, -1)) === s;
  }

  // Per document: the best weight of a query word there, and per part the best weight in it.
  function scoreWord(prepared, matches) {
    var perDoc = Object.create(null);
    Object.keys(matches).forEach(function (v) {
      var kind = matches[v];
      var list = prepared.postings[v];
      for (var i = 0; i < list.length; i += 2) {
        var d = list[i];
        var field = prepared.docs[d].fields[list[i + 1]];
        var value = FIELD_WEIGHT[field.type] * kind;
        var entry = perDoc[d] || (perDoc[d] = { best: 0, parts: {}, title: false });
        if (value > entry.best) { entry.best = value; }
        if (field.type === 'title' || field.type === 'step' || field.type === 'keyword') { entry.title = true; }
        if (field.part >= 0 && value > (entry.parts[field.part] || 0)) { entry.parts[field.part] = value; }
      }
    });
    return perDoc;
  }

  // ---------- typing errors ----------
  // The most edits a query word of this length may be from the word it is corrected to.
  function maxEdits(word) { return word.length < 4 ? 0 : (word.length <= 7 ? 1 : 2); }

  // Letters that are easily typed for each other: neighbours on the keyboard (qwerty) and letters
  // that sound alike in Dutch (d/t, c/k, s/z, f/v, i/y).
  // NEAR[x * 128 + y] is 1 for such letters x and y (by character code).
  var NEAR = new Uint8Array(128 * 128);
  (function () {
    var rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
    function pair(a, b) {
      var x = a.charCodeAt(0), y = b.charCodeAt(0);
      NEAR[x * 128 + y] = 1;
      NEAR[y * 128 + x] = 1;
    }
    rows.forEach(function (row, r) {
      for (var i = 0; i < row.length; i++) {
        if (i + 1 < row.length) { pair(row.charAt(i), row.charAt(i + 1)); }
        // a key touches the two keys above it (the rows are staggered)
        if (r > 0) {
          pair(row.charAt(i), rows[r - 1].charAt(i));
          if (i + 1 < rows[r - 1].length) { pair(row.charAt(i), rows[r - 1].charAt(i + 1)); }
        }
      }
    });
    ['dt', 'ck', 'sz', 'fv', 'iy'].forEach(function (p) { pair(p.charAt(0), p.charAt(1)); });
  }());

  // The Damerau-Levenshtein distance of a and b (optimal string alignment): inserting, deleting or
  // swapping two neighbouring letters is one edit; replacing a letter is one edit when the two
  // letters are NEAR, and two otherwise (as deleting one and inserting the other). So 'pesten' is not
  // one edit from 'testen', nor 'verslaving' two from 'verklaring'. Returns max + 1 as soon as the
  // distance is known to be more than max. `rows` are three arrays of at least b.length + 1 numbers.
  function editDistance(a, b, max, rows) {
    var n = a.length, m = b.length;
    var before = rows[0], previous = rows[1], current = rows[2];
    var i, j, previousBest = 0;
    for (j = 0; j <= m; j++) { previous[j] = j; }
    for (i = 1; i <= n; i++) {
      var ca = a.charCodeAt(i - 1);
      var near = ca < 128 ? ca * 128 : -1;
      var best = current[0] = i;
      for (j = 1; j <= m; j++) {
        var cb = b.charCodeAt(j - 1);
        var cost = ca === cb ? 0 : (near >= 0 && cb < 128 && NEAR[near + cb] ? 1 : 2);
        var d = previous[j - 1] + cost;
        if (previous[j] + 1 < d) { d = previous[j] + 1; }
        if (current[j - 1] + 1 < d) { d = current[j - 1] + 1; }
        if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && before[j - 2] + 1 < d) {
          d = before[j - 2] + 1;
        }
        current[j] = d;
        if (d < best) { best = d; }
      }
      // a later row is at least this row's best, or the row before's best plus a swap
      if (best > max && previousBest >= max) { return max + 1; }
      previousBest = best;
      var spare = before; before = previous; previous = current; current = spare;
    }
    return previous[m] <= max ? previous[m] : max + 1;
  }

  // The word a query word with no match was probably meant to be, or null.
  function correction(prepared, q) {
    var max = maxEdits(q);
    if (!max || /[0-9]/.test(q)) { return null; }
    var size = q.length + max + 1;
    var rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
    var best = null, bestDistance = max + 1, bestCount = 0;
    for (var length = q.length - max; length <= q.length + max; length++) {
      var list = prepared.spellable[length] || [];
      for (var i = 0; i < list.length; i++) {
        var c = list[i];
        var d = editDistance(q, c.word, bestDistance, rows);
        if (d < bestDistance || (d === bestDistance && d <= max && c.count > bestCount)) {
          best = c.word; bestDistance = d; bestCount = c.count;
        }
      }
    }
    return bestDistance <= max ? best : null;
  }

  // Whether some document holds every word of a unit.
  function unitFinds(unit) {
    var first = unit.scores[0];
    return Object.keys(first).some(function (d) {
      return unit.scores.every(function (perDoc) { return !!perDoc[d]; });
    });
  }

  // ---------- units: what must be found for a range of query words ----------
  // A unit covers query words [from, to) and lists words that must all be in a document.
  function makeUnits(prepared, qs) {
    var units = [];
    var cache = {};
    var i;
    for (i = 0; i < qs.length; i++) {
      units.push({ from: i, to: i + 1, words: [qs[i]], weight: 1, label: qs[i] });
    }
    for (i = 0; i + 1 < qs.length; i++) {
      var joined = qs[i] + qs[i + 1];
      if (Object.keys(matchWord(prepared, joined, cache)).length) {
        units.push({ from: i, to: i + 2, words: [joined], weight: 1, label: joined });
      }
    }
    var stems = qs.map(prepared.stem);
    prepared.synonyms.forEach(function (syn) {
      var k = syn.stems.length;
      for (var at = 0; at + k <= qs.length; at++) {
        var same = true;
        for (var j = 0; j < k && same; j++) { same = stems[at + j] === syn.stems[j]; }
        if (same) { units.push({ from: at, to: at + k, words: syn.termWords, weight: SYNONYM_WEIGHT, label: syn.term, synonym: syn }); }
      }
      if (k === 1) {
        for (var p = 0; p + 1 < qs.length; p++) {
          if (prepared.stem(qs[p] + qs[p + 1]) === syn.joined) {
            units.push({ from: p, to: p + 2, words: syn.termWords, weight: SYNONYM_WEIGHT, label: syn.term, synonym: syn });
          }
        }
      }
    });
    units.forEach(function (unit) {
      unit.matches = unit.words.map(function (w) { return matchWord(prepared, w, cache, !!unit.synonym); });
      unit.scores = unit.matches.map(function (m) { return scoreWord(prepared, m); });
    });
    return units;
  }

  // How well the query words stand together in one field, in the typed order, with at most NEAR_GAP
  // other words between two of them ('terug kan naar school'): the weakest match kind of the best
  // such run (1 for the words themselves next to each other), 0 when no field has one. `slots` holds
  // per query word what it matches; `fields` the fields of this document that hold the first.
  function nearness(doc, fields, slots) {
    var best = 0;
    fields.forEach(function (f) {
      var ws = doc.fields[f].words;
      for (var i = 0; i < ws.length; i++) {
        var kind = slots[0][ws[i]];
        if (!kind) { continue; }
        var at = i;
        for (var s = 1; s < slots.length && kind > best; s++) {
          var next = -1;
          for (var j = at + 1; j <= at + 1 + NEAR_GAP && j < ws.length; j++) {
            if (slots[s][ws[j]]) { next = j; break; }
          }
          if (next < 0) { kind = 0; break; }
          kind = Math.min(kind, slots[s][ws[next]]);
          at = next;
        }
        if (kind > best) { best = kind; }
      }
    });
    return best;
  }

  // ---------- search ----------
  function search(prepared, query) {
    var all = [];
    var seen = {};
    words(query).forEach(function (w) { if (!seen[w]) { seen[w] = true; all.push(w); } });
    var qs = significant(all);
    if (!qs.length) { return { words: [], units: [], results: [], partial: false, synonyms: [], corrections: [] }; }

    var units = makeUnits(prepared, qs);
    // A query word that no unit finds may be a typing error: search its correction instead.
    var corrections = [];
    qs.forEach(function (q, i) {
      if (STOP[q] || units.some(function (u) { return u.from <= i && i < u.to && unitFinds(u); })) { return; }
      var to = correction(prepared, q);
      if (to && all.indexOf(to) < 0) { corrections.push({ from: q, to: to }); }
    });
    if (corrections.length) {
      corrections.forEach(function (c) { all[all.indexOf(c.from)] = c.to; });
      qs = significant(all);
      units = makeUnits(prepared, qs);
    }
    var wanted = all.join(' ');
    var matched = matchedWords({ units: units });
    // For the words standing together: what each query word matches on its own, and per document the
    // fields that hold the first.
    var slots = qs.map(function (q, i) {
      var own = units.filter(function (u) { return u.from === i && u.to === i + 1 && !u.synonym; })[0];
      return own ? own.matches[0] : {};
    });
    var firstFields = Object.create(null);
    if (qs.length > 1) {
      Object.keys(slots[0]).forEach(function (w) {
        var list = prepared.postings[w];
        for (var k = 0; k < list.length; k += 2) {
          var fs = firstFields[list[k]] || (firstFields[list[k]] = []);
          if (fs.indexOf(list[k + 1]) < 0) { fs.push(list[k + 1]); }
        }
      });
    }
    var candidates = [];
    prepared.docs.forEach(function (p, d) {
      var slot = qs.map(function () { return 0; });
      var slotInTitle = qs.map(function () { return false; });
      var parts = {};
      var partSlots = {};
      var usedSynonyms = [];
      units.forEach(function (unit) {
        var value = Infinity;
        var inTitle = true;
        for (var w = 0; w < unit.scores.length; w++) {
          var entry = unit.scores[w][d];
          if (!entry) { value = 0; break; }
          value = Math.min(value, entry.best);
          inTitle = inTitle && entry.title;
        }
        if (!(value > 0)) { return; }
        value *= unit.weight;
        for (var s = unit.from; s < unit.to; s++) {
          if (value > slot[s]) { slot[s] = value; }
          if (inTitle) { slotInTitle[s] = true; }
        }
        if (unit.synonym && usedSynonyms.indexOf(unit.synonym) < 0) { usedSynonyms.push(unit.synonym); }
        // The parts that hold every word of this unit cover its query words.
        var unitParts = null;
        unit.scores.forEach(function (perDoc) {
          var ps = perDoc[d].parts;
          Object.keys(ps).forEach(function (k) { parts[k] = (parts[k] || 0) + ps[k] * unit.weight; });
          var keys = Object.keys(ps);
          unitParts = unitParts === null ? keys : unitParts.filter(function (k) { return keys.indexOf(k) >= 0; });
        });
        (unitParts || []).forEach(function (k) {
          var covers = partSlots[k] || (partSlots[k] = {});
          for (var s = unit.from; s < unit.to; s++) { covers[s] = true; }
        });
      });
      var covered = 0;
      var score = 0;
      var missing = [];
      slot.forEach(function (v, i) {
        if (v > 0) { covered++; score += v; } else { missing.push(qs[i]); }
      });
      if (!covered) { return; }
      if (covered === qs.length && firstFields[d]) { score += PHRASE_BONUS * nearness(p, firstFields[d], slots); }
      if (p.titleWords.length) {
        var inTitleCount = p.titleWords.filter(function (w) { return matched[w]; }).length;
        score += TITLE_COVER_BONUS * inTitleCount / p.titleWords.length;
      }
      var bestPart = -1;
      var bestValue = 0;
      // With two or more query words, a section that has them all (with the title's help) comes first.
      // A document without sections (a begrip, a question, a result) is one section itself.
      var allWords = qs.length > 1 && covered === qs.length;
      var covering = allWords ? Object.keys(partSlots).filter(function (k) {
        return qs.every(function (q, i) { return partSlots[k][i] || slotInTitle[i]; });
      }) : [];
      if (covering.length || (allWords && !Object.keys(parts).length)) { score += PART_COVER_BONUS; }
      (covering.length ? covering : Object.keys(parts)).forEach(function (k) {
        if (parts[k] > bestValue) { bestValue = parts[k]; bestPart = Number(k); }
      });
      // 2: the title is the query; 1: a heading is (the result opens there); 0: neither
      var exact = p.names.indexOf(wanted) >= 0 ? 2 : 0;
      if (!exact && p.headings.indexOf(wanted) >= 0) {
        exact = 1;
        bestPart = p.headings.indexOf(wanted);
      }
      candidates.push({
        doc: p.doc, index: d, score: score, covered: covered, part: bestPart, exact: exact,
        synonyms: usedSynonyms, missing: missing,
        inTitle: exact !== 1 && slotInTitle.every(function (t) { return t; })
      });
    });

    // Documents with every query word first; then, below them, those with some of the words.
    candidates.sort(function (a, b) {
      if (a.covered !== b.covered) { return b.covered - a.covered; }
      if (a.exact !== b.exact) { return b.exact - a.exact; }
      if (a.score !== b.score) { return b.score - a.score; }
      return a.index - b.index;
    });
    candidates.forEach(function (r) { r.partial = r.covered < qs.length; });
    var complete = candidates.filter(function (r) { return !r.partial; }).length;
    var synonyms = [];
    candidates.forEach(function (r) { r.synonyms.forEach(function (s) { if (synonyms.indexOf(s) < 0) { synonyms.push(s); } }); });
    return { words: qs, units: units, results: candidates, complete: complete, partial: complete === 0, synonyms: synonyms,
             corrections: corrections };
  }

  // ---------- marking: where the matched words stand in a text ----------
  // Every index word a unit matched, for marking words in titles and snippets.
  function matchedWords(found) {
    var set = Object.create(null);
    found.units.forEach(function (unit) {
      unit.matches.forEach(function (m) { Object.keys(m).forEach(function (w) { set[w] = true; }); });
    });
    return set;
  }

  // [start, end) ranges in the original text of the words that matched.
  function matchedRanges(text, set) {
    var ranges = [];
    var folded = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      var code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) { ch = text.slice(i, i + 2); }
      var f = fold(ch);
      for (var k = 0; k < f.length; k++) { folded += f.charAt(k); map.push(i); }
      i += ch.length - 1;
    }
    map.push(text.length);
    var m;
    GROUP_RE.lastIndex = 0;
    while ((m = GROUP_RE.exec(folded)) !== null) {
      var start = m.index;
      var whole = m[0].replace(/-/g, '');
      var parts = m[0].split('-');
      if (parts.length > 1 && set[whole]) {
        ranges.push([map[start], map[start + m[0].length]]);
        continue;
      }
      var at = start;
      for (var p = 0; p < parts.length; p++) {
        if (set[parts[p]]) { ranges.push([map[at], map[at + parts[p].length]]); }
        at += parts[p].length + 1;
      }
    }
    return ranges;
  }

  window.ROUTEBOEK_ZOEKEN = {
    prepare: prepare,
    search: search,
    fold: fold,
    words: words,
    stem: function (word) { return stemmer ? stemmer.stem(word) : word; },
    matchedWords: matchedWords,
    matchedRanges: matchedRanges
  };
}());
