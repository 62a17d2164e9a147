// sitrep web UI: a static, dependency-free front end over the `sitrep serve` JSON API.
//
// Every string that comes from the API is untrusted text scraped from news pages: it only ever
// reaches the DOM through textContent / text nodes / setAttribute (see `el`), never innerHTML.
'use strict';

const SVGNS = 'http://www.w3.org/2000/svg';
const SVG_TAGS = new Set(['svg', 'g', 'circle', 'line', 'text', 'title', 'rect', 'path', 'defs', 'clipPath']);
const CLAIM_STATUSES = ['asserted', 'hedged', 'alleged', 'denied', 'unverified', 'retracted'];

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

// el('a', {href: '#/', class: 'x', onclick: fn}, 'text', child, [more, children])
function el(tag, attrs, ...children) {
  const node = SVG_TAGS.has(tag) ? document.createElementNS(SVGNS, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : String(c)); // strings become text nodes
  }
  return node;
}

const enc = encodeURIComponent;
const docHref = (doc, claim) => '#/doc/' + enc(doc) + (claim ? '?claim=' + enc(claim) : '');
const badge = (value, kind = 'status') => value ? el('span', { class: `badge ${kind}-${String(value).replace(/[^a-z_]/gi, '')}` }, String(value).replace(/_/g, ' ')) : null;
const tag = (text) => el('span', { class: 'tag' }, String(text).replace(/_/g, ' '));
const muted = (text) => el('span', { class: 'muted' }, text);
const section = (title, ...body) => el('section', { class: 'panel' }, el('h3', null, title), ...body);
const byId = (list) => new Map((list || []).map((x) => [x.id, x]));
const truncate = (s, n) => (s && s.length > n ? s.slice(0, n - 1) + '…' : s || '');
const plural = (n, word, many = word + 's') => `${n} ${n === 1 ? word : many}`;
// Links to API data only ever point at http(s) pages, never javascript: or data: URLs.
const safeUrl = (s) => (typeof s === 'string' && /^https?:\/\//i.test(s) ? s : null);

// ---------------------------------------------------------------- API

async function api(path, options) {
  let res;
  try {
    res = await fetch(path, options);
  } catch (e) {
    throw new Error(`Cannot reach the sitrep server (${e.message}).`);
  }
  const raw = await res.text();
  let body = null;
  try { body = raw ? JSON.parse(raw) : null; } catch (_) { body = null; }
  if (!res.ok) {
    const msg = body && typeof body.error === 'string' ? body.error : `HTTP ${res.status} ${res.statusText}`;
    throw new Error(msg);
  }
  if (body === null) throw new Error(`The server answered ${path} with something that is not JSON.`);
  return body;
}

function showError(message) {
  const box = $('#error');
  box.textContent = message;
  box.hidden = !message;
}

// ---------------------------------------------------------------- router

const VIEWS = [
  [/^\/?$/, 'documents', viewDocuments],
  [/^\/doc\/(.+)$/, 'document', viewDocument],
  [/^\/story$/, 'story', viewStory],
  [/^\/claims$/, 'claims', viewClaims],
  [/^\/entity$/, 'entity', viewEntity],
  [/^\/search$/, 'search', viewSearch],
  [/^\/grades$/, 'grades', viewGrades],
];

function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/';
  const qi = h.indexOf('?');
  return { path: qi < 0 ? h : h.slice(0, qi), params: new URLSearchParams(qi < 0 ? '' : h.slice(qi + 1)) };
}

let navToken = 0;

// Each view is `async (params, ...pathGroups) => ({node, after})`; `after` runs once the node is in
// the page (scrolling needs layout). A newer navigation makes older results stale: they are dropped.
async function route() {
  const token = ++navToken;
  document.body.dataset.ready = '0';
  showError('');
  const { path, params } = parseHash();
  let name = 'notfound', result = null;
  try {
    const hit = VIEWS.find(([re]) => re.test(path));
    if (!hit) throw new Error(`No such page: #${path}`);
    name = hit[1];
    const groups = path.match(hit[0]).slice(1).map(decodeURIComponent);
    document.body.dataset.view = name;
    result = await hit[2](params, ...groups);
  } catch (e) {
    if (token !== navToken) return;
    $('#main').replaceChildren();
    showError(e.message || String(e));
  }
  if (token !== navToken) return;
  if (result) {
    $('#main').replaceChildren(result.node);
    window.scrollTo(0, 0);
    if (result.after) result.after();
  }
  for (const a of $$('.topnav a')) a.classList.toggle('active', a.dataset.nav === name);
  document.body.dataset.view = name;
  document.body.dataset.ready = '1';
}

function setupTopBar() {
  const form = $('#top-search');
  const input = form.elements.q;
  const textLink = $('#top-search-text');
  const sync = () => { textLink.href = '#/search?q=' + enc(input.value.trim()); };
  input.addEventListener('input', sync);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    const target = '#/story?q=' + enc(q);
    if (q && location.hash === target) route(); // same URL: no hashchange, so reload by hand
    else if (q) location.hash = target;
  });
  // Keep the box in step with the URL when a story or search is loaded directly.
  window.addEventListener('hashchange', () => {
    const { path, params } = parseHash();
    if ((path === '/story' || path === '/search') && params.get('q')) { input.value = params.get('q'); sync(); }
  });
  const { path, params } = parseHash();
  if ((path === '/story' || path === '/search') && params.get('q')) input.value = params.get('q');
  sync();
  api('/api/overview').then((o) => {
    $('#overview').textContent = `v${o.version} · ${o.store} · ${plural(o.documents, 'document')}`;
  }).catch(() => { /* the views report connection problems themselves */ });
}

// ---------------------------------------------------------------- documents list

// Links to the exports of the documents a query finds (`query` is "" or "?q=..."): events as CSV
// rows for spreadsheets and coders, places and located events as GeoJSON for GIS tools.
function downloads(query) {
  return el('p', { class: 'downloads' }, 'Download: ',
    el('a', { href: '/api/export/events.csv' + query, download: 'sitrep-events.csv', 'data-export': 'events-csv' }, 'events (CSV)'), ' · ',
    el('a', { href: '/api/export/ledger.geojson' + query, download: 'sitrep-ledger.geojson', 'data-export': 'geojson' }, 'places and events (GeoJSON)'));
}

const PAGE = 50;

