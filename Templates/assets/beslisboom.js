/* Routeboek: the interactive beslisboom.
   Reads the model from <script type="application/json" id="beslisboom-model">, asks one question at
   a time (one button per answer) and shows the result from <template id="uitkomst-ID">, with the
   route's plan: what to do first, then everything else by when, with dates when the user gives one.
   The plan follows the same rules as the Swift model (Sources/Beslisboom/Plan.swift); the browser
   suite compares the two on every route.
   State lives only in the URL fragment: #vraag=optie&...&datum.eerste-verzuimdag=2026-10-26, so a
   step can be bookmarked and shared and the back button works. Nothing is stored or sent.
   Classic script (no modules, no fetch): works from file://. */
(function () {
  'use strict';

  var modelEl = document.getElementById('beslisboom-model');
  var app = document.getElementById('beslisboom-app');
  if (!modelEl || !app || !document.querySelector || !window.JSON) { return; }

  var model;
  try {
    model = JSON.parse(modelEl.textContent);
  } catch (e) {
    return; // keep the version without JavaScript
  }
  if (!model || !model.start || !model.questions || !model.questions[model.start]) { return; }

  var DATE_PREFIX = 'datum.';
  var ANCHORS = ['eerste-verzuimdag', 'eerste-signalen', '16-uur-bereikt', 'vorige-jes', 'uitschrijving'];
  var GROUPS = ['nu', 'deze-week', 'binnen-2-weken', 'later', 'bij-elk-jes', 'bij-gebeurtenis', 'regelmatig', 'doorlopend', 'zonder-termijn'];
  var MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

  var outcomes = model.outcomes || {};
  var facts = model.facts || {};
  var optionFacts = model.optionFacts || {};
  var actions = model.actions || {};
  var staticHref = model.staticHref || {};
  var labels = model.labels || { groups: {}, kinds: {}, anchors: {} };
  var holidaySet = {};
  ((model.holidays && model.holidays.days) || []).forEach(function (day) { holidaySet[day] = true; });

  var baseTitle = document.title;
  var renderedFragment = null; // the fragment the tool shows now
  var lastRoute = [];      // the route shown before, to mark the earlier answer after Vorige / Wijzig

  // ---------- small DOM helpers ----------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) { return; }
        if (name === 'text') {
          node.textContent = value;
        } else if (name === 'html') {
          node.innerHTML = value;
        } else {
          node.setAttribute(name, value === true ? '' : String(value));
        }
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function visuallyHidden(text) {
    return el('span', { 'class': 'visually-hidden', text: text });
  }

  // ---------- days: whole calendar days as numbers, as the Swift model counts them ----------
  function parseDay(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    if (!m) { return null; }
    var y = +m[1], mo = +m[2], d = +m[3];
    if (mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) { return null; }
    return Math.round(Date.UTC(y, mo - 1, d) / 86400000);
  }

  function parts(day) {
    var date = new Date(day * 86400000);
    return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
  }

  function iso(day) {
    var p = parts(day);
    return p.y + '-' + (p.m < 10 ? '0' : '') + p.m + '-' + (p.d < 10 ? '0' : '') + p.d;
  }

  function dutch(day) {
    var p = parts(day);
    return p.d + ' ' + MONTHS[p.m - 1] + ' ' + p.y;
  }

  function monthLength(y, m) {
    if (m === 2) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28; }
    return [4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31;
  }

  function today() {
    var now = new Date();
    return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000);
  }

  function isWeekend(day) {
    var w = new Date(day * 86400000).getUTCDay();
    return w === 0 || w === 6;
  }

  function isWorkday(day) { return !isWeekend(day) && !holidaySet[iso(day)]; }

  function addMonths(day, count) {
    var p = parts(day);
    var index = p.y * 12 + (p.m - 1) + count;
    var y = Math.floor(index / 12), m = index - y * 12 + 1;
    return Math.round(Date.UTC(y, m - 1, Math.min(p.d, monthLength(y, m))) / 86400000);
  }

  function after(span, day) {
    switch (span.unit) {
      case 'dagen': return day + span.amount;
      case 'weken': return day + span.amount * 7;
      case 'maanden': return addMonths(day, span.amount);
      case 'werkdagen':
        var current = day, left = span.amount;
        while (left > 0) { current += 1; if (isWorkday(current)) { left -= 1; } }
        return current;
    }
    return day;
  }

  function approximateDays(span) {
    switch (span.unit) {
      case 'dagen': return span.amount;
      case 'werkdagen': return Math.floor((span.amount * 7 + 4) / 5);
      case 'weken': return span.amount * 7;
      case 'maanden': return span.amount * 30;
    }
    return 0;
  }

  function coversHolidays(from, to) {
    var h = model.holidays || {};
    if (h.firstYear === null || h.firstYear === undefined) { return false; }
    var a = parts(Math.min(from, to)).y, b = parts(Math.max(from, to)).y;
    return a >= h.firstYear && a <= h.lastYear && b >= h.firstYear && b <= h.lastYear;
  }

  // ---------- conditions on facts ----------
  function holds(condition, known) {
    var value = known[condition.subject];
    if (condition.anyOf && !(value !== undefined && condition.anyOf.indexOf(value) >= 0)) { return false; }
    if (condition.noneOf && value !== undefined && condition.noneOf.indexOf(value) >= 0) { return false; }
    if (condition.allOf && !condition.allOf.every(function (wanted) { return wanted === value; })) { return false; }
    return true;
  }

  function allHold(conditions, known) {
    return (conditions || []).every(function (c) { return holds(c, known); });
  }

  // ---------- state <-> fragment ----------
  function currentFragment() {
    var hash = window.location.hash || '';
    return hash.charAt(0) === '#' ? hash.slice(1) : hash;
  }

  function serialize(route, dates) {
    var items = route.map(function (step) {
      return encodeURIComponent(step.question.id) + '=' + encodeURIComponent(step.option.id);
    });
    ANCHORS.forEach(function (anchor) {
      if (dates && dates[anchor] !== undefined) { items.push(DATE_PREFIX + anchor + '=' + iso(dates[anchor])); }
    });
    return items.join('&');
  }

  function factsOf(route) {
    var result = {};
    route.forEach(function (step) {
      var set = optionFacts[step.question.id + '/' + step.option.id];
      if (set) { Object.keys(set).forEach(function (id) { result[id] = set[id]; }); }
    });
    return result;
  }

  function destination(option, known) {
    var exceptions = option.exceptions || [];
    for (var i = 0; i < exceptions.length; i++) {
      if (allHold(exceptions[i].when, known)) { return exceptions[i].to; }
    }
    return option.to;
  }

  // Returns {route, node, dates} or null when the fragment does not describe a valid (partial) route.
  function parse(fragment) {
    var route = [];
    var dates = {};
    var node = model.start;
    var items = fragment ? fragment.split('&') : [];
    for (var i = 0; i < items.length; i++) {
      if (items[i] === '') { continue; }
      var eq = items[i].indexOf('=');
      if (eq < 1) { return null; }
      var key, value;
      try {
        key = decodeURIComponent(items[i].slice(0, eq));
        value = decodeURIComponent(items[i].slice(eq + 1));
      } catch (e) {
        return null;
      }
      if (key.indexOf(DATE_PREFIX) === 0) {
        var anchor = key.slice(DATE_PREFIX.length);
        var day = parseDay(value);
        if (ANCHORS.indexOf(anchor) < 0 || day === null) { return null; }
        dates[anchor] = day;
        continue;
      }
      var question = model.questions[node];
      if (!question || question.id !== key) { return null; } // unknown id, or not on this route
      var option = null;
      for (var j = 0; j < question.options.length; j++) {
        if (question.options[j].id === value) { option = question.options[j]; break; }
      }
      if (!option) { return null; }
      route.push({ question: question, option: option });
      node = destination(option, factsOf(route));
    }
    if (!model.questions[node] && !outcomes[node]) { return null; }
    return { route: route, node: node, dates: dates };
  }

  function staticKey(route) {
    return route.map(function (step) { return step.option.id; }).join('_');
  }

  // ---------- dates that contradict today or the answers (DecisionTree.dateConflicts) ----------
  // The words are PlanText.conflict's; the browser suite compares them with `routeboek beslis --json`.
  function daysAgoText(days) {
    return days === 0 ? 'vandaag' : days === 1 ? 'gisteren' : days + ' dagen geleden';
  }

  function dateWarnings(known, dates) {
    if (!Object.keys(dates).length) { return []; }
    var now = today();
    var spans = {};
    Object.keys(known).forEach(function (factId) {
      var given = facts[factId] && facts[factId].elapsed && facts[factId].elapsed[known[factId]];
      if (!given) { return; }
      Object.keys(given).forEach(function (anchor) {
        if (!spans[anchor] || approximateDays(given[anchor]) >= approximateDays(spans[anchor])) { spans[anchor] = given[anchor]; }
      });
    });
    function quoted(anchor) { return '\u2018' + (labels.anchors[anchor] || anchor) + '\u2019'; }
    var warnings = [];
    ANCHORS.forEach(function (anchor) {
      var day = dates[anchor];
      if (day === undefined) { return; }
      var given = 'Let op: ' + quoted(anchor) + ' (' + dutch(day) + ')';
      var daysAgo = now - day;
      if (daysAgo < 0) {
        warnings.push(given + ' ligt na vandaag. Kijk de datum na.');
      } else if (spans[anchor] && daysAgo < approximateDays(spans[anchor])) {
        warnings.push(given + ' is ' + daysAgoText(daysAgo) + ', maar volgens je antwoorden minstens ' +
          spanText(spans[anchor]) + ' geleden. Kijk de datum na.');
      }
      var first = dates['eerste-verzuimdag'];
      if (anchor === '16-uur-bereikt' && first !== undefined && day < first) {
        warnings.push(given + ' ligt v\u00f3\u00f3r ' + quoted('eerste-verzuimdag') + ' (' + dutch(first) + '). Kijk de datums na.');
      }
      // Absence happens on lesdagen: a weekend day or a holiday here is most likely a typo.
      if (anchor === 'eerste-verzuimdag' || anchor === '16-uur-bereikt') {
        var weekday = new Date(day * 86400000).getUTCDay();
        var what = weekday === 6 ? 'een zaterdag' : weekday === 0 ? 'een zondag' : holidaySet[iso(day)] ? 'een feestdag' : null;
        if (what) { warnings.push(given + ' is ' + what + ', geen lesdag. Kijk de datum na.'); }
      }
    });
    return warnings;
  }

  // ---------- the plan (mirrors DecisionTree.plan in Sources/Beslisboom/Plan.swift) ----------
  function elapsedOf(known) {
    var result = { 'eerste-verzuimdag': 0, 'eerste-signalen': 0 };
    Object.keys(known).forEach(function (factId) {
      var spans = facts[factId] && facts[factId].elapsed && facts[factId].elapsed[known[factId]];
      if (!spans) { return; }
      Object.keys(spans).forEach(function (anchor) {
        var days = approximateDays(spans[anchor]);
        var current = result[anchor] === undefined ? -1 : result[anchor];
        if (days >= current) { result[anchor] = days; }
      });
    });
    return result;
  }

  function groupFor(daysLeft) {
    if (daysLeft <= 0) { return 'nu'; }
    if (daysLeft <= 7) { return 'deze-week'; }
    if (daysLeft <= 14) { return 'binnen-2-weken'; }
    return 'later';
  }

  function place(action, elapsed, dates, dated, now) {
    var planned = { action: action, group: 'doorlopend', due: null, daysLate: null, alreadyDue: false, beyondHolidays: false };
    var deadline = action.deadline;
    switch (deadline.type) {
      case 'direct':
        planned.group = 'nu';
        if (dated) { planned.due = now; }
        break;
      case 'binnen':
      case 'vanaf':
        // "binnen" is late after its day; "vanaf" starts on its day and is never late.
        var canBeLate = deadline.type === 'binnen';
        if (dates[deadline.anchor] !== undefined) {
          var start = dates[deadline.anchor];
          var due = after(deadline.span, start);
          planned.due = due;
          planned.beyondHolidays = deadline.span.unit === 'werkdagen' && !coversHolidays(start, due);
          var late = now - due;
          if (late > 0 && canBeLate) { planned.daysLate = late; }
          planned.group = groupFor(-late);
        } else if (elapsed[deadline.anchor] !== undefined) {
          var passed = elapsed[deadline.anchor];
          var daysLeft = approximateDays(deadline.span) - passed;
          planned.alreadyDue = canBeLate && daysLeft <= 0 && passed > 0;
          planned.group = groupFor(daysLeft);
        } else {
          planned.group = 'later';
        }
        break;
      case 'elke':
        planned.group = 'regelmatig';
        // "Elke 4 tot 6 weken": the next time is due by the far end of the range, not its near end.
        if (dated) { planned.due = after(deadline.upTo || deadline.span, now); }
        break;
      case 'bij':
        planned.group = deadline.occasion === 'jes' ? 'bij-elk-jes' : 'bij-gebeurtenis';
        break;
      case 'geen':
        planned.group = 'zonder-termijn';
        break;
      default:
        planned.group = 'doorlopend';
    }
    return planned;
  }

  function group(list) {
    var result = [];
    GROUPS.forEach(function (id) {
      var members = list.filter(function (p) { return p.group === id; });
      if (members.length) { result.push({ group: id, actions: members }); }
    });
    return result;
  }

  function planFor(outcomeId, known, dates) {
    var dated = Object.keys(dates).length > 0;
    var now = today();
    var elapsed = elapsedOf(known);
    var planned = ((outcomes[outcomeId] && outcomes[outcomeId].actions) || [])
      .map(function (id) { return actions[id]; })
      .filter(function (action) { return action && allHold(action.conditions, known); })
      .map(function (action) { return place(action, elapsed, dates, dated, now); });
    // The outcome's first action, when due now, leads "Eerst doen" whatever its kind (Plan.leadingStep).
    var lead = planned.length > 0 && planned[0].group === 'nu' ? planned[0] : null;
    var others = planned.filter(function (p) { return p !== lead; });
    var required = others.filter(function (p) { return p.action.kind === 'verplicht'; });
    var recommended = others.filter(function (p) { return p.action.kind !== 'verplicht'; });
    var firstGroup = lead ? 'nu' : null;
    (lead ? [] : ['nu', 'deze-week', 'binnen-2-weken']).some(function (id) {
      if (required.some(function (p) { return p.group === id; })) { firstGroup = id; return true; }
      return false;
    });
    return {
      first: (lead ? [lead] : []).concat(required.filter(function (p) { return p.group === firstGroup; })),
      required: group(required.filter(function (p) { return p.group !== firstGroup; })),
      recommended: group(recommended),
      dated: dated,
      all: planned
    };
  }

  var SINGULAR = { dagen: 'dag', werkdagen: 'werkdag', weken: 'week', maanden: 'maand' };

  function spanText(span) {
    return span.amount + ' ' + (span.amount === 1 ? SINGULAR[span.unit] : span.unit);
  }

  // The same words as PlanText.due in Sources/RouteboekCore/Beslisboom/PlanText.swift.
  function dueText(planned) {
    var deadline = planned.action.deadline;
    var text;
    switch (deadline.type) {
      case 'direct':
        text = planned.due === null ? 'nu' : 'vandaag';
        break;
      case 'binnen':
        text = planned.due !== null ? 'uiterlijk ' + dutch(planned.due) : 'uiterlijk ' + spanText(deadline.span) + ' ' + (labels.after[deadline.anchor] || '');
        break;
      case 'vanaf':
        text = planned.due !== null ? 'vanaf ' + dutch(planned.due) : 'vanaf ' + spanText(deadline.span) + ' ' + (labels.after[deadline.anchor] || '');
        break;
      case 'elke':
        var every = deadline.span.amount === 1 ? 'elke ' + SINGULAR[deadline.span.unit] : 'elke ' + spanText(deadline.span);
        var range = deadline.upTo ? 'elke ' + deadline.span.amount + ' tot ' + spanText(deadline.upTo) : every;
        text = planned.due !== null ? range + ', volgende keer uiterlijk ' + dutch(planned.due) : range;
        break;
      case 'bij':
        text = labels.occasions[deadline.occasion] || deadline.occasion;
        break;
      case 'geen':
        text = 'geen vaste termijn';
        break;
      default:
        text = 'doorlopend';
    }
    if (planned.daysLate) { text += planned.daysLate === 1 ? ' (1 dag te laat)' : ' (' + planned.daysLate + ' dagen te laat)'; }
    if (planned.alreadyDue) { text = 'te laat: ' + text; }
    return text;
  }

  function actionText(action, known) {
    return action.what.replace(/\{([a-z0-9-]+)\}/g, function (whole, name) {
      var fact = facts[name];
      var value = known[name];
      return fact && value !== undefined && fact.values && fact.values[value] !== undefined ? fact.values[value] : whole;
    });
  }

  // The same markup as Templates/partials/plan-actie.mustache.
  function actionItem(planned, known, inFirst) {
    var action = planned.action;
    // Under "Eerst doen" an aanbevolen step says so (PlanItem.kindShown).
    var adviceFirst = inFirst && action.kind !== 'verplicht';
    var late = planned.daysLate !== null || planned.alreadyDue;
    var sources = el('ul', { 'class': 'plan-actie-bronnen' }, (action.sources || []).map(function (source) {
      return el('li', null, [source.url ? el('a', { href: source.url, text: source.text }) : source.text]);
    }));
    var details = el('div', { 'class': 'plan-actie-details' }, [
      el('p', { 'class': 'plan-actie-wat', text: actionText(action, known) }),
      el('dl', { 'class': 'plan-actie-meta' }, [
        el('div', null, [el('dt', { text: 'Wanneer' }), el('dd', { 'class': 'plan-actie-wanneer', text: action.when })]),
        el('div', null, [el('dt', { text: 'Soort' }), el('dd', { 'class': 'plan-actie-soort', text: labels.kinds[action.kind] || action.kind })]),
        el('div', null, [el('dt', { text: 'Bron' }), el('dd', null, [sources])])
      ]),
      action.href ? el('p', { 'class': 'plan-actie-link' }, [el('a', { href: action.href, text: 'Meer hierover: ' + (action.pageTitle || '') })]) : null
    ]);
    return el('li', { 'class': 'plan-actie plan-actie--' + action.kind + (late ? ' plan-actie--te-laat' : ''), 'data-actie': action.id }, [
      el('details', { 'class': 'plan-actie-uitklap' }, [
        el('summary', null, [
          adviceFirst ? el('span', { 'class': 'plan-actie-soort-label', text: (labels.kinds[action.kind] || action.kind) + ':' }) : null,
          adviceFirst ? ' ' : null,
          el('span', { 'class': 'plan-actie-kort', text: action.title }), ' ',
          el('span', { 'class': 'plan-actie-regel' }, [
            el('span', { 'class': 'plan-actie-wie', text: action.who }), ' ',
            el('span', { 'class': 'plan-actie-termijn', text: dueText(planned) })
          ])
        ]),
        details
      ])
    ]);
  }

  // The advice on paper, as TreePlanContext.summary writes it: the titles of each run of actions with
  // the same term, then that term ("A; B \u2014 uiterlijk 19 april 2027.").
  function adviceSummary(groups) {
    var runs = [];
    groups.forEach(function (g) {
      g.actions.forEach(function (p) {
        var due = dueText(p);
        var last = runs[runs.length - 1];
        if (last && last.due === due) { last.titles.push(p.action.title); } else { runs.push({ due: due, titles: [p.action.title] }); }
      });
    });
    return runs.map(function (r) { return r.titles.join('; ') + ' \u2014 ' + r.due + '.'; }).join(' ');
  }

  function fillPlan(fragment, plan, known) {
    var first = fragment.querySelector('[data-plan-eerst]');
    if (first) {
      var list = first.querySelector('.plan-acties');
      while (list.firstChild) { list.removeChild(list.firstChild); }
      plan.first.forEach(function (p) { list.appendChild(actionItem(p, known, true)); });
      first.hidden = plan.first.length === 0;
    }
    var box = fragment.querySelector('[data-plan]');
    if (!box) { return; }
    while (box.firstChild) { box.removeChild(box.firstChild); }
    // "Daarna" only when "Eerst doen" is shown above (the same words as PlanValue.requiredTitle).
    [[plan.required, plan.first.length ? 'Daarna: verplicht' : 'Verplicht', null, null],
     [plan.recommended, 'Aanbevolen', 'Goede praktijk, geen regel: het samenwerkingsverband en de wet schrijven dit niet voor. Bij elke stap staat de bron.', 'plan-aanbevolen']]
      .forEach(function (section) {
        if (!section[0].length) { return; }
        var target = section[3] ? box.appendChild(el('div', { 'class': section[3] })) : box;
        target.appendChild(el('h2', { 'class': 'plan-titel', text: section[1] }));
        if (section[2]) { target.appendChild(el('p', { 'class': 'plan-uitleg', text: section[2] })); }
        section[0].forEach(function (g) {
          target.appendChild(el('h3', { 'class': 'plan-groep-titel', text: labels.groups[g.group] || g.group }));
          target.appendChild(el('ul', { 'class': 'plan-acties' }, g.actions.map(function (p) { return actionItem(p, known); })));
        });
        if (section[3]) {
          box.appendChild(el('p', { 'class': 'print-only plan-aanbevolen-kort' }, [el('strong', { text: 'Aanbevolen:' }), ' ' + adviceSummary(section[0])]));
        }
      });
  }

  // ---------- dates form and agenda ----------
  function anchorsUsed(plan) {
    var used = {};
    plan.all.forEach(function (p) {
      if (p.action.deadline.type === 'binnen' || p.action.deadline.type === 'vanaf') { used[p.action.deadline.anchor] = true; }
    });
    return ANCHORS.filter(function (a) { return used[a]; });
  }

  function datesForm(route, dates, plan) {
    var used = anchorsUsed(plan);
    if (!used.length) { return null; }
    var fields = used.map(function (anchor) {
      var id = 'bb-datum-' + anchor;
      return el('div', { 'class': 'datum-veld' }, [
        el('label', { 'for': id, text: labels.anchors[anchor] || anchor }),
        el('input', { type: 'date', id: id, name: anchor, value: dates[anchor] !== undefined ? iso(dates[anchor]) : null })
      ]);
    });
    var form = el('form', { 'class': 'plan-datums-form', novalidate: true, action: '#' }, [
      el('fieldset', { 'aria-describedby': 'bb-datums-uitleg' }, [
        el('legend', { text: 'Datums invullen (mag, hoeft niet)' }),
        el('p', { 'class': 'hint', id: 'bb-datums-uitleg', text: 'Dan zie je bij elke actie een datum, en zie je wat te laat is. ' + (labels.counting || '') + ' De datums blijven alleen in de adresbalk van je browser: er wordt niets bewaard of verstuurd.' }),
        el('div', { 'class': 'datum-velden' }, fields),
        el('div', { 'class': 'button-group' }, [
          el('button', { 'class': 'button', type: 'submit', text: 'Toon de datums' }),
          Object.keys(dates).length ? el('button', { 'class': 'button button--secondary', type: 'button', 'data-wis': true, text: 'Zonder datums' }) : null
        ])
      ])
    ]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var chosen = {};
      used.forEach(function (anchor) {
        var input = form.querySelector('input[name="' + anchor + '"]');
        var day = input ? parseDay(input.value) : null;
        if (day !== null) { chosen[anchor] = day; }
      });
      goFragment(serialize(route, chosen), 'datums');
    });
    var clear = form.querySelector('[data-wis]');
    if (clear) {
      clear.addEventListener('click', function () { goFragment(serialize(route, {}), 'datums'); });
    }
    return form;
  }

  function icsText(value) {
    return String(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  }

  // RFC 5545: lines of at most 75 octets, continued with CRLF and a space.
  function fold(line) {
    var out = [], current = '', size = 0;
    for (var i = 0; i < line.length; i++) {
      var ch = line.charAt(i);
      var code = line.charCodeAt(i);
      if (code >= 0xD800 && code <= 0xDBFF && i + 1 < line.length) { ch += line.charAt(++i); }
      var bytes = unescape(encodeURIComponent(ch)).length;
      if (size + bytes > (out.length ? 74 : 75)) { out.push(current); current = ''; size = 0; }
      current += ch;
      size += bytes;
    }
    out.push(current);
    return out.join('\r\n ');
  }

  function compact(day) { return iso(day).replace(/-/g, ''); }

  function calendar(plan, known, route, title) {
    var now = new Date();
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    var stamp = now.getUTCFullYear() + pad(now.getUTCMonth() + 1) + pad(now.getUTCDate()) + 'T' +
      pad(now.getUTCHours()) + pad(now.getUTCMinutes()) + pad(now.getUTCSeconds()) + 'Z';
    var address = window.location.href;
    var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Routeboek//Beslisboom//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
    var firstDay = today();
    plan.all.forEach(function (p) {
      if (p.due === null) { return; }
      var action = p.action;
      // An action on a past date is an event nobody sees again: it goes on today, marked when late
      // (a step due 'vanaf' a past day is not late, only under way).
      var late = p.daysLate > 0;
      var day = p.due < firstDay ? firstDay : p.due;
      var description = actionText(action, known) + '\n\nWie: ' + action.who + '\nWanneer: ' + dueText(p) +
        '\nSoort: ' + (labels.kinds[action.kind] || action.kind) + '\n\nUitkomst: ' + title + '\nRoute in het routeboek: ' + address;
      lines.push('BEGIN:VEVENT');
      lines.push('UID:' + action.id + '-' + compact(p.due) + '-' + (staticKey(route) || 'start') + '@routeboek.invalid');
      lines.push('DTSTAMP:' + stamp);
      lines.push('DTSTART;VALUE=DATE:' + compact(day));
      lines.push('DTEND;VALUE=DATE:' + compact(day + 1));
      lines.push('SUMMARY:' + icsText((late ? 'Te laat: ' : '') + action.title));
      lines.push('DESCRIPTION:' + icsText(description));
      var span = action.deadline.type === 'elke' ? (action.deadline.upTo || action.deadline.span) : null;
      if (span && span.unit !== 'werkdagen') {
        var freq = { dagen: 'DAILY', weken: 'WEEKLY', maanden: 'MONTHLY' }[span.unit];
        lines.push('RRULE:FREQ=' + freq + ';INTERVAL=' + Math.max(1, span.amount));
      }
      lines.push('TRANSP:TRANSPARENT');
      lines.push('END:VEVENT');
    });
    lines.push('END:VCALENDAR');
    return lines.map(fold).join('\r\n') + '\r\n';
  }

  function agendaButton(plan, known, route, title) {
    var dated = plan.all.filter(function (p) { return p.due !== null; }).length;
    if (!plan.dated || !dated) { return null; }
    var button = el('button', { 'class': 'button button--secondary', type: 'button', 'data-agenda': true, text: 'Zet in je agenda (' + dated + (dated === 1 ? ' afspraak)' : ' afspraken)') });
    button.addEventListener('click', function () {
      var blob = new Blob([calendar(plan, known, route, title)], { type: 'text/calendar;charset=utf-8' });
      var link = el('a', { href: URL.createObjectURL(blob), download: 'routeboek-plan.ics', hidden: true });
      document.body.appendChild(link);
      link.click();
      window.setTimeout(function () {
        URL.revokeObjectURL(link.href);
        link.parentNode.removeChild(link);
      }, 1000);
    });
    return button;
  }

  // ---------- building blocks ----------
  function stateLink(route, dates, label, extraClass, hiddenSuffix) {
    var attrs = { href: '#' + serialize(route, dates), 'data-bb-state': true };
    if (extraClass) { attrs['class'] = extraClass; }
    return el('a', attrs, [label, hiddenSuffix ? visuallyHidden(hiddenSuffix) : null]);
  }

  function answersSummary(route, dates) {
    if (route.length === 0) { return null; }
    var list = el('dl', { 'class': 'summary-list', 'aria-labelledby': 'bb-antwoorden-titel' });
    route.forEach(function (step, index) {
      list.appendChild(el('div', { 'class': 'summary-list-row' }, [
        el('dt', { 'class': 'summary-list-key', text: step.question.text }),
        el('dd', { 'class': 'summary-list-value', text: step.option.label }),
        el('dd', { 'class': 'summary-list-actions' }, [
          stateLink(route.slice(0, index), dates, 'Wijzig', null, ' het antwoord op: ' + step.question.text)
        ])
      ]));
    });
    ANCHORS.forEach(function (anchor) {
      if (dates[anchor] === undefined) { return; }
      list.appendChild(el('div', { 'class': 'summary-list-row' }, [
        el('dt', { 'class': 'summary-list-key', text: labels.anchors[anchor] || anchor }),
        el('dd', { 'class': 'summary-list-value', text: dutch(dates[anchor]) }),
        el('dd', { 'class': 'summary-list-actions' })
      ]));
    });
    return el('div', { 'class': 'bb-antwoorden' }, [
      el('h2', { 'class': 'heading-m antwoorden-kop', id: 'bb-antwoorden-titel', text: 'Jouw antwoorden' }),
      list
    ]);
  }

  function restartLink() {
    return el('a', { href: '#', 'data-bb-state': true, 'data-bb-restart': true, text: 'Opnieuw beginnen' });
  }

  function notice(title, text) {
    return el('div', { 'class': 'notice', id: 'bb-melding', tabindex: '-1', role: 'alert' }, [
      el('p', { 'class': 'notice-title', text: title }),
      el('p', { text: text })
    ]);
  }

  function isPrefix(shorter, longer) {
    if (shorter.length >= longer.length) { return false; }
    for (var i = 0; i < shorter.length; i++) {
      if (shorter[i].question.id !== longer[i].question.id || shorter[i].option.id !== longer[i].option.id) {
        return false;
      }
    }
    return true;
  }

  function questionView(route, question, dates) {
    var previous = lastRoute[route.length];
    var earlier = previous && previous.question.id === question.id && isPrefix(route, lastRoute) ? previous.option.id : null;
    var heading = el('h1', { 'class': 'vraag-titel', id: 'bb-vraag-titel', tabindex: '-1' }, [
      el('span', { 'class': 'caption', text: 'Vraag ' + (route.length + 1) }), ' ',
      question.text
    ]);
    var hint = question.hintHTML ? el('div', { 'class': 'hint', id: 'bb-vraag-hint', html: question.hintHTML }) : null;
    var buttons = el('ul', { 'class': 'keuzes', 'aria-labelledby': 'bb-vraag-titel', 'aria-describedby': hint ? 'bb-vraag-hint' : null },
      question.options.map(function (option) {
        var button = el('button', { 'class': 'keuze', type: 'button', 'data-optie': option.id }, [
          option.label,
          earlier === option.id ? el('span', { 'class': 'keuze-vorig', text: '(je eerdere antwoord)' }) : null
        ]);
        button.addEventListener('click', function () {
          go(route.concat([{ question: question, option: option }]), dates);
        });
        return el('li', null, [button]);
      }));
    var view = el('div', { 'class': 'bb-vraag', 'data-vraag': question.id }, [heading, hint, buttons]);
    return { view: view, heading: heading };
  }

  function outcomeView(route, outcomeId, dates) {
    var template = document.getElementById('uitkomst-' + outcomeId);
    var fragment;
    if (template && template.content) {
      fragment = document.importNode(template.content, true);
    } else {
      fragment = document.createDocumentFragment();
      fragment.appendChild(el('section', { 'class': 'uitkomst' }, [
        el('div', { 'class': 'uitkomst-kop' }, [el('h1', { 'class': 'uitkomst-titel', tabindex: '-1', text: outcomeId })])
      ]));
    }
    var known = factsOf(route);
    var list = fragment.querySelector('dl.route-facts[data-show]');
    if (list) {
      (list.getAttribute('data-show') || '').split(/\s+/).forEach(function (factId) {
        if (!factId || known[factId] === undefined) { return; }
        var fact = facts[factId] || {};
        var value = known[factId];
        list.appendChild(el('div', { 'data-feit': true }, [
          el('dt', { text: fact.label || factId }),
          el('dd', { text: (fact.values && fact.values[value]) || value })
        ]));
      });
    }
    var plan = planFor(outcomeId, known, dates);
    fillPlan(fragment, plan, known);
    var warnings = dateWarnings(known, dates);
    var firstBox = fragment.querySelector('.eerst-doen');
    if (warnings.length && firstBox) {
      // Above "Eerst doen": a mistyped date moves late actions out of it.
      firstBox.parentNode.insertBefore(el('div', { 'class': 'callout callout-warning datum-let-op' },
        warnings.map(function (text) { return el('p', { text: text }); })), firstBox);
    }
    var heading = fragment.querySelector('.uitkomst-titel') || fragment.querySelector('h1, h2');
    if (heading && !heading.hasAttribute('tabindex')) { heading.setAttribute('tabindex', '-1'); }
    var title = heading ? heading.textContent : outcomeId;
    var slot = fragment.querySelector('[data-plan-datums]');
    var form = datesForm(route, dates, plan);
    if (slot) {
      if (form) { slot.appendChild(form); }
      var agenda = agendaButton(plan, known, route, title);
      // Without a form (no term of this route needs a date) the dates can still be cleared.
      var clear = !form && Object.keys(dates).length
        ? stateLink(route, {}, 'Zonder datums', 'button button--secondary') : null;
      if (agenda || clear) { slot.appendChild(el('div', { 'class': 'button-group' }, [agenda, clear])); }
      if (plan.all.some(function (p) { return p.beyondHolidays; })) {
        slot.appendChild(el('p', { 'class': 'datum-status', text: 'Let op: een datum valt na de jaren in de lijst met feestdagen. Daar tellen alleen zaterdag en zondag als vrije dag.' }));
      }
    }
    return { fragment: fragment, heading: heading, title: title, plan: plan };
  }

  function focusElement(target, scrollTarget) {
    if (!target) { return; }
    if (!target.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
      target.setAttribute('tabindex', '-1');
    }
    if (scrollTarget && scrollTarget.scrollIntoView) { scrollTarget.scrollIntoView(true); }
    try {
      target.focus({ preventScroll: !!scrollTarget });
    } catch (e) {
      target.focus();
    }
  }

  // ---------- render ----------
  function go(route, dates) {
    goFragment(serialize(route, dates));
  }

  // `focus`: what to focus after rendering ('datums' keeps the dates form in view).
  function goFragment(fragment, focus) {
    if (currentFragment() !== fragment) {
      window.location.hash = fragment;
    }
    render(true, false, focus);
  }

  function clearFragment() {
    try {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    } catch (e) {
      // some browsers refuse this for file:// pages; the next answer replaces the fragment anyway
    }
  }

  // moveFocus: put focus on the new question or result (for screen readers and keyboard users).
  // invalid: the fragment did not describe a route; start again with a message.
  function render(moveFocus, invalid, focus) {
    var state = parse(currentFragment());
    if (!state) {
      lastRoute = [];
      clearFragment();
      state = { route: [], node: model.start, dates: {} };
      invalid = true;
    }
    var route = state.route;
    var dates = state.dates;
    var focusTarget = null;
    var scrollTarget = app;
    var title;

    while (app.firstChild) { app.removeChild(app.firstChild); }

    if (invalid) {
      app.appendChild(notice('We beginnen opnieuw',
        'De link naar deze stap klopt niet (meer), bijvoorbeeld omdat de beslisboom is aangepast. ' +
        'Beantwoord de vragen hieronder opnieuw.'));
      focusTarget = app.firstChild;
    }

    if (route.length > 0) { app.appendChild(stateLink(route.slice(0, route.length - 1), dates, 'Vorige', 'back-link')); }

    if (outcomes[state.node] && !model.questions[state.node]) {
      var result = outcomeView(route, state.node, dates);
      app.appendChild(result.fragment);
      var summary = answersSummary(route, dates);
      if (summary) { app.appendChild(summary); }
      app.appendChild(el('p', { 'class': 'print-only print-adres' }, ['Deze uitkomst staat op: ', el('span', { 'data-adres': true, text: window.location.href })]));
      var printButton = el('button', { 'class': 'button button--secondary', type: 'button', text: 'Druk af of bewaar als pdf' });
      printButton.addEventListener('click', function () { window.print(); });
      app.appendChild(el('div', { 'class': 'button-group uitkomst-acties-print' }, [printButton, restartLink()]));
      var href = staticHref[staticKey(route)];
      if (href) {
        app.appendChild(el('p', { 'class': 'no-print' }, [
          el('a', { href: href, text: 'Deze uitkomst op een eigen pagina' }),
          ' (zonder datums, werkt ook zonder JavaScript)'
        ]));
      }
      document.body.classList.add('beslisboom-resultaat');
      title = 'Uitkomst: ' + result.title;
      if (focus === 'datums') {
        var form = app.querySelector('.plan-datums-form legend');
        focusTarget = focusTarget || app.querySelector('[data-plan-eerst]:not([hidden])') || result.heading;
        scrollTarget = form ? form.parentNode : app;
      }
      focusTarget = focusTarget || result.heading;
    } else {
      var question = model.questions[state.node];
      var q = questionView(route, question, dates);
      app.appendChild(q.view);
      var answers = answersSummary(route, dates);
      if (answers) { app.appendChild(answers); }
      if (route.length > 0) {
        app.appendChild(el('p', null, [restartLink()]));
      }
      document.body.classList.remove('beslisboom-resultaat');
      title = 'Vraag ' + (route.length + 1) + ': ' + question.text;
      focusTarget = focusTarget || q.heading;
    }

    document.title = title + ' – ' + baseTitle;
    renderedFragment = currentFragment();
    lastRoute = route.length >= lastRoute.length || !isPrefix(route, lastRoute) ? route : lastRoute;
    if (moveFocus && focusTarget) { focusElement(focusTarget, scrollTarget); }
  }

  // ---------- events ----------
  window.addEventListener('hashchange', function () {
    var fragment = currentFragment();
    if (fragment === renderedFragment) { return; } // already shown
    // an ordinary in-page link (skip link, heading) is not a state: leave the tool as it is
    if (fragment && fragment.indexOf('=') < 0 && document.getElementById(fragment)) { return; }
    render(true, false);
  });

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target && event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (!link) { return; }
    var fragment = link.getAttribute('href').slice(1);
    if (link.hasAttribute('data-bb-state')) {
      event.preventDefault();
      if (link.hasAttribute('data-bb-restart')) { lastRoute = []; }
      goFragment(fragment);
      return;
    }
    // in-page links (skip link): move focus without touching the state fragment
    var id = fragment;
    try { id = decodeURIComponent(fragment); } catch (e) { /* keep it */ }
    var target = id ? document.getElementById(id) : null;
    if (target) {
      event.preventDefault();
      focusElement(target, target);
    }
  });

  // ---------- start ----------
  var noScript = document.getElementById('beslisboom-zonder-js');
  if (noScript) { noScript.hidden = true; }
  app.hidden = false;
  var startFragment = currentFragment();
  render(startFragment !== '', false);
}());
