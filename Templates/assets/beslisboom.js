/* Routeboek: the interactive beslisboom.
   Reads the model from <script type="application/json" id="beslisboom-model">, asks one question
   at a time and shows the result panel from <template id="uitkomst-ID">.
   The state lives only in the URL fragment: #vraag=optie&vraag=optie (route order), so a step can
   be bookmarked and shared, and the back button works. Nothing is stored or sent anywhere.
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

  var outcomeIds = {};
  (model.outcomes || []).forEach(function (id) { outcomeIds[id] = true; });
  var facts = model.facts || {};
  var optionFacts = model.optionFacts || {};
  var staticHref = model.staticHref || {};

  var baseTitle = document.title;
  var renderedFragment = null; // the fragment the tool shows now
  var lastRoute = [];      // the route shown before, to preselect an answer after Vorige / Wijzig
  var showError = false;   // "nothing chosen" error for the current question

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

  // ---------- state <-> fragment ----------
  function currentFragment() {
    var hash = window.location.hash || '';
    return hash.charAt(0) === '#' ? hash.slice(1) : hash;
  }

  function serialize(route) {
    return route.map(function (step) {
      return encodeURIComponent(step.question.id) + '=' + encodeURIComponent(step.option.id);
    }).join('&');
  }

  // Returns {route: [{question, option}], node: id of the next question or outcome} or null when the
  // fragment does not describe a valid (partial) route.
  function parse(fragment) {
    var route = [];
    var node = model.start;
    if (!fragment) { return { route: route, node: node }; }
    var parts = fragment.split('&');
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === '') { continue; }
      var eq = parts[i].indexOf('=');
      if (eq < 1) { return null; }
      var qid, oid;
      try {
        qid = decodeURIComponent(parts[i].slice(0, eq));
        oid = decodeURIComponent(parts[i].slice(eq + 1));
      } catch (e) {
        return null;
      }
      var question = model.questions[node];
      if (!question || question.id !== qid) { return null; } // unknown id, or not on this route
      var option = null;
      for (var j = 0; j < question.options.length; j++) {
        if (question.options[j].id === oid) { option = question.options[j]; break; }
      }
      if (!option) { return null; }
      route.push({ question: question, option: option });
      node = option.to;
    }
    if (!model.questions[node] && !outcomeIds[node]) { return null; }
    return { route: route, node: node };
  }

  function staticKey(route) {
    return route.map(function (step) { return step.option.id; }).join('_');
  }

  function routeFacts(route) {
    var result = {};
    route.forEach(function (step) {
      var set = optionFacts[step.question.id + '/' + step.option.id];
      if (set) {
        Object.keys(set).forEach(function (factId) { result[factId] = set[factId]; });
      }
    });
    return result;
  }

  // Go to a route: a new history entry with the new fragment, rendered at once (not only on the
  // hashchange event, which comes later); hashchange renders what Back and Forward bring.
  function go(route) {
    goFragment(serialize(route));
  }

  function goFragment(fragment) {
    showError = false;
    if (currentFragment() !== fragment) {
      window.location.hash = fragment;
    }
    render(true, false);
  }

  function clearFragment() {
    try {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    } catch (e) {
      // some browsers refuse this for file:// pages; the next answer replaces the fragment anyway
    }
  }

  // ---------- building blocks ----------
  function stateLink(route, label, extraClass, hiddenSuffix) {
    var attrs = { href: '#' + serialize(route), 'data-bb-state': true };
    if (extraClass) { attrs['class'] = extraClass; }
    return el('a', attrs, [label, hiddenSuffix ? visuallyHidden(hiddenSuffix) : null]);
  }

  function backLink(route) {
    if (route.length === 0) { return null; }
    return stateLink(route.slice(0, route.length - 1), 'Vorige', 'back-link');
  }

  function answersSummary(route) {
    if (route.length === 0) { return null; }
    var list = el('dl', { 'class': 'summary-list', 'aria-labelledby': 'bb-antwoorden-titel' });
    route.forEach(function (step, index) {
      list.appendChild(el('div', { 'class': 'summary-list-row' }, [
        el('dt', { 'class': 'summary-list-key', text: step.question.text }),
        el('dd', { 'class': 'summary-list-value', text: step.option.label }),
        el('dd', { 'class': 'summary-list-actions' }, [
          stateLink(route.slice(0, index), 'Wijzig', null, ' het antwoord op: ' + step.question.text)
        ])
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

  function questionForm(route, question) {
    var number = route.length + 1;
    var previous = lastRoute[route.length];
    var preselect = null;
    // preselect the earlier answer when coming back to this question (Vorige, Wijzig, back button)
    if (previous && previous.question.id === question.id && isPrefix(route, lastRoute)) {
      preselect = previous.option.id;
    }

    var describedBy = [];
    var hint = null;
    if (question.hintHTML) {
      hint = el('div', { 'class': 'hint', id: 'bb-vraag-hint', html: question.hintHTML });
      describedBy.push('bb-vraag-hint');
    }
    var error = null;
    if (showError) {
      error = el('p', { 'class': 'error-message', id: 'bb-vraag-fout' }, [visuallyHidden('Fout:'), ' Kies een antwoord.']);
      describedBy.push('bb-vraag-fout');
    }

    var radios = el('div', { 'class': 'radios' });
    question.options.forEach(function (option) {
      var id = 'bb-optie-' + option.id;
      radios.appendChild(el('div', { 'class': 'radios-item' }, [
        el('input', {
          'class': 'radios-input', type: 'radio', id: id, name: 'antwoord', value: option.id,
          checked: preselect === option.id
        }),
        el('label', { 'class': 'radios-label', 'for': id, text: option.label })
      ]));
    });

    var heading = el('h2', { 'class': 'fieldset-heading', id: 'bb-vraag-titel', tabindex: '-1' }, [
      el('span', { 'class': 'caption', text: 'Vraag ' + number }),
      question.text
    ]);

    var fieldset = el('fieldset', {
      'class': 'fieldset',
      'aria-describedby': describedBy.length ? describedBy.join(' ') : null
    }, [
      el('legend', { 'class': 'fieldset-legend' }, [heading]),
      hint,
      error,
      radios
    ]);

    var form = el('form', { 'class': 'bb-vraag', novalidate: true, action: '#', 'data-vraag': question.id }, [
      el('div', { 'class': 'form-group' + (showError ? ' form-group--error' : '') }, [fieldset]),
      el('button', { 'class': 'button', type: 'submit', text: 'Volgende' })
    ]);

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var checked = form.querySelector('input[name="antwoord"]:checked');
      if (!checked) {
        showError = true;
        render(false, false);
        var summary = document.getElementById('bb-foutoverzicht');
        if (summary) { focusElement(summary, summary); }
        return;
      }
      var option = null;
      question.options.forEach(function (o) { if (o.id === checked.value) { option = o; } });
      if (!option) { return; }
      go(route.concat([{ question: question, option: option }]));
    });

    return { form: form, heading: heading, firstInputId: 'bb-optie-' + question.options[0].id };
  }

  function errorSummary(firstInputId) {
    return el('div', { 'class': 'error-summary', id: 'bb-foutoverzicht', tabindex: '-1', 'aria-labelledby': 'bb-fout-titel' }, [
      el('div', { role: 'alert' }, [
        el('h2', { 'class': 'error-summary-title', id: 'bb-fout-titel', text: 'Er is een probleem' }),
        el('ul', null, [el('li', null, [el('a', { href: '#' + firstInputId, text: 'Kies een antwoord op de vraag.' })])])
      ])
    ]);
  }

  function outcomePanel(route, outcomeId) {
    var template = document.getElementById('uitkomst-' + outcomeId);
    var fragment;
    if (template && template.content) {
      fragment = document.importNode(template.content, true);
    } else {
      fragment = document.createDocumentFragment();
      fragment.appendChild(el('section', { 'class': 'uitkomst' }, [
        el('div', { 'class': 'uitkomst-kop' }, [
          el('p', { 'class': 'uitkomst-label', text: 'Uitkomst' }),
          el('h2', { 'class': 'uitkomst-titel', tabindex: '-1', text: outcomeId })
        ])
      ]));
    }
    var known = routeFacts(route);
    var lists = fragment.querySelectorAll('dl.route-facts[data-show]');
    for (var i = 0; i < lists.length; i++) {
      var dl = lists[i];
      while (dl.firstChild) { dl.removeChild(dl.firstChild); }
      (dl.getAttribute('data-show') || '').split(/\s+/).forEach(function (factId) {
        if (!factId || known[factId] === undefined) { return; }
        var fact = facts[factId] || {};
        var value = known[factId];
        var valueLabel = (fact.values && fact.values[value]) || value;
        dl.appendChild(el('div', null, [
          el('dt', { text: fact.label || factId }),
          el('dd', { text: valueLabel })
        ]));
      });
      if (!dl.firstChild) { dl.hidden = true; }
    }
    var heading = fragment.querySelector('.uitkomst-titel') || fragment.querySelector('h2, h3');
    if (heading && !heading.hasAttribute('tabindex')) { heading.setAttribute('tabindex', '-1'); }
    return { fragment: fragment, heading: heading, title: heading ? heading.textContent : outcomeId };
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
  // moveFocus: put focus on the new question or result (for screen readers and keyboard users).
  // invalid: the fragment did not describe a route; start again with a message.
  function render(moveFocus, invalid) {
    var state = parse(currentFragment());
    if (!state) {
      showError = false;
      lastRoute = [];
      clearFragment();
      state = { route: [], node: model.start };
      invalid = true;
    }
    var route = state.route;
    var focusTarget = null;
    var title;

    while (app.firstChild) { app.removeChild(app.firstChild); }

    if (invalid) {
      app.appendChild(notice('We beginnen opnieuw',
        'De link naar deze stap klopt niet (meer), bijvoorbeeld omdat de beslisboom is aangepast. ' +
        'Beantwoord de vragen hieronder opnieuw.'));
      focusTarget = app.firstChild;
    }

    var back = backLink(route);
    if (back) { app.appendChild(back); }

    if (outcomeIds[state.node] && !model.questions[state.node]) {
      var panel = outcomePanel(route, state.node);
      app.appendChild(panel.fragment);
      app.appendChild(answersSummary(route));
      var printButton = el('button', { 'class': 'button button--secondary', type: 'button', text: 'Druk af of bewaar als pdf' });
      printButton.addEventListener('click', function () { window.print(); });
      var actions = el('div', { 'class': 'button-group uitkomst-acties-print' }, [printButton, restartLink()]);
      app.appendChild(actions);
      var href = staticHref[staticKey(route)];
      if (href) {
        app.appendChild(el('p', { 'class': 'no-print' }, [
          el('a', { href: href, text: 'Deze uitkomst op een eigen pagina' }),
          ' (om te bewaren of door te sturen)'
        ]));
      }
      document.body.classList.add('beslisboom-resultaat');
      title = 'Uitkomst: ' + panel.title;
      focusTarget = focusTarget || panel.heading;
    } else {
      var question = model.questions[state.node];
      if (showError) {
        app.appendChild(errorSummary('bb-optie-' + question.options[0].id));
      }
      var q = questionForm(route, question);
      app.appendChild(q.form);
      var summary = answersSummary(route);
      if (summary) { app.appendChild(summary); }
      if (route.length > 0) {
        app.appendChild(el('p', null, [restartLink()]));
      }
      document.body.classList.remove('beslisboom-resultaat');
      title = 'Vraag ' + (route.length + 1) + ': ' + question.text;
      if (showError) { title = 'Fout: ' + title; }
      focusTarget = focusTarget || q.heading;
    }

    document.title = title + ' – ' + baseTitle;
    renderedFragment = currentFragment();
    lastRoute = route.length >= lastRoute.length || !isPrefix(route, lastRoute) ? route : lastRoute;
    if (moveFocus && focusTarget) { focusElement(focusTarget, app); }
  }

  // ---------- events ----------
  window.addEventListener('hashchange', function () {
    var fragment = currentFragment();
    if (fragment === renderedFragment) { return; } // already shown
    // an ordinary in-page link (skip link, heading) is not a state: leave the tool as it is
    if (fragment && fragment.indexOf('=') < 0 && document.getElementById(fragment)) { return; }
    showError = false;
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
      showError = false;
      goFragment(fragment);
      return;
    }
    // in-page links (skip link, error summary): move focus without touching the state fragment
    var id = fragment;
    try { id = decodeURIComponent(fragment); } catch (e) { /* keep it */ }
    var target = id ? document.getElementById(id) : null;
    if (target) {
      event.preventDefault();
      if (target.tagName === 'INPUT') {
        var legend = target.closest('fieldset');
        legend = legend ? legend.querySelector('legend') : null;
        focusElement(target, legend || target);
      } else {
        focusElement(target, target);
      }
    }
  });

  // ---------- start ----------
  var noScript = document.getElementById('beslisboom-zonder-js');
  if (noScript) { noScript.hidden = true; }
  app.hidden = false;
  var startFragment = currentFragment();
  render(startFragment !== '', false);
}());