async function viewDocuments(params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const data = await api(`/api/documents?offset=${offset}&limit=${PAGE}`);
  const rows = (data.documents || []).map((d) => el('tr', { 'data-doc': d.id },
    el('td', null, el('a', { href: docHref(d.id) }, d.title || d.source || d.id)),
    el('td', null, d.outlet || muted('—')),
    el('td', { class: 'nowrap' }, d.published || muted('—')),
    el('td', { class: 'num' }, d.claims), el('td', { class: 'num' }, d.events), el('td', { class: 'num' }, d.places)));
  const total = data.total ?? rows.length;
  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: `#/?offset=${Math.max(0, offset - PAGE)}` }, '← newer') : null,
    el('span', null, rows.length ? `${offset + 1}–${offset + rows.length} of ${total}` : total ? `none here (${total} in all)` : 'no documents'),
    offset + rows.length < total ? el('a', { href: `#/?offset=${offset + PAGE}` }, 'older →') : null);
  const node = el('div', { class: 'view' },
    el('h1', null, 'Documents'), downloads(''),
    rows.length ? el('table', { id: 'doc-list', class: 'grid' },
      el('thead', null, el('tr', null, ['Title', 'Outlet', 'Published', 'Claims', 'Events', 'Places'].map((h, i) => el('th', { class: i > 2 ? 'num' : null }, h)))),
      el('tbody', null, rows)) : el('p', { class: 'empty' }, total ? 'No documents on this page.' : 'The ledger holds no documents yet. Run `sitrep analyze` or `sitrep ingest` first.'),
    pager);
  return { node };
}

// ---------------------------------------------------------------- one document

// The API gives UTF-8 byte offsets; JS strings index UTF-16 code units. Build the mapping once
// per text: index[byte] = UTF-16 index of the character containing that byte.
function byteIndexer(text) {
  const bytes = new TextEncoder().encode(text);
  const index = new Uint32Array(bytes.length + 1);
  let b = 0, u = 0;
  for (const ch of text) { // iterates code points
    const cp = ch.codePointAt(0);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let i = 0; i < n; i++) index[b + i] = u;
    b += n;
    u += ch.length;
  }
  index[b] = u;
  return (off) => index[Math.max(0, Math.min(off | 0, bytes.length))];
}

// Layers in nesting order, outermost first; the checkbox legend uses the same list.
const LAYERS = [
  ['caption', 'captions'], ['content', 'claim content'], ['source', 'claim source'], ['cue', 'cue'],
  ['event', 'event trigger'], ['entity', 'entities'], ['place', 'places'], ['time', 'times'], ['quantity', 'quantities'],
];
const LAYER_RANK = Object.fromEntries(LAYERS.map(([k], i) => [k, i]));

// Render `text` as the segments between every span boundary; each segment is wrapped in one
// element per span covering it, so overlapping and nested spans never break the markup and
// `[data-claim="…"]` finds every piece of a claim.
function renderSpans(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.a); cuts.add(s.b); }
  const points = [...cuts].sort((x, y) => x - y);
  spans.sort((x, y) => x.a - y.a);
  const frag = document.createDocumentFragment();
  let active = [], next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    while (next < spans.length && spans[next].a <= a) active.push(spans[next++]);
    active = active.filter((s) => s.b > a); // every active span now covers [a, b) entirely
    const cover = active.slice().sort((x, y) => LAYER_RANK[x.layer] - LAYER_RANK[y.layer] || (y.b - y.a) - (x.b - x.a));
    let node = document.createTextNode(text.slice(a, b));
    for (let j = cover.length - 1; j >= 0; j--) node = el(cover[j].tag, cover[j].attrs, node);
    frag.append(node);
  }
  return frag;
}

function placeTitle(p) {
  const coords = p.lat != null && p.lon != null ? ` (${(+p.lat).toFixed(3)}, ${(+p.lon).toFixed(3)})` : '';
  return [p.name, p.kind, p.country].filter(Boolean).join(', ') + coords;
}

