/* Routeboek: Snowball's Dutch stemmer, as the search page needs it for the words people type.
   A port of the Dutch algorithm of Snowball 2.2.0 (snowballstem.org/algorithms/dutch/stemmer.html),
   the version in Debian's libstemmer, which stems the words of the index when the site is built.
   Tests/browser/test_search_stems.py checks that this port gives the reference stemmer's answer
   (snowballstemmer 2.2.0 from PyPI) for every word of the index.
   Input: one lower-case word. Exposes window.ROUTEBOEK_STAM.stem(word). Nothing is stored or sent. */
(function () {
  'use strict';

  // v = 'aeiouy' + e-grave; v_I = v + 'I'; v_j = v + 'j'. 'I' and 'Y' mark i and y used as consonants.
  function isVowel(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y' || c === '\u00e8'; }
  function isVowelI(c) { return isVowel(c) || c === 'I'; }
  function isVowelJ(c) { return isVowel(c) || c === 'j'; }

  var ACCENTS = {
    '\u00e1': 'a', '\u00e4': 'a', '\u00e9': 'e', '\u00eb': 'e', '\u00ed': 'i',
    '\u00ef': 'i', '\u00f3': 'o', '\u00f6': 'o', '\u00fa': 'u', '\u00fc': 'u'
  };

  // The word as an array of characters (code points), with the regions R1 and R2 and the flag e_found.
  function Word(text) {
    this.c = Array.from ? Array.from(text) : text.split('');
    this.p1 = 0;
    this.p2 = 0;
    this.eFound = false;
  }
  Word.prototype.length = function () { return this.c.length; };
  Word.prototype.endsWith = function (suffix, end) {
    var e = end === undefined ? this.c.length : end;
    if (e < suffix.length) { return false; }
    for (var i = 0; i < suffix.length; i++) {
      if (this.c[e - suffix.length + i] !== suffix.charAt(i)) { return false; }
    }
    return true;
  };
  // The character before position `at`, or '' at the start.
  Word.prototype.before = function (at) { return at > 0 ? this.c[at - 1] : ''; };
  Word.prototype.cut = function (from) { this.c.length = from; };
  Word.prototype.toString = function () { return this.c.join(''); };

  function prelude(w) {
    var c = w.c;
    var i;
    for (i = 0; i < c.length; i++) {
      if (ACCENTS[c[i]]) { c[i] = ACCENTS[c[i]]; }
    }
    if (c[0] === 'y') { c[0] = 'Y'; }
    // left to right: a vowel followed by i and a vowel, or by y, makes that i or y a consonant
    for (i = 0; i + 1 < c.length; i++) {
      if (!isVowel(c[i])) { continue; }
      if (c[i + 1] === 'i' && i + 2 < c.length && isVowel(c[i + 2])) {
        c[i + 1] = 'I';
      } else if (c[i + 1] === 'y') {
        c[i + 1] = 'Y';
      }
    }
  }

  // R1 and R2: after the first non-vowel that follows a vowel; R1 starts at 3 at the earliest.
  function markRegions(w) {
    var c = w.c;
    var n = c.length;
    w.p1 = n;
    w.p2 = n;
    var i = 0;
    while (i < n && !isVowel(c[i])) { i++; }
    if (i >= n) { return; }
    i++;
    while (i < n && isVowel(c[i])) { i++; }
    if (i >= n) { return; }
    i++;
    w.p1 = i < 3 ? 3 : i;
    while (i < n && !isVowel(c[i])) { i++; }
    if (i >= n) { return; }
    i++;
    while (i < n && isVowel(c[i])) { i++; }
    if (i >= n) { return; }
    w.p2 = i + 1;
  }

  // kk, dd or tt at the end loses its last letter.
  function undouble(w) {
    var n = w.length();
    if (w.endsWith('kk') || w.endsWith('dd') || w.endsWith('tt')) {
      w.cut(n - 1);
      return true;
    }
    return false;
  }

  // A final e in R1 after a non-vowel goes; then undouble.
  function eEnding(w) {
    w.eFound = false;
    var n = w.length();
    if (!w.endsWith('e')) { return false; }
    var at = n - 1;
    if (at < w.p1) { return false; }
    var prev = w.before(at);
    if (prev === '' || isVowel(prev)) { return false; }
    w.cut(at);
    w.eFound = true;
    return undouble(w);
  }

  // The ending that starts at `at` (en, ene) goes when it is in R1, after a non-vowel, not after gem.
  function enEnding(w, at) {
    if (at < w.p1) { return false; }
    var prev = w.before(at);
    if (prev === '' || isVowel(prev)) { return false; }
    if (w.endsWith('gem', at)) { return false; }
    w.cut(at);
    undouble(w);
    return true;
  }

  // The longest of the given endings the word has, or null.
  function longestEnding(w, endings) {
    var best = null;
    for (var i = 0; i < endings.length; i++) {
      if (w.endsWith(endings[i]) && (best === null || endings[i].length > best.length)) { best = endings[i]; }
    }
    return best;
  }

  function step1(w) {
    var ending = longestEnding(w, ['heden', 'ene', 'en', 'se', 's']);
    if (ending === null) { return; }
    var at = w.length() - ending.length;
    if (ending === 'heden') {
      if (at >= w.p1) {
        w.cut(at);
        w.c.push('h', 'e', 'i', 'd');
      }
    } else if (ending === 'en' || ending === 'ene') {
      enEnding(w, at);
    } else if (at >= w.p1) {
      var prev = w.before(at);
      if (prev !== '' && !isVowelJ(prev)) { w.cut(at); }
    }
  }

  function step3a(w) {
    if (!w.endsWith('heid')) { return; }
    var at = w.length() - 4;
    if (at < w.p2 || w.before(at) === 'c') { return; }
    w.cut(at);
    if (w.endsWith('en')) { enEnding(w, w.length() - 2); }
  }

  function step3b(w) {
    var ending = longestEnding(w, ['end', 'ing', 'ig', 'lijk', 'baar', 'bar']);
    if (ending === null) { return; }
    var at = w.length() - ending.length;
    if (at < w.p2) { return; }
    if (ending === 'end' || ending === 'ing') {
      w.cut(at);
      if (w.endsWith('ig') && w.length() - 2 >= w.p2 && w.before(w.length() - 2) !== 'e') {
        w.cut(w.length() - 2);
      } else {
        undouble(w);
      }
    } else if (ending === 'ig') {
      if (w.before(at) !== 'e') { w.cut(at); }
    } else if (ending === 'lijk') {
      w.cut(at);
      eEnding(w);
    } else if (ending === 'baar') {
      w.cut(at);
    } else if (w.eFound) {
      w.cut(at);
    }
  }

  // A double vowel before a final non-vowel (not I) is made single when a non-vowel comes before it.
  function step4(w) {
    var c = w.c;
    var n = c.length;
    if (n < 4) { return; }
    var last = c[n - 1];
    if (isVowelI(last)) { return; }
    var a = c[n - 3];
    var b = c[n - 2];
    if (a !== b || (a !== 'a' && a !== 'e' && a !== 'o' && a !== 'u')) { return; }
    if (isVowel(c[n - 4])) { return; }
    c.splice(n - 2, 1);
  }

  function postlude(w) {
    for (var i = 0; i < w.c.length; i++) {
      if (w.c[i] === 'Y') { w.c[i] = 'y'; } else if (w.c[i] === 'I') { w.c[i] = 'i'; }
    }
  }

  function stem(word) {
    var w = new Word(word);
    prelude(w);
    markRegions(w);
    step1(w);
    eEnding(w);
    step3a(w);
    step3b(w);
    step4(w);
    postlude(w);
    return w.toString();
  }

  window.ROUTEBOEK_STAM = { stem: stem };
}());
