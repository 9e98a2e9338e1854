/* pledgegraph explorer: filters, search, an aggregated timeline, a paged list and the chain of one pledge.
   Reads the JSON in #pg-data; builds every element with textContent (never innerHTML); fetches nothing. */
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('pg-data').textContent);
  var P = DATA.pledges, D = DATA.documents, L = DATA.links, LABELS = DATA.labels, V = DATA.vocab;
  var PAGE = 50, DOTS = 8, MAX_ROWS = 120;
  var state = { page: 0, selected: -1, minConfidence: 0 };
  var shown = [];

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else if (k === 'style') node.setAttribute('style', attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }
  function norm(s) { return (s || '').normalize('NFKC').toLowerCase(); }
  function label(scheme, notation) {
    var entry = (LABELS[scheme] || {})[notation];
    if (!entry) return notation;
    return entry.pref.en || entry.pref[''] || entry.pref[Object.keys(entry.pref)[0]] || notation;
  }
  function allLabels(scheme, notation) {
    var entry = (LABELS[scheme] || {})[notation];
    if (!entry) return notation;
    return Object.keys(entry.pref).map(function (k) { return entry.pref[k]; }).concat(entry.alt).join(' ');
  }
  function objectLabel(key) {  // concept:wto -> WTO; term:consultations@term:terrorism -> consultations on terrorism
    return key.split('@').map(function (part) {
      var i = part.indexOf(':'), kind = part.slice(0, i), name = part.slice(i + 1);
      return kind === 'concept' ? label('concept', name) : kind === 'theme' ? label('theme', name) : name;
    }).join(' on ');
  }
  function relationshipLabel(r) {
    return r.split('–').map(function (c) { return label('country', c); }).join(' – ') + ' (' + r + ')';
  }

  /* ---- index ---- */
  var years = D.map(function (d) { return d.year; }).filter(function (y) { return y !== null; });
  var minYear = Math.min.apply(null, years.length ? years : [0]);
  var maxYear = Math.max.apply(null, years.length ? years : [0]);
  var haystack = P.map(function (p) {
    var d = D[p.doc];
    return norm([p.quote, d.title, p.locator, p.modality, p.status].concat(
      p.themes.map(function (t) { return allLabels('theme', t); }),
      p.concepts.map(function (c) { return allLabels('concept', c); }),
      p.actors.map(function (a) { return allLabels('country', a); })).join('\n'));
  });
  var earlierOf = P.map(function () { return []; }), laterOf = P.map(function () { return []; });
  L.forEach(function (link, i) { laterOf[link.earlier].push(i); earlierOf[link.later].push(i); });
  function count(key) {
    var found = {};
    P.forEach(function (p) { [].concat(p[key]).forEach(function (v) { if (v) found[v] = (found[v] || 0) + 1; }); });
    return found;
  }

  /* ---- filters ---- */
  function fillSelect(select, values, text, all) {
    select.appendChild(el('option', { value: '', text: all }));
    values.forEach(function (v) { select.appendChild(el('option', { value: v, text: text(v) })); });
  }
  function checkboxes(box, values, text, swatch) {
    values.forEach(function (v) {
      var input = el('input', { type: 'checkbox', value: v });
      input.checked = true;
      input.addEventListener('change', refresh);
      box.appendChild(el('label', {}, input, swatch ? swatch(v) : null, text(v)));
    });
  }
  function dotSwatch(status, committal) {
    var colour = V.statuses[status] || '#777777';
    return el('span', { className: 'swatch', style: 'border-color:' + colour + ';background:' + (committal ? colour : '#fff') });
  }
  var relCounts = count('relationships'), actorCounts = count('actors'), themeCounts = count('themes');
  var statusCounts = count('status'), modalityCounts = count('modality');
  fillSelect($('f-relationship'), Object.keys(relCounts).sort(), function (r) {
    return relationshipLabel(r) + ' · ' + relCounts[r]; }, 'all relationships');
  fillSelect($('f-actor'), Object.keys(actorCounts).sort(), function (a) {
    return label('country', a) + ' (' + a + ') · ' + actorCounts[a]; }, 'any actor');
  fillSelect($('f-theme'), Object.keys(themeCounts).sort(function (a, b) {
    return label('theme', a).localeCompare(label('theme', b)); }), function (t) {
    return label('theme', t) + ' · ' + themeCounts[t]; }, 'all themes');
  checkboxes($('f-modality'), V.modalities.filter(function (m) { return modalityCounts[m]; }), function (m) {
    return m + (V.committal.indexOf(m) >= 0 ? ' (committal)' : '') + ' · ' + modalityCounts[m]; });
  var statuses = Object.keys(V.statuses).filter(function (s) { return statusCounts[s]; });
  if (statuses.length) checkboxes($('f-status'), statuses, function (s) { return s + ' · ' + statusCounts[s]; },
                                  function (s) { return dotSwatch(s, true); });
  else $('f-status').appendChild(el('p', { text: 'This graph records no status.' }));
  ['f-from', 'f-to'].forEach(function (id) { $(id).min = minYear; $(id).max = maxYear; });
  $('f-from').value = minYear; $('f-to').value = maxYear;

  function checked(id) {
    var values = [];
    $(id).querySelectorAll('input:checked').forEach(function (i) { values.push(i.value); });
    return values;
  }
  function filters() {
    return {
      terms: norm($('f-search').value).split(/\s+/).filter(Boolean),
      relationship: $('f-relationship').value, actor: $('f-actor').value, theme: $('f-theme').value,
      from: parseInt($('f-from').value, 10), to: parseInt($('f-to').value, 10), committal: $('f-committal').value,
      modalities: checked('f-modality'), statuses: statuses.length ? checked('f-status') : null
    };
  }
  function matches(f, p, i) {
    var y = D[p.doc].year;
    if (f.relationship && p.relationships.indexOf(f.relationship) < 0) return false;
    if (f.actor && p.actors.indexOf(f.actor) < 0) return false;
    if (f.theme && p.themes.indexOf(f.theme) < 0) return false;
    if (y !== null && ((!isNaN(f.from) && y < f.from) || (!isNaN(f.to) && y > f.to))) return false;
    if (f.committal && (f.committal === 'yes') !== p.committal) return false;
    if (f.modalities.indexOf(p.modality) < 0) return false;
    if (f.statuses && f.statuses.indexOf(p.status) < 0) return false;
    for (var k = 0; k < f.terms.length; k++) if (haystack[i].indexOf(f.terms[k]) < 0) return false;
    return true;
  }

  /* ---- timeline: relationship x theme rows, year columns; dots, or a count when a cell is crowded ---- */
  function dot(i) {
    var p = P[i], d = D[p.doc], colour = V.statuses[p.status] || '#777777';
    var text = d.date + ' · ' + d.short + ' · para. ' + p.locator + ' · ' + (p.status || 'no status') +
      (p.committal ? '' : ' · non-committal') + ' — ' + p.quote.slice(0, 140);
    var b = el('button', { type: 'button', className: 'dot' + (i === state.selected ? ' selected' : ''),
                           title: text, 'aria-label': text, 'data-i': i,
                           style: 'border-color:' + colour + ';background:' + (p.committal ? colour : '#fff') });
    b.addEventListener('click', function () { select(i); });
    return b;
  }
  function zoom(relationship, theme, year) {
    $('f-relationship').value = relationship;
    $('f-theme').value = theme === '(no theme)' ? '' : theme;
    $('f-from').value = year; $('f-to').value = year;
    refresh();
  }
  function drawTimeline() {
    var f = filters(), rows = {}, from = isNaN(f.from) ? minYear : f.from, to = isNaN(f.to) ? maxYear : f.to;
    shown.forEach(function (i) {
      var p = P[i], y = D[p.doc].year;
      if (y === null) return;
      (p.relationships.length ? p.relationships : ['(no relationship)']).forEach(function (r) {
        if (f.relationship && r !== f.relationship) return;
        (p.themes.length ? p.themes : ['(no theme)']).forEach(function (t) {
          if (f.theme && t !== f.theme) return;
          var key = r + '\u0000' + t;
          (rows[key] = rows[key] || {})[y] = (rows[key][y] || []).concat([i]);
        });
      });
    });
    var keys = Object.keys(rows).sort(function (a, b) {
      var ra = a.split('\u0000'), rb = b.split('\u0000');
      return ra[0] < rb[0] ? -1 : ra[0] > rb[0] ? 1 : label('theme', ra[1]).localeCompare(label('theme', rb[1]));
    });
    var box = $('timeline');
    box.textContent = '';
    if (!keys.length) { box.appendChild(el('p', { className: 'more', text: 'No pledge matches.' })); return; }
    var span = [];
    for (var y = from; y <= to; y++) span.push(y);
    var head = el('tr', {}, el('th', { className: 'lane', text: 'theme \\ year' }));
    span.forEach(function (y) { head.appendChild(el('th', { text: String(y) })); });
    var body = el('tbody'), group = null;
    keys.slice(0, MAX_ROWS).forEach(function (key) {
      var parts = key.split('\u0000');
      if (parts[0] !== group) {
        group = parts[0];
        body.appendChild(el('tr', { className: 'group' }, el('th', { colspan: span.length + 1,
          text: group === '(no relationship)' ? group : relationshipLabel(group) })));
      }
      var tr = el('tr', {}, el('th', { className: 'lane', title: label('theme', parts[1]), text: label('theme', parts[1]) }));
      span.forEach(function (y) {
        var members = rows[key][y] || [], td = el('td');
        if (members.length > DOTS) {
          var badge = el('button', { type: 'button', className: 'badge', text: String(members.length),
                                     title: members.length + ' pledges: show only these' });
          badge.addEventListener('click', function () { zoom(parts[0] === '(no relationship)' ? '' : parts[0], parts[1], y); });
          td.appendChild(badge);
        } else members.forEach(function (i) { td.appendChild(dot(i)); });
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    box.appendChild(el('table', {}, el('thead', {}, head), body));
    if (keys.length > MAX_ROWS) box.appendChild(el('p', { className: 'more',
      text: (keys.length - MAX_ROWS) + ' more rows: pick a relationship or a theme to see them.' }));
  }

  /* ---- list ---- */
  function highlighted(text, terms) {
    var out = el('span'), lower = text.toLowerCase(), pos = 0, hits = [];
    terms.forEach(function (t) {
      for (var at = lower.indexOf(t); t && at >= 0; at = lower.indexOf(t, at + t.length)) hits.push([at, at + t.length]);
    });
    hits.sort(function (a, b) { return a[0] - b[0]; }).forEach(function (h) {
      if (h[0] < pos) return;
      out.appendChild(document.createTextNode(text.slice(pos, h[0])));
      out.appendChild(el('mark', { text: text.slice(h[0], h[1]) }));
      pos = h[1];
    });
    out.appendChild(document.createTextNode(text.slice(pos)));
    return out;
  }
  function statusBadge(p) {
    return p.status ? el('span', { className: 'status', style: 'background:' + (V.statuses[p.status] || '#777'),
                                   text: p.status }) : null;
  }
  function drawList() {
    var terms = filters().terms, pages = Math.max(1, Math.ceil(shown.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    $('count').textContent = shown.length + ' of ' + P.length + ' pledges';
    var list = $('list');
    list.textContent = '';
    shown.slice(state.page * PAGE, (state.page + 1) * PAGE).forEach(function (i) {
      var p = P[i], d = D[p.doc];
      var item = el('li', { className: 'item' + (i === state.selected ? ' selected' : ''), 'data-i': i, tabindex: 0 },
        el('div', { className: 'meta' }, (d.date || 'undated') + ' · ' + d.short + ' · para. ' + p.locator + ' · ' +
           p.actors.join('+') + ' · ' + p.modality + (p.committal ? '' : ' (non-committal)') + ' ', statusBadge(p)),
        el('p', { className: 'quote', lang: d.language }, highlighted(p.quote, terms)));
      item.addEventListener('click', function () { select(i); });
      item.addEventListener('keydown', function (e) { if (e.key === 'Enter') select(i); });
      list.appendChild(item);
    });
    var pager = $('pager');
    pager.textContent = '';
    if (pages > 1) {
      var prev = el('button', { type: 'button', text: '‹ previous' }), next = el('button', { type: 'button', text: 'next ›' });
      prev.disabled = state.page === 0; next.disabled = state.page >= pages - 1;
      prev.addEventListener('click', function () { state.page--; drawList(); });
      next.addEventListener('click', function () { state.page++; drawList(); });
      pager.appendChild(prev); pager.appendChild(el('span', { text: 'page ' + (state.page + 1) + ' of ' + pages }));
      pager.appendChild(next);
    }
  }

  /* ---- chain ---- */
  function citation(i) {
    var p = P[i], d = D[p.doc];
    return d.title + ', ' + (d.date || 'undated') + ', para. ' + p.locator + ': “' + p.quote + '”';
  }
  function copy(text) {
    var shownText = 'Copied: ' + text, note = $('copied');
    function done(ok) {
      note.textContent = ok ? shownText : 'Select and copy: ' + text;
      note.setAttribute('data-citation', text);
      note.className = 'show';
      clearTimeout(copy.timer);
      copy.timer = setTimeout(function () { note.className = ''; }, 4000);
    }
    function fallback() {
      var area = el('textarea', { style: 'position:fixed;left:-9999px' });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    else fallback();
  }
  function translation(d) {
    if (d.authoritative) return 'authoritative text (' + d.language + ')';
    return 'translation (' + d.language + ')' + (d.originalLanguage ? ', original in ' + d.originalLanguage : '');
  }
  function card(i, focus) {
    var p = P[i], d = D[p.doc];
    var cite = el('button', { type: 'button', className: 'cite', text: 'Copy citation' });
    cite.addEventListener('click', function (e) { e.stopPropagation(); copy(citation(i)); });
    var buttons = el('div', {}, cite);
    if (!focus) {
      var go = el('button', { type: 'button', text: 'Its chain' });
      go.addEventListener('click', function () { select(i); });
      buttons.appendChild(go);
    }
    return el('article', { className: 'card' + (focus ? ' focus' : ''), 'data-i': i },
      el('h3', { lang: d.language, text: d.title }),
      el('div', { className: 'meta' }, (d.date || 'undated') + ' · para. ' + p.locator + ' · ' + translation(d)),
      el('div', { className: 'meta' }, p.actors.map(function (a) { return label('country', a); }).join(' + ') + ' · ' +
         p.modality + (p.committal ? ' (committal)' : ' (non-committal)') + ' · ' +
         (p.themes.map(function (t) { return label('theme', t); }).join(', ') || 'no theme') + ' ', statusBadge(p)),
      el('blockquote', { lang: d.language, text: p.quote }), buttons);
  }
  function sure(link) { return link.confidence !== null ? link.confidence : (link.score || 0); }
  function reach(start, step, end) {  // pledges reachable from start along links, and the links used
    var seen = {}, used = {}, todo = [start];
    while (todo.length) {
      var i = todo.pop();
      step[i].forEach(function (k) {
        if (sure(L[k]) < state.minConfidence) return;
        used[k] = true;
        var j = L[k][end];
        if (!seen[j]) { seen[j] = true; todo.push(j); }
      });
    }
    return { pledges: Object.keys(seen).map(Number), links: Object.keys(used).map(Number) };
  }
  function order(a, b) { return (D[P[a].doc].date || '').localeCompare(D[P[b].doc].date || '') || a - b; }
  function evidence(link) {
    var colour = V.relations[link.relation] || '#777777';
    return el('div', { className: 'relation' },
      el('span', { className: 'name', style: 'color:' + colour, text: link.relation + ' →' }),
      el('div', { text: 'confidence ' + (link.confidence === null ? '–' : link.confidence.toFixed(2)) +
                         ' · match ' + (link.score === null ? '–' : link.score.toFixed(2)) }),
      link.objects.length ? el('div', { text: 'shared: ' + link.objects.map(objectLabel).join('; ') }) : null,
      link.rule ? el('div', { className: 'meta', text: 'rule ' + link.rule }) : null);
  }
  function drawChain() {
    var box = $('chain'), i = state.selected;
    box.textContent = '';
    if (i < 0) return;
    var back = reach(i, earlierOf, 'earlier'), forth = reach(i, laterOf, 'later');
    var links = back.links.concat(forth.links).sort(function (a, b) {
      return order(L[a].later, L[b].later) || order(L[a].earlier, L[b].earlier); });
    var slider = el('input', { type: 'range', min: 0, max: 1, step: 0.05, value: state.minConfidence, id: 'min-confidence' });
    slider.addEventListener('input', function () { state.minConfidence = parseFloat(slider.value); drawChain(); });
    box.appendChild(el('h2', { text: 'Chain: ' + back.pledges.length + ' earlier, ' + forth.pledges.length +
                                      ' later pledges, ' + links.length + ' links' }));
    box.appendChild(card(i, true));
    box.appendChild(el('label', { className: 'chain-controls' }, 'links with confidence at least ',
                       el('output', { text: state.minConfidence.toFixed(2) }), ' ', slider));
    if (!links.length) box.appendChild(el('p', { className: 'hint', text: 'No earlier or later pledge is linked to this one' +
      (P[i].status ? ' (status: ' + P[i].status + ').' : '.') }));
    links.forEach(function (k) {
      box.appendChild(el('div', { className: 'pair', 'data-link': k },
                         card(L[k].earlier, L[k].earlier === i), evidence(L[k]), card(L[k].later, L[k].later === i)));
    });
  }
  function hashIri() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return ''; }
  }
  function select(i) {
    state.selected = i;
    var iri = P[i].iri;
    if (hashIri() !== iri) history.replaceState(null, '', '#' + encodeURIComponent(iri));
    document.querySelectorAll('.selected').forEach(function (n) { n.classList.remove('selected'); });
    document.querySelectorAll('[data-i="' + i + '"]').forEach(function (n) {
      if (!n.classList.contains('card')) n.classList.add('selected'); });
    drawChain();
  }

  /* ---- wiring ---- */
  function refresh() {
    var f = filters();
    shown = [];
    P.forEach(function (p, i) { if (matches(f, p, i)) shown.push(i); });
    shown.sort(order);
    state.page = 0;
    drawTimeline();
    drawList();
  }
  var timer = null;
  $('f-search').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(refresh, 150); });
  ['f-relationship', 'f-actor', 'f-theme', 'f-from', 'f-to', 'f-committal'].forEach(function (id) {
    $(id).addEventListener('change', refresh); });
  $('f-reset').addEventListener('click', function () {
    ['f-search', 'f-relationship', 'f-actor', 'f-theme', 'f-committal'].forEach(function (id) { $(id).value = ''; });
    $('f-from').value = minYear; $('f-to').value = maxYear;
    document.querySelectorAll('#filters input[type=checkbox]').forEach(function (c) { c.checked = true; });
    refresh();
  });
  var legend = $('legend');
  legend.appendChild(el('div', { text: 'Dots: colour = status; filled = committal, hollow = non-committal.' }));
  Object.keys(V.relations).forEach(function (r) {
    legend.appendChild(el('div', {}, el('span', { style: 'color:' + V.relations[r] + ';font-weight:700', text: '→ ' }), r));
  });
  $('summary').textContent = D.length + ' documents · ' + P.length + ' pledges · ' + L.length + ' evolution links' +
    (years.length ? ' · ' + minYear + '–' + maxYear : '') +
    (DATA.missingGlyphs ? ' · ' + DATA.missingGlyphs + ' CJK characters rely on your system fonts' : '');
  refresh();
  var wanted = hashIri();
  P.forEach(function (p, i) { if (wanted && p.iri === wanted) select(i); });
  document.body.setAttribute('data-ready', 'true');
})();