async function viewDocument(params, id) {
  const led = await api('/api/documents/' + enc(id));
  const doc = (led.documents || [])[0];
  if (!doc) throw new Error(`The server returned no document for ${id}.`);
  const text = doc.text || '';
  const toIdx = byteIndexer(text);
  const entities = byId(led.entities), places = byId(led.places);
  const claims = led.claims || [], events = led.events || [];
  const claimMap = byId(claims);

  // Collect every span of every layer, converted to UTF-16 indexes.
  const spans = [];
  const add = (start, end, layer, attrs, t = 'span') => {
    const a = toIdx(start), b = toIdx(end);
    if (a < b) spans.push({ a, b, layer, tag: t, attrs: { class: 'l-' + layer, ...attrs } });
  };
  const mentionsHere = (x) => (x.mentions || []).filter((m) => m.doc === doc.id);
  for (const [s, e] of doc.captions || []) add(s, e, 'caption', { 'data-caption': '' });
  for (const c of claims) {
    add(c.start, c.end, 'content', { 'data-claim': c.id, 'data-role': 'content', title: `${c.status} claim: ${c.source_text || 'implicit source'} ${c.cue || ''}` }, 'mark');
    if (c.source_span) add(c.source_span[0], c.source_span[1], 'source', { 'data-claim': c.id, 'data-role': 'source' }, 'mark');
    if (c.cue_span) add(c.cue_span[0], c.cue_span[1], 'cue', { 'data-claim': c.id, 'data-role': 'cue' }, 'mark');
  }
  for (const v of events) add(v.start, v.end, 'event', { 'data-event': v.id, title: `event: ${v.type}${v.plover ? ' / ' + v.plover : ''} (${v.status})` });
  for (const e of led.entities || []) for (const m of mentionsHere(e)) add(m.start, m.end, 'entity', { 'data-entity': e.id, title: `${e.name} (${e.type})` });
  for (const p of led.places || []) for (const m of mentionsHere(p)) add(m.start, m.end, 'place', { 'data-place': p.id, title: 'place: ' + placeTitle(p) });
  for (const t of led.times || []) for (const m of mentionsHere(t)) add(m.start, m.end, 'time', { 'data-time': t.id, title: `time: ${t.value}${t.mod ? ' ' + t.mod : ''} (${t.type})` });
  for (const q of led.quantities || []) if (q.doc === doc.id) add(q.start, q.end, 'quantity', { 'data-quantity': q.id, title: `quantity: ${q.approx ? '~' : ''}${q.value} ${q.unit || ''}` });

  const textBox = el('div', { id: 'doc-text', class: 'doc-text' }, renderSpans(text, spans));
  const toggles = el('div', { class: 'layers' }, LAYERS.map(([key, label]) => el('label', { class: 'layer-toggle' },
    el('input', { type: 'checkbox', checked: true, onchange: (ev) => textBox.classList.toggle('hide-' + key, !ev.target.checked) }),
    el('span', { class: 'swatch l-' + key }, label))));

  // Selecting a claim: highlight its card and spans, scroll both into view, record it in the URL
  // with replaceState (a hash assignment would re-render the whole view).
  const notice = el('p', { class: 'notice', hidden: true });
  function select(cid, scroll = true) {
    for (const n of $$('.selected', root)) n.classList.remove('selected');
    if (!claimMap.has(cid)) { notice.hidden = false; notice.textContent = `Claim ${cid} is not in this document.`; return; }
    notice.hidden = true;
    const card = $(`#claims .claim[data-claim="${CSS.escape(cid)}"]`, root);
    const pieces = $$(`[data-claim="${CSS.escape(cid)}"]`, textBox);
    card && card.classList.add('selected');
    for (const p of pieces) p.classList.add('selected');
    history.replaceState(null, '', docHref(doc.id, cid));
    if (scroll) {
      if (pieces[0]) pieces[0].scrollIntoView({ block: 'center' });
      if (card) card.scrollIntoView({ block: 'nearest' });
    }
  }
  textBox.addEventListener('click', (ev) => {
    const hit = ev.target.closest('[data-claim]');
    if (hit) select(hit.dataset.claim, false);
  });
  function flash(eventId) {
    const span = $(`[data-event="${CSS.escape(eventId)}"]`, textBox);
    if (!span) return;
    span.scrollIntoView({ block: 'center' });
    span.classList.remove('flash');
    void span.offsetWidth; // restart the animation
    span.classList.add('flash');
  }
  const claimChip = (cid) => {
    const c = claimMap.get(cid);
    return el('button', { type: 'button', class: 'chip', 'data-claim-ref': cid, onclick: () => select(cid) },
      c ? `${c.source_text || '∅'} ${c.cue || ''}: ${truncate(c.content, 48)}` : cid);
  };

  // A source named by a pronoun or a description ("it", "the agency") shows whom it resolves to.
  const sourceLabel = (c) => {
    const named = c.source_text || '(implicit source)';
    const entity = c.source && entities.get(c.source);
    return entity && entity.name.toLowerCase() !== named.toLowerCase() ? `${named} (${entity.name})` : named;
  };
  const claimCards = claims.map((c) => el('div', {
    class: 'claim', 'data-claim': c.id, 'data-status': c.status, tabindex: 0,
    onclick: () => select(c.id), onkeydown: (ev) => { if (ev.key === 'Enter') select(c.id); },
  },
  el('div', { class: 'claim-head' }, badge(c.status),
    el('span', { class: 'c-source' }, sourceLabel(c)), ' — ',
    el('span', { class: 'c-cue' }, c.cue || '∅'), (c.evidence || []).map(tag)),
  el('div', { class: 'c-content' }, c.content),
  el('div', { class: 'meta' }, [c.reported_by && `via ${c.reported_by}`, c.date, c.quote && `${c.quote} quote`].filter(Boolean).join(' · '))));

  const nameOf = (eid) => (entities.get(eid) || {}).name || eid;
  const accountOf = (cid) => { const c = claims.find((x) => x.id === cid); return c ? sourceLabel(c) : cid; };
  const eventCards = events.map((v) => el('div', { class: 'event', 'data-event': v.id },
    el('div', { class: 'claim-head' }, badge(v.status), el('strong', null, v.type), v.plover ? tag(v.plover) : null,
      el('button', { type: 'button', class: 'trigger', title: 'show in the text', onclick: () => flash(v.id) }, `“${v.trigger}”`)),
    el('dl', { class: 'kv' },
      // (A disputed agent says whose account names it.)
      (v.actors || []).length ? [el('dt', null, 'Actors'), el('dd', null, v.actors.map((a) => `${nameOf(a.entity)} (${a.role}${(a.according_to || []).length ? ', according to ' + a.according_to.map(accountOf).join(', ') : ''})`).join('; '))] : null,
      (v.places || []).length ? [el('dt', null, 'Places'), el('dd', null, v.places.map((p) => `${(places.get(p.place) || {}).name || p.place} (${p.role})`).join('; '))] : null,
      v.time ? [el('dt', null, 'Time'), el('dd', null, v.time.start === v.time.end ? v.time.start : `${v.time.start || '?'} – ${v.time.end || '?'}`)] : null,
      (v.claims || []).length ? [el('dt', null, 'Reported by'), el('dd', null, v.claims.map(claimChip))] : null)));

  const relations = (led.relations || []).map((r) => el('li', { class: 'relation' },
    claimChip(r.from), ' ', el('span', { class: 'rel-type rel-' + r.type }, r.type), ' ', claimChip(r.to), ' ',
    r.independent ? tag('independent') : tag('same originator')));

  const points = (led.places || []).filter((p) => p.lat != null && p.lon != null)
    .map((p) => ({ id: p.id, name: p.name, lat: +p.lat, lon: +p.lon, title: placeTitle(p) }));
  const removed = doc.removed || [];
  const entityList = (led.entities || []).filter((e) => e.type !== 'MISC').map((e) =>
    el('li', null, el('a', { href: '#/entity?name=' + enc(e.name) }, e.name), ' ', muted(e.type + (e.country ? ' · ' + e.country : ''))));

  const url = safeUrl(doc.url) || safeUrl(doc.source);
  const root = el('div', { class: 'view doc-view' },
    el('header', { class: 'doc-head' },
      // Without a title, the first line of the cleaned text is usually the headline.
      el('h1', null, doc.title || truncate(text.trim().split('\n')[0], 160) || doc.source || doc.id),
      el('div', { class: 'meta' }, [doc.outlet || 'unknown outlet', doc.published || 'undated', doc.author].filter(Boolean).join(' · '),
        ' · ', url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, doc.source) : el('span', null, doc.source || ''),
        ' · ', el('code', null, doc.id))),
    el('div', { class: 'doc-grid' },
      el('div', { class: 'doc-main' }, toggles, notice, textBox,
        section('Places', points.length ? mapSvg(points) : el('p', { class: 'empty' }, 'No geolocated places.')),
        el('details', { class: 'panel removed' }, el('summary', null, `Removed by cleaning (${removed.length})`),
          removed.length ? el('ul', null, removed.map((r) => el('li', null, badge(r.reason, 'reason'), ' ', el('span', { class: 'pre' }, r.text)))) : el('p', { class: 'empty' }, 'Nothing was removed.'))),
      el('aside', { class: 'doc-side' },
        section(`Claims (${claims.length})`, el('div', { id: 'claims' }, claimCards.length ? claimCards : el('p', { class: 'empty' }, 'No claims.'))),
        section(`Events (${events.length})`, el('div', { id: 'events' }, eventCards.length ? eventCards : el('p', { class: 'empty' }, 'No events.'))),
        section(`Relations between claims (${relations.length})`, relations.length ? el('ul', { id: 'relations', class: 'plain' }, relations) : el('p', { class: 'empty' }, 'None.')),
        section(`Entities (${entityList.length})`, el('ul', { class: 'plain entity-list' }, entityList)))));
  const wanted = params.get('claim');
  return { node: root, after: () => { if (wanted) select(wanted); } };
}

// ---------------------------------------------------------------- map

// An equirectangular map (x scaled by cos of the middle latitude so shapes look right), fitted to
// the points with a margin, with a graticule and degree labels. Country outlines come from the
// server's own compiled copy of Natural Earth (`/api/outlines`) and are drawn under the points
// when they arrive; no tiles, nothing from the network.
let mapCount = 0; // gives each map's clip path its own id
function mapSvg(points, { width = 640, height = 360 } = {}) {
  const pad = { l: 44, r: 16, t: 14, b: 24 };
  const lats = points.map((p) => p.lat), lons = points.map((p) => p.lon);
  let [la0, la1, lo0, lo1] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  // A margin of 15% of the extent, and at least 1° so one point (or a tight cluster) gets context.
  const m = Math.max(1, 0.15 * Math.max(la1 - la0, lo1 - lo0));
  la0 = Math.max(-90, la0 - m); la1 = Math.min(90, la1 + m); lo0 = Math.max(-180, lo0 - m); lo1 = Math.min(180, lo1 + m);
  const k = Math.max(0.2, Math.cos(((la0 + la1) / 2) * Math.PI / 180));
  const W = width - pad.l - pad.r, H = height - pad.t - pad.b;
  const scale = Math.min(W / ((lo1 - lo0) * k), H / (la1 - la0));
  // Widen the window on the slack axis so the plot fills the frame at a single scale.
  const cx = (lo0 + lo1) / 2, cy = (la0 + la1) / 2;
  lo0 = cx - W / scale / k / 2; lo1 = cx + W / scale / k / 2; la0 = cy - H / scale / 2; la1 = cy + H / scale / 2;
  const x = (lon) => pad.l + (lon - lo0) * k * scale, y = (lat) => pad.t + (la1 - lat) * scale;
  const step = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 45, 90].find((s) => Math.max(la1 - la0, lo1 - lo0) / s <= 10) || 90;
  const fmt = (v, pos, neg) => `${+Math.abs(v).toFixed(2)}°${v > 0 ? pos : v < 0 ? neg : ''}`;
  const grid = [];
  for (let v = Math.ceil(lo0 / step) * step; v <= lo1; v += step) {
    grid.push(el('line', { x1: x(v), x2: x(v), y1: pad.t, y2: pad.t + H, class: 'grat' }),
      el('text', { x: x(v), y: height - 8, class: 'grat-label', 'text-anchor': 'middle' }, fmt(v, 'E', 'W')));
  }
  for (let v = Math.ceil(la0 / step) * step; v <= la1; v += step) {
    grid.push(el('line', { x1: pad.l, x2: pad.l + W, y1: y(v), y2: y(v), class: 'grat' }),
      el('text', { x: pad.l - 4, y: y(v) + 3, class: 'grat-label', 'text-anchor': 'end' }, fmt(v, 'N', 'S')));
  }
  // Labels go right, left, above or below their point, whichever is free first; a label that
  // fits nowhere is dropped (the circle's tooltip still names the place).
  const seen = new Set(), boxes = [];
  const free = (b) => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height
    && boxes.every((o) => b.x1 < o.x0 || b.x0 > o.x1 || b.y1 < o.y0 || b.y0 > o.y1);
  const unique = points.filter((p) => !seen.has(p.id) && seen.add(p.id)).sort((a, b) => (b.r || 5) - (a.r || 5));
  for (const p of unique) boxes.push({ x0: x(p.lon) - 5, x1: x(p.lon) + 5, y0: y(p.lat) - 5, y1: y(p.lat) + 5 });
  const marks = unique.map((p) => {
    const px = x(p.lon), py = y(p.lat), r = p.r || 5, w = 6.2 * p.name.length, gap = r + 3;
    const spots = [[px + gap, py + 4, 'start', px + gap, py - 7], [px - gap, py + 4, 'end', px - gap - w, py - 7],
      [px, py - gap - 2, 'middle', px - w / 2, py - gap - 13], [px, py + gap + 10, 'middle', px - w / 2, py + gap]];
    const spot = spots.find(([, , , bx, by]) => free({ x0: bx, x1: bx + w, y0: by, y1: by + 12 }));
    if (spot) boxes.push({ x0: spot[3], x1: spot[3] + w, y0: spot[4], y1: spot[4] + 12 });
    return el('g', { class: 'pt' },
      el('circle', { cx: px, cy: py, r, 'data-place': p.id }, el('title', null, p.title || p.name)),
      spot ? el('text', { x: spot[0], y: spot[1], 'text-anchor': spot[2], class: 'pt-label' }, p.name) : null);
  });
  const clipId = `map-clip-${++mapCount}`;
  const land = el('g', { class: 'outlines', 'clip-path': `url(#${clipId})` });
  const box = [lo0, la0, lo1, la1].map((v) => v.toFixed(3));
  api(`/api/outlines?west=${box[0]}&south=${box[1]}&east=${box[2]}&north=${box[3]}`).then((o) => {
    for (const c of o.countries || []) {
      const d = c.rings.map((ring) => 'M' + ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('L') + 'Z').join('');
      land.append(el('path', { d, class: 'outline', 'data-country': c.name }, el('title', null, c.name)));
    }
  }).catch(() => { /* a map without coasts still shows its points */ });
  return el('svg', { class: 'map', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Map of ${plural(points.length, 'place')}` },
    el('defs', null, el('clipPath', { id: clipId }, el('rect', { x: pad.l, y: pad.t, width: W, height: H }))),
    el('rect', { x: pad.l, y: pad.t, width: W, height: H, class: 'map-bg' }), land, grid, marks);
}

// ---------------------------------------------------------------- story

// TIMEX-style values: "2025", "2025-03", "2025-03-10". Returns [startMs, endMsExclusive] or null.
function dateRange(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value || '');
  if (!m) return null;
  const [y, mo, d] = [+m[1], m[2] ? +m[2] - 1 : null, m[3] ? +m[3] : null];
  if (mo == null) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d == null) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  return [Date.UTC(y, mo, d), Date.UTC(y, mo, d + 1)];
}
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

function timeline(clusters, open) {
  const spans = clusters.map((c) => {
    const a = c.time && dateRange(c.time.start), b = c.time && dateRange(c.time.end || c.time.start);
    return a ? [a[0], (b || a)[1]] : null;
  });
  // When each cluster was reported (its claims' dates): shown as ticks, and the only clue to
  // when an undated cluster happened.
  const reported = clusters.map((c) => [...new Set((c.claims || []).map((x) => x.date).filter(Boolean))]
    .map(dateRange).filter(Boolean).map((r) => r[0]));
  const dated = spans.filter(Boolean).concat(reported.flat().map((t) => [t, t + 86400000]));
  if (!dated.length) dated.push([Date.now(), Date.now() + 86400000]);
  const t0 = Math.min(...dated.map((s) => s[0])), t1 = Math.max(...dated.map((s) => s[1]));
  const span = Math.max(t1 - t0, 86400000);
  const pct = (t) => (100 * (t - t0)) / span;
  const ticks = dated.length ? [0, 0.25, 0.5, 0.75, 1].map((f) => el('span', { class: 'tick', style: `left:${f * 100}%` }, isoDay(t0 + f * (span - 86400000)))) : [];
  const rows = clusters.map((c, i) => {
    const s = spans[i];
    const when = c.time ? (c.time.start === c.time.end ? c.time.start : `${c.time.start} – ${c.time.end}`) : 'undated';
    const bar = s ? el('div', { class: `bar st-${c.status}`, style: `left:${pct(s[0])}%;width:${Math.max(0.8, pct(s[1]) - pct(s[0]))}%`, title: `${c.label} (${when})` })
      : el('span', { class: 'undated', title: 'no time could be resolved for this event' }, 'undated');
    const marks = reported[i].map((t) => el('span', { class: 'rep', style: `left:${pct(t + 43200000)}%`, title: 'reported ' + isoDay(t) }));
    return el('div', { class: 'tl-row', onclick: () => open(c.id) },
      el('div', { class: 'tl-label' }, badge(c.status), ' ', el('span', null, truncate(c.label, 70))),
      el('div', { class: 'tl-track' }, bar, marks), el('div', { class: 'tl-when muted' }, when));
  });
  return el('div', { class: 'timeline' },
    el('div', { class: 'tl-row tl-axis' }, el('div', { class: 'tl-label' }), el('div', { class: 'tl-track' }, ticks), el('div', { class: 'tl-when' })),
    rows);
}

// Figures of one unit over time: x the date of the report, y the value; a bar to `upper` for
// ranges. Shows at a glance how estimates moved and who gave which number.
function figureChart(unit, figs) {
  const W = 320, H = 130, pad = { l: 36, r: 12, t: 16, b: 22 };
  const pts = figs.map((f) => ({ f, t: (dateRange(f.date) || [NaN])[0] })).filter((p) => Number.isFinite(p.t));
  if (pts.length < 2) return null;
  const t0 = Math.min(...pts.map((p) => p.t)), t1 = Math.max(...pts.map((p) => p.t));
  const vmax = Math.max(...pts.map((p) => +(p.f.upper ?? p.f.value))) * 1.15 || 1;
  const x = (t) => pad.l + (t1 > t0 ? (t - t0) / (t1 - t0) : 0.5) * (W - pad.l - pad.r);
  const y = (v) => H - pad.b - (v / vmax) * (H - pad.t - pad.b);
  return el('figure', { class: 'fig-chart' },
    el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${unit} over time` },
      el('line', { x1: pad.l, x2: W - pad.r, y1: H - pad.b, y2: H - pad.b, class: 'axis' }),
      el('line', { x1: pad.l, x2: pad.l, y1: pad.t, y2: H - pad.b, class: 'axis' }),
      el('text', { x: pad.l - 4, y: pad.t + 4, 'text-anchor': 'end', class: 'grat-label' }, String(Math.round(vmax))),
      el('text', { x: pad.l - 4, y: H - pad.b, 'text-anchor': 'end', class: 'grat-label' }, '0'),
      el('text', { x: pad.l, y: H - 6, class: 'grat-label' }, isoDay(t0)),
      t1 > t0 ? el('text', { x: W - pad.r, y: H - 6, 'text-anchor': 'end', class: 'grat-label' }, isoDay(t1)) : null,
      pts.map(({ f, t }) => el('g', { class: 'fig-pt kind-' + String(f.kind).replace(/\W/g, '') },
        f.upper != null ? el('line', { x1: x(t), x2: x(t), y1: y(f.value), y2: y(f.upper) }) : null,
        el('circle', { cx: x(t), cy: y(f.value), r: 4 }, el('title', null, `${f.date}: ${f.text} (${f.kind}) by ${f.source}`)),
        el('text', { x: x(t) + (x(t) > W - 40 ? -6 : 6), y: y(f.value) - 5, 'text-anchor': x(t) > W - 40 ? 'end' : 'start', class: 'fig-val' }, String(f.value))))),
    el('figcaption', null, unit, ' — ', ['count', 'estimate', 'plan'].map((k) => el('span', { class: 'fig-key kind-' + k }, '● ', k, ' '))));
}

function chain(links) {
  return el('span', { class: 'chain' }, (links || []).map((l, i) => [i ? el('span', { class: 'arrow' }, ' → ') : null,
    el('span', { class: 'link role-' + String(l.role).replace(/\W/g, '_'), title: l.role }, l.name)]));
}

function clusterBody(c, claimIndex) {
  const claimLink = (cid) => {
    const cl = claimIndex.get(cid);
    return cl ? el('a', { href: docHref(cl.doc, cid), title: cl.content }, `${cl.outlet || cl.doc}, ${cl.date || ''}`) : el('code', null, cid);
  };
  const cred = c.credibility;
  const origs = c.originators || [];
  const figures = (c.figures || []).slice().sort((a, b) => String(a.unit).localeCompare(String(b.unit)) || String(a.date).localeCompare(String(b.date)));
  // Claims grouped by originator: one independent originator, however many outlets relay it.
  const groups = new Map();
  for (const cl of c.claims || []) {
    const key = cl.originator || cl.originator_name || '(unknown originator)';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(cl);
  }
  const origByKey = new Map(origs.map((o) => [o.key, o]));
  return [
    cred ? el('div', { class: 'cred' },
      el('div', null, el('strong', { class: 'score' }, (+cred.score).toFixed(2)), ' ', cred.label, muted(` · Admiralty credibility ${cred.admiralty}`)),
      el('code', { class: 'formula' }, cred.explanation)) : null,
    el('p', { class: 'counts' }, `${plural(c.independent_originators ?? origs.length, 'independent originator')} · ${plural(c.repeats || 0, 'repeat')} · ${plural(c.copies || 0, 'copy', 'copies')} · ${plural((c.docs || []).length, 'document')}`),
    origs.length ? el('table', { class: 'grid compact' },
      el('thead', null, el('tr', null, ['Originator', 'Speaks for', 'Stance', 'Grade', 'Claims', 'Outlets', 'Evidence', 'History'].map((h) => el('th', null, h)))),
      el('tbody', null, origs.map((o) => el('tr', { class: 'stance-' + o.stance },
        el('td', null, o.entity ? el('a', { href: '#/entity?name=' + enc(o.name) }, o.name) : o.name),
        // One government's bodies and officials are one voice, counted once.
        el('td', { class: 'small' }, String(o.voice || '').startsWith('state:') ? `government of ${o.voice_name}` : muted('itself')),
        el('td', null, badge(o.stance, 'role')), el('td', null, o.grade || muted('—')),
        el('td', { class: 'num' }, (o.claims || []).length), el('td', null, (o.outlets || []).join(', ')),
        el('td', null, (o.evidence || []).map(tag), o.own_evidence ? muted(' own') : null),
        el('td', { class: 'small' }, (o.history || []).map((h) => `${h.date || '?'} ${h.status}`).filter((s, i, a) => a.indexOf(s) === i).join(' → ')))))) : null,
    (c.contradictions || []).length ? el('div', { class: 'denials' }, el('h4', null, 'Denials and contradictions'),
      el('ul', null, c.contradictions.map((x) => el('li', null, badge(x.kind, 'role'), ' ', x.note, ' ', muted('— '), claimLink(x.claim), muted(' against '), claimLink(x.against))))) : null,
    figures.length ? el('div', null, el('h4', null, 'Figures over time'),
      el('div', { class: 'fig-charts' }, [...new Set(figures.map((f) => f.unit))].map((u) => figureChart(u, figures.filter((f) => f.unit === u)))),
      el('table', { class: 'grid compact' },
      el('thead', null, el('tr', null, ['Date', 'Unit', 'Figure', 'Kind', 'Source', 'Repeated', 'Report'].map((h) => el('th', null, h)))),
      el('tbody', null, figures.map((f) => el('tr', null, el('td', { class: 'nowrap' }, f.date || '?'), el('td', null, f.unit || ''),
        el('td', { class: 'num' }, `${f.bound === 'MORE_THAN' ? '≥ ' : f.bound === 'LESS_THAN' ? '≤ ' : f.approx ? '~' : ''}${f.value}${f.upper != null ? '–' + f.upper : ''}`, muted(` “${f.text}”`)),
        el('td', null, tag(f.kind)), el('td', null, f.source), el('td', { class: 'num' }, f.repeats || 0), el('td', null, claimLink(f.claim))))))) : null,
    el('h4', null, 'Claims by originator'),
    [...groups].map(([key, list]) => {
      const o = origByKey.get(key);
      const outlets = new Set(list.map((cl) => cl.outlet));
      const first = list.reduce((a, b) => (String(b.date) < String(a.date) ? b : a));
      const relays = [...outlets].filter((x) => x !== first.outlet);
      return el('div', { class: 'origin-group' },
        el('div', { class: 'origin-head' }, el('strong', null, (o && o.name) || list[0].originator_name || key), ' ',
          o ? badge(o.stance, 'role') : null, muted(` · ${plural(list.length, 'claim')} · first in ${first.outlet || '?'} (${first.date || 'undated'})`),
          relays.length ? muted(`; relayed by ${relays.join(', ')}`) : null),
        el('ul', { class: 'plain' }, list.map((cl) => el('li', { class: 'story-claim' + (cl.copy_of ? ' copy' : '') },
          el('div', null, badge(cl.role, 'role'), badge(cl.status), ' ', el('span', { class: 'nowrap' }, cl.date || '?'), ' ', chain(cl.chain),
            cl.copy_of ? el('span', { class: 'copy-of' }, ' · copy of ', claimLink(cl.copy_of)) : null),
          el('div', { class: 'c-content' }, el('span', { class: 'c-cue' }, cl.cue || '∅'), ' ', cl.content, ' ',
            (cl.evidence || []).map(tag), ' ', el('a', { href: docHref(cl.doc, cl.claim) }, 'open'))))));
    }),
    el('div', { class: 'two-col' },
      el('div', null, el('h4', null, 'Places'), el('ul', { class: 'plain' }, (c.places || []).map((p) => el('li', null, p.name, muted(` ${p.role} · ${plural(p.reports, 'report')}`))))),
      el('div', null, el('h4', null, 'Actors'), el('ul', { class: 'plain' }, (c.actors || []).map((a) => el('li', null, el('a', { href: '#/entity?name=' + enc(a.name) }, a.name), muted(` ${a.role} · ${plural(a.reports, 'report')}`)))))),
    (c.links || []).length ? el('details', { class: 'links' }, el('summary', null, `Why these ${plural((c.events || []).length, 'event')} are one cluster`),
      el('ul', null, c.links.map((l) => el('li', null, el('code', null, l.left), ' + ', el('code', null, l.right), ': ', l.reason)))) : null,
  ];
}

async function viewStory(params) {
  const q = (params.get('q') || '').trim();
  const minDocs = params.get('min_docs') || '1';
  if (!q) throw new Error('Type some words in the search box to build a story.');
  const story = await api(`/api/story?q=${enc(q)}&min_docs=${enc(minDocs)}`);
  const clusters = (story.clusters || []).slice().sort((a, b) => {
    const ta = a.time && a.time.start, tb = b.time && b.time.start;
    return ta && tb ? ta.localeCompare(tb) : ta ? -1 : tb ? 1 : 0;
  });
  const claimIndex = new Map();
  for (const c of clusters) for (const cl of c.claims || []) claimIndex.set(cl.claim, cl);

  // The story's documents are those its clusters' claims come from; the claims also say which
  // outlet published each and when. Cluster places carry their coordinates for the map.
  const docInfo = new Map();
  // The server lists the story's documents with their titles; claims fill in what it lacks.
  for (const d of story.document_list || []) docInfo.set(d.id, { ...d });
  for (const c of clusters) {
    for (const d of c.docs || []) if (!docInfo.has(d)) docInfo.set(d, {});
    for (const cl of c.claims || []) {
      const info = docInfo.get(cl.doc) || {};
      info.outlet = info.outlet || cl.outlet;
      info.published = info.published || cl.date;
      docInfo.set(cl.doc, info);
    }
  }
  const ids = [...docInfo.keys()];
  const placeAgg = new Map();
  for (const c of clusters) for (const p of c.places || []) {
    const g = placeAgg.get(p.place) || { place: p, reports: 0, roles: new Set() };
    g.reports += p.reports || 0; g.roles.add(p.role);
    placeAgg.set(p.place, g);
  }
  const points = [...placeAgg].map(([id, g]) => ({
    id, name: g.place.name, lat: Number(g.place.lat ?? NaN), lon: Number(g.place.lon ?? NaN),
    r: Math.min(11, 4 + Math.sqrt(g.reports)),
    title: `${placeTitle(g.place)} · ${plural(g.reports, 'report')} · ${[...g.roles].join(', ')}`,
  })).filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));

  const list = el('div', { id: 'story-clusters' }, clusters.map((c) => {
    const denied = (c.contradictions || []).some((x) => x.kind === 'denial') || (c.claims || []).some((x) => x.role === 'denies');
    const node = el('details', { class: 'cluster panel', 'data-cluster': c.id },
      el('summary', null, badge(c.status), ' ', el('span', { class: 'cl-label' }, c.label), ' ',
        c.credibility ? el('span', { class: 'cred-pill', title: c.credibility.explanation }, `${(+c.credibility.score).toFixed(2)} ${c.credibility.label}`) : null,
        denied ? el('span', { class: 'badge status-denied' }, 'denied by someone') : null,
        muted(` ${plural(c.independent_originators ?? 0, 'independent originator')} · ${plural((c.claims || []).length, 'claim')}`)));
    // Build the (large) body only when first opened.
    node.addEventListener('toggle', () => { if (node.open && node.childElementCount === 1) node.append(el('div', { class: 'cl-body' }, clusterBody(c, claimIndex))); });
    return node;
  }));
  // Opening a cluster from the timeline records it in the URL (`&cluster=`), so it can be shared.
  const open = (cid, smooth = true) => {
    const n = $(`#story-clusters .cluster[data-cluster="${CSS.escape(cid)}"]`);
    if (!n) return;
    n.open = true;
    n.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    history.replaceState(null, '', `#/story?q=${enc(q)}&min_docs=${enc(minDocs)}&cluster=${enc(cid)}`);
  };
  const minForm = el('form', { class: 'inline-form', onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/story?q=${enc(q)}&min_docs=${enc(ev.target.elements.min_docs.value)}`; } },
    el('label', null, 'clusters reported by at least ', el('input', { type: 'number', name: 'min_docs', min: 1, value: minDocs, class: 'narrow' }), ' documents '),
    el('button', { type: 'submit' }, 'Apply'));
  const published = (d) => (docInfo.get(d) || {}).published || '';
  const docRows = ids.slice().sort((a, b) => published(a).localeCompare(published(b))).map((d) => {
    const info = docInfo.get(d) || {};
    const n = clusters.filter((c) => (c.docs || []).includes(d)).length;
    return el('tr', { 'data-doc': d }, el('td', null, el('a', { href: docHref(d) }, info.title || info.source || d)),
      el('td', null, info.outlet || '—'), el('td', { class: 'nowrap' }, info.published || '—'), el('td', { class: 'num' }, n));
  });
  const docCount = story.documents ?? ids.length;
  const node = el('div', { class: 'view' },
    el('h1', null, 'Story: ', el('q', null, q)),
    el('p', { class: 'meta' }, `${plural(docCount, 'document')} · ${plural(clusters.length, 'event cluster')} · `, minForm),
    downloads('?q=' + enc(q)),
    clusters.length ? [
      section('Timeline', timeline(clusters, open), el('p', { class: 'legend' }, ['occurred', 'ongoing', 'planned', 'expected', 'denied'].map((s) => el('span', { class: 'legend-item' }, el('span', { class: 'bar-key st-' + s }), s)),
        el('span', { class: 'legend-item' }, el('span', { class: 'rep-key' }), 'date of a report'))),
      el('h2', null, 'Event clusters'), list,
    ] : el('p', { class: 'empty' }, 'No event clusters for these words.'),
    clusters.length ? section('Places of the story', points.length ? mapSvg(points, { width: 900, height: 420 }) : el('p', { class: 'empty' }, 'No coordinates for these places.')) : null,
    docRows.length ? section('Documents', el('table', { class: 'grid' }, el('thead', null, el('tr', null, ['Document', 'Outlet', 'Published', 'Clusters'].map((h, i) => el('th', { class: i === 3 ? 'num' : null }, h)))), el('tbody', null, docRows))) : null);
  const wanted = params.get('cluster');
  return { node, after: () => { if (wanted) open(wanted, false); } };
}

// ---------------------------------------------------------------- claims by status

function claimRow(c) {
  return el('li', { class: 'claim', 'data-claim': c.id },
    el('div', { class: 'claim-head' }, badge(c.status), el('span', { class: 'c-source' }, c.source_text || '(implicit source)'), ' — ',
      el('span', { class: 'c-cue' }, c.cue || '∅'), (c.evidence || []).map(tag)),
    el('div', { class: 'c-content' }, c.content),
    el('div', { class: 'meta' }, [c.reported_by && `via ${c.reported_by}`, c.date].filter(Boolean).join(' · '), ' ',
      el('a', { href: docHref(c.doc, c.id) }, 'open in document')));
}

async function viewClaims(params) {
  const status = params.get('status') || 'denied';
  const data = await api(`/api/claims?status=${enc(status)}&limit=200`);
  const claims = Array.isArray(data) ? data : data.claims || [];
  const select = el('select', { name: 'status', onchange: (ev) => { location.hash = '#/claims?status=' + enc(ev.target.value); } },
    CLAIM_STATUSES.map((s) => el('option', { value: s, selected: s === status }, s)));
  return {
    node: el('div', { class: 'view' }, el('h1', null, 'Claims by status'),
      el('p', { class: 'inline-form' }, el('label', null, 'Status ', select), muted(` ${plural(claims.length, 'claim')}${claims.length >= 200 ? ' (first 200)' : ''}`)),
      claims.length ? el('ul', { id: 'claim-list', class: 'plain cards' }, claims.map(claimRow)) : el('p', { class: 'empty', id: 'claim-list' }, `No ${status} claims.`)),
  };
}

// ---------------------------------------------------------------- entity

async function viewEntity(params) {
  const name = (params.get('name') || '').trim();
  const form = el('form', { class: 'inline-form', onsubmit: (ev) => { ev.preventDefault(); location.hash = '#/entity?name=' + enc(ev.target.elements.name.value.trim()); } },
    el('input', { type: 'search', name: 'name', value: name, placeholder: 'Entity name, e.g. CMA' }), el('button', { type: 'submit' }, 'Look up'));
  const view = el('div', { class: 'view' }, el('h1', null, 'Entity'), form);
  if (!name) return { node: view };
  // A name the ledger does not know is a 404: keep the form on screen to try another.
  let list;
  try {
    const data = await api('/api/entity?name=' + enc(name));
    list = Array.isArray(data) ? data : data.entities || [];
  } catch (e) {
    showError(e.message);
    return { node: view };
  }
  view.append(list.length ? el('div', { id: 'entities' }, list.map((e) => section(e.name,
    el('dl', { class: 'kv' },
      el('dt', null, 'Type'), el('dd', null, [e.type, e.org_kind && e.org_kind.replace(/_/g, ' '), e.country].filter(Boolean).join(' · ')),
      el('dt', null, 'Aliases'), el('dd', null, (e.aliases || []).length ? e.aliases.join('; ') : muted('none')),
      el('dt', null, 'Mentions'), el('dd', null, String(e.mentions ?? '')),
      el('dt', null, 'Records'), el('dd', null, (e.members || []).map((m) => el('code', { class: 'id' }, m))),
      el('dt', null, 'Documents'), el('dd', null, (e.docs || []).map((d) => el('a', { class: 'id', href: docHref(d) }, d)))),
    el('h4', null, 'Why these records are one entity'),
    (e.merges || []).length ? el('ul', null, e.merges.map((m) => el('li', null, el('code', null, m.left), ' + ', el('code', null, m.right), ': ', m.reason)))
      : el('p', { class: 'empty' }, 'A single record: nothing was merged.')))) : el('p', { class: 'empty' }, `No entity named “${name}”.`));
  return { node: view };
}

// ---------------------------------------------------------------- search

async function viewSearch(params) {
  const q = (params.get('q') || '').trim();
  const form = el('form', { class: 'inline-form', onsubmit: (ev) => { ev.preventDefault(); location.hash = '#/search?q=' + enc(ev.target.elements.q.value.trim()); } },
    el('input', { type: 'search', name: 'q', value: q, placeholder: 'Words in documents and claims' }), el('button', { type: 'submit' }, 'Search'),
    q ? el('a', { href: '#/story?q=' + enc(q) }, 'story for these words') : null);
  const view = el('div', { class: 'view' }, el('h1', null, 'Search text'), form);
  if (!q) return { node: view };
  const data = await api(`/api/search?q=${enc(q)}&limit=20`);
  const hits = data.hits || [];
  view.append(hits.length ? el('ol', { id: 'search-hits', class: 'plain cards' }, hits.map((h) => el('li', { class: 'hit', 'data-kind': h.kind },
    el('div', { class: 'claim-head' }, badge(h.kind, 'kind'), el('a', { href: h.kind === 'claim' ? docHref(h.doc, h.id) : docHref(h.doc || h.id) }, h.kind === 'claim' ? `claim in ${h.doc}` : h.doc || h.id),
      muted(` score ${typeof h.score === 'number' ? h.score.toFixed(2) : h.score}`)),
    el('div', { class: 'snippet' }, markSnippet(h.snippet)))))
    : el('p', { class: 'empty', id: 'search-hits' }, 'No matches.'));
  return { node: view };
}

// The store marks matched words as **word** (SQLite FTS5 snippet, PostgreSQL ts_headline).
function markSnippet(snippet) {
  return String(snippet || '').split('**').map((part, i) => (i % 2 ? el('mark', { class: 'match' }, part) : part));
}

// ---------------------------------------------------------------- grades

async function viewGrades() {
  const data = await api('/api/grades');
  const grades = data.grades || [];
  const status = el('p', { class: 'form-status', role: 'status' });
  const form = el('form', { id: 'grade-form', class: 'grade-form' },
    el('label', null, 'Source', el('input', { name: 'source', required: true, placeholder: 'e.g. Coastal Monitoring Agency' })),
    el('label', null, 'Grade', el('select', { name: 'grade' }, [['A', 'completely reliable'], ['B', 'usually reliable'], ['C', 'fairly reliable'],
      ['D', 'not usually reliable'], ['E', 'unreliable'], ['F', 'cannot be judged']].map(([g, t]) => el('option', { value: g }, `${g} — ${t}`)))),
    el('label', null, 'Note', el('input', { name: 'note', placeholder: 'optional' })),
    el('button', { type: 'submit' }, 'Save grade'), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = form.elements;
    const body = { source: f.source.value.trim(), grade: f.grade.value, note: f.note.value.trim() || null };
    form.querySelector('button').disabled = true;
    try {
      await api('/api/grades', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      showError('');
      const fresh = await api('/api/grades');
      $('#grade-list').replaceWith(gradeTable(fresh.grades || []));
      status.textContent = `Saved ${body.grade} for ${body.source}.`;
      form.reset();
    } catch (e) {
      showError(e.message);
      status.textContent = '';
    } finally {
      form.querySelector('button').disabled = false;
    }
  });
  return {
    node: el('div', { class: 'view' }, el('h1', null, 'Source reliability grades'),
      el('p', { class: 'muted' }, 'Admiralty grades (A–F) feed the credibility score of every story.'),
      gradeTable(grades), section('Set a grade', form)),
  };
}

function gradeTable(grades) {
  return el('table', { id: 'grade-list', class: 'grid' },
    el('thead', null, el('tr', null, ['Source', 'Grade', 'Note', 'Set at'].map((h) => el('th', null, h)))),
    el('tbody', null, grades.length ? grades.map((g) => el('tr', { 'data-source': g.source },
      el('td', null, g.source), el('td', null, el('span', { class: 'grade grade-' + String(g.grade).replace(/[^A-F]/g, '') }, g.grade)),
      el('td', null, g.note || muted('—')), el('td', { class: 'nowrap' }, g.set_at || ''))) : el('tr', null, el('td', { colspan: 4, class: 'empty' }, 'No grades yet.'))));
}

// ---------------------------------------------------------------- start

setupTopBar();
window.addEventListener('hashchange', route);
route();
