// The corridor map in the browser: Leaflet on one canvas, stepped through time here.
//
// The server sends small arguments (where the features file is, the date to open on, the
// naming convention, requests to fit or to fly to a searched place). The features come once
// per filter set, as columns (geo/mapview.py: payload); the date slider, Previous/Next, Play
// and the window filter them here, with no message to the server. The chosen date and window
// go back to the server only once the user pauses (for the URL, the table and the chart).
// Every text from the data is escaped here before it reaches a popup or tooltip.
(function () {
  "use strict";

  var DAY_MS = 86400000;
  var OPEN_END = 2147483647;
  var reportDelayMs = null;        // a pause this long tells the server (stepping on sends nothing):
                                   // the server's CORRIDOR_MAP_REPORT_DELAY_MS (geo/settings.py), in the args
  // A frame of another origin than the page runs in a process of its own in desktop Chromium and
  // Firefox (geo/timemap.py): the page's work does not hold its clicks, and there its idle callbacks
  // come only at their timeout, so it waits for idleness a short while only.
  var SAME_ORIGIN = (function () { try { return !!window.parent.document; } catch (e) { return false; } })();
  var REPORT_IDLE_MS = SAME_ORIGIN ? 2000 : 200;  // ... once the page is idle, or this long after at the latest
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"];
  var WINDOWS = {"1": 1, "7": 7, "30": 30, "all": null};
  var GROUP_POPUP_LIMIT = 5;
  var STATIC = new URL("../../app/static/", window.location.href).href;

  var data = null, dataName = null, loading = null;
  var map = null, renderer = null, groups = {}, markers = {}, searchRing = null, tiles = null;
  var basemap = null, landLayer = null, labelLayer = null, labelMarkers = [], waterLabels = [];
  var state = {day: null, window: "7", naming: "international", playing: false, speed: 2};
  var seen = {daySeq: null, fitSeq: null, searchSeq: null, tiles: null, naming: null};
  var drawnIndex = [], drawnBounds = [], drawnReports = [], legendControl = null, reportTimer = null, playTimer = null;
  var drawnLines = [];          // the route drawn for each entry of drawnBounds (none for a point)
  var firstDraw = true, reported = false, waiting = false, askedAt = 0, tileState = {errors: 0, loads: 0};
  var el = function (id) { return document.getElementById(id); };
  var mark = function (name) { if (window.performance && performance.mark) { performance.mark(name); } };

  // --- Streamlit's component messages (the protocol of streamlit-component-lib) -------------
  function send(type, extra) {
    window.parent.postMessage(Object.assign({isStreamlitMessage: true, apiVersion: 1, type: type}, extra || {}), "*");
  }
  function setHeight() { send("streamlit:setFrameHeight", {height: document.body.scrollHeight}); }
  window.addEventListener("message", function (event) {      // only the page that holds the frame
    if (event.source === window.parent && event.data && event.data.type === "streamlit:render") {
      render(event.data.args || {});
    }
  });

  // --- days ----------------------------------------------------------------------------------
  function dayOf(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS); }
  function isoOf(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function dateText(day, precision) {
    var d = new Date(day * DAY_MS);
    if (precision === "year") { return String(d.getUTCFullYear()); }
    if (precision === "month") { return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }
  function longDate(day) {
    var d = new Date(day * DAY_MS);
    return d.getUTCDate() + " " + MONTHS_LONG[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  function esc(value) {
    return String(value == null ? "" : value).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  // --- the map's files ----------------------------------------------------------------------
  // Each has a gzip twin (geo/mapview.py: write_payload), unpacked here: the server sends it as it
  // is, where it would compress the plain file again for every viewer.
  var UNPACK = typeof DecompressionStream === "function";
  function fetchData(name) {
    return fetch(STATIC + "mapdata/" + name + (UNPACK ? ".gz" : "")).then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      return UNPACK ? new Response(r.body.pipeThrough(new DecompressionStream("gzip"))) : r;
    });
  }

  // --- the features, as typed arrays ---------------------------------------------------------
  // The numeric columns come as one binary file (geo/mapview.py: write_payload), each in the
  // narrowest integer type; the start days are offsets from ``base``.
  var TYPES = {u1: Uint8Array, i1: Int8Array, u2: Uint16Array, i2: Int16Array, i4: Int32Array};
  function columns(layout, buffer) {
    var out = {};
    layout.fields.forEach(function (f) { out[f[0]] = new TYPES[f[1]](buffer, f[2], f[3]); });
    return out;
  }
  function decode(raw, buffer) {
    var c = columns(raw.columns, buffer), base = raw.columns.base;
    var n = raw.n, start = new Int32Array(n), end = new Int32Array(n), last = new Int32Array(n);
    for (var i = 0; i < n; i++) {
      var length = c.length[i];
      start[i] = base + c.start[i];
      end[i] = length < 0 ? OPEN_END : start[i] + length;
      last[i] = length < 0 ? start[i] : start[i] + length;
    }
    return {
      n: n, layers: raw.layers, layer: c.layer,
      category: c.category, categories: raw.category.values,
      start: start, end: end, last: last, windowed: c.windowed,
      spot: c.spot, spotLat: Float64Array.from(raw.spots.lat), spotLon: Float64Array.from(raw.spots.lon),
      line: c.line, lines: raw.lines, halo: c.halo,
      chunk: raw.chunk, textFiles: raw.text, chunks: [], pending: {},
      dates: Int32Array.from(raw.dates),
      first: dayOf(raw.first), lastDay: dayOf(raw.last), styles: raw.styles, legend: raw.legend, labels: raw.labels,
      region: raw.region
    };
  }
  // Popup texts come in chunks (fetched after the first drawing, or when a popup needs one).
  function field(name, i) {
    var chunk = data.chunks[(i / data.chunk) | 0];
    if (!chunk) { return ""; }
    var column = chunk[name];
    return column.values[column.codes[i % data.chunk]];
  }
  function categoryOf(i) { return data.categories[data.category[i]]; }
  // A feature's id comes with its texts (undefined until its chunk is loaded).
  function idOf(i) {
    var chunk = data.chunks[(i / data.chunk) | 0];
    return chunk ? chunk.id[i % data.chunk] : undefined;
  }
  function textReady(indices) {
    return indices.every(function (i) { return !!data.chunks[(i / data.chunk) | 0]; });
  }
  function loadText(indices) {
    var current = data, wanted = {};
    indices.forEach(function (i) { wanted[(i / current.chunk) | 0] = true; });
    return Promise.all(Object.keys(wanted).map(function (k) {
      if (current.chunks[k]) { return null; }
      if (!current.pending[k]) {
        current.pending[k] = fetchData(current.textFiles[k]).then(function (r) {
          return r.json();
        }).then(function (chunk) { current.chunks[k] = chunk; });
      }
      return current.pending[k];
    }));
  }
  function prefetchText() {
    var current = data;
    window.cmTextReady = false;
    // Beyond one file (20,000 features, ~3 MB of text) each chunk is fetched when a popup or
    // tooltip needs it: every viewer fetching (and the server compressing) 15 MB of texts right
    // after the first paint took the CPU from the maps of the viewers already stepping.
    if (current.textFiles.length > 1) { return; }
    var k = 0;
    (function next() {
      if (current !== data) { return; }
      if (k >= current.textFiles.length) { window.cmTextReady = true; draw(); return; }   // with the ids
      loadText([k * current.chunk]).then(function () { k += 1; next(); }, function () {});
    })();
  }
  // What is shown on a day (geo/timeline.py: active, opacity): intervals while in force (start
  // included, end excluded); windowed events while any of their days is in the window, fading.
  function visibleOn(day, windowDays) {
    var shown = [], n = data.n, start = data.start, end = data.end, last = data.last, windowed = data.windowed;
    var from = windowDays == null ? -Infinity : day - windowDays;
    for (var i = 0; i < n; i++) {
      if (start[i] > day) { continue; }
      if (windowed[i] ? last[i] > from : (end[i] === OPEN_END || day < end[i])) { shown.push(i); }
    }
    return shown;
  }
  function opacity(i, day, windowDays) {
    if (!data.windowed[i]) { return 1; }
    var span = windowDays == null ? data.styles.all_fade_days : Math.max(windowDays - 1, 1);
    var lastDay = Math.min(data.last[i], day);
    var age = Math.max(0, Math.min((day - lastDay) / span, 1));
    return 1 - (1 - data.styles.min_opacity) * age;
  }

  // --- popups and tooltips (escaped here) ----------------------------------------------------
  function placeLabel(i) {
    var column = {armenian: "place_armenian", azerbaijani: "place_azerbaijani"}[state.naming] || "place_label";
    return field(column, i) || field("place_label", i);
  }
  function datesLine(i) {
    var precision = field("date_precision", i) || "day", text;
    var start = dateText(data.start[i], precision);
    if (data.end[i] === OPEN_END) { text = "from " + start + " (no end reported)"; }
    else if (data.end[i] === data.start[i]) { text = start; }
    else { text = start + " – " + dateText(data.end[i], precision); }
    return text + " · precise to the " + precision;
  }
  function sourceLink(i) {
    var source = esc(field("source", i)), url = field("source_url", i) || "";
    if (/^https?:\/\//i.test(url)) {
      return '<a href="' + esc(url) + '" target="_blank" rel="noopener">' + (source || esc(url)) + "</a>";
    }
    return source;
  }
  function popupHtml(i) {
    var layer = data.layers[data.layer[i]], label = placeLabel(i);
    var armenian = field("place_armenian", i), azerbaijani = field("place_azerbaijani", i);
    var place = esc(label);
    if (armenian && azerbaijani && armenian !== azerbaijani) {
      place += "<br><i>Armenian: " + esc(armenian) + " · Azerbaijani: " + esc(azerbaijani) + "</i>";
    }
    var status = field("status", i), kind = field("kind", i) + (status ? " (" + status + ")" : "");
    var rows = [["Date", esc(datesLine(i))], ["Place", place]];
    var precision = field("geo_precision", i);
    if (layer === "corridors" && precision) {
      // geo.routes: a route follows its road (site) or has straight stretches over 3 km between waypoints
      rows.push(["Course", precision === "site" ? "follows the road (waypoints at most 3 km apart)"
        : precision === "district" ? "indicative line, not a road"
        : "approximate: straight between named waypoints, some more than 3 km apart"]);
    } else if (precision) { rows.push(["Located", esc("to the " + precision)]); }
    rows.push(["Kind", esc(kind)], ["Claimed by", esc(field("claimed_by", i))], ["Source", sourceLink(i)]);
    var description = field("description", i), quote = field("quote", i);
    return '<div class="cm-popup" data-id="' + esc(idOf(i)) + '"><h4>' +
      esc(data.styles.singular[layer] || layer) + ": " + esc(label) + "</h4>" +
      (description ? "<p>" + esc(description) + "</p>" : "") + "<table>" +
      rows.map(function (r) { return "<tr><td>" + r[0] + "</td><td>" + r[1] + "</td></tr>"; }).join("") +
      "</table>" + (quote ? "<blockquote>" + esc(quote) + "</blockquote>" : "") + "</div>";
  }
  function summaryLine(i) {
    return '<li data-id="' + esc(idOf(i)) + '"><b>' + esc(dateText(data.start[i], field("date_precision", i) || "day")) +
      "</b> · " + esc(field("kind", i)) + " · " + esc(field("claimed_by", i)) + ": " + esc(field("description", i)) +
      " (" + sourceLink(i) + ")</li>";
  }
  function groupPopup(members) {              // members: latest first
    if (members.length === 1) { return popupHtml(members[0]); }
    var layer = data.layers[data.layer[members[0]]];
    var plural = {shelling: "reports", checkpoints: "checkpoints"}[layer] || "events";
    var earlier = members.slice(1, GROUP_POPUP_LIMIT + 1), more = members.length - 1 - earlier.length;
    return '<div class="cm-group"><div class="cm-count">' + members.length + " " + plural + " here; the latest:</div>" +
      popupHtml(members[0]) + '<div class="cm-count">Earlier:</div><ul>' + earlier.map(summaryLine).join("") +
      "</ul>" + (more ? "<p>… and " + more + " more: see the table under the map.</p>" : "") + "</div>";
  }
  function tooltipText(members) {
    var i = members[0];
    var text = esc(placeLabel(i) + " · " + field("kind", i) + " · " + dateText(data.start[i], field("date_precision", i) || "day"));
    return members.length > 1 ? members.length + " here · latest: " + text : text;
  }

  // --- symbols on the canvas -----------------------------------------------------------------
  var Shape = L.CircleMarker.extend({
    _updatePath: function () {
      var shape = this.options.shape;
      if (shape !== "square" && shape !== "diamond") { return L.CircleMarker.prototype._updatePath.call(this); }
      var r = this._renderer;
      if (!r._drawing || this._empty()) { return; }
      var p = this._point, s = Math.max(Math.round(this._radius), 1), ctx = r._ctx;
      ctx.beginPath();
      if (shape === "diamond") {
        s = Math.round(s * 1.35);
        ctx.moveTo(p.x, p.y - s); ctx.lineTo(p.x + s, p.y); ctx.lineTo(p.x, p.y + s); ctx.lineTo(p.x - s, p.y);
        ctx.closePath();
      } else {
        ctx.rect(p.x - s, p.y - s, 2 * s, 2 * s);
      }
      r._fillStroke(ctx, this);
    }
  });

  function colourOf(layer, value) {
    var table = data.styles.colours[layer] || {};
    return table[value] || table[""] || "#6e7781";
  }
  function lineStyle(i, alpha) {
    var status = categoryOf(i), line = data.styles.lines[status] || data.styles.lines[""];
    return {color: colourOf("corridors", status), weight: line.weight, dashArray: line.dashArray,
            opacity: 0.9 * alpha, lineCap: "round", renderer: renderer};
  }
  function pointStyle(i, alpha, count) {
    var layer = data.layers[data.layer[i]];
    var radius = count > 1 ? Math.min(data.styles.radius + 2.5 * Math.log2(count), 18) : data.styles.radius;
    return {radius: radius, color: "#ffffff", weight: 1.5, opacity: alpha, fillColor: colourOf(layer, categoryOf(i)),
            fillOpacity: 0.9 * alpha, shape: data.styles.symbols[layer], renderer: renderer};
  }
  // A point placed only to a district or region: a translucent area as wide as the uncertainty.
  function haloStyle(i, alpha) {
    var colour = colourOf(data.layers[data.layer[i]], categoryOf(i));
    return {radius: data.halo[i], color: colour, weight: 1.5, dashArray: "5 4", opacity: 0.7 * alpha,
            fillColor: colour, fillOpacity: data.styles.halo_fill_opacity * alpha, renderer: renderer};
  }
  function latLngs(i) {
    var out = [], lines = data.lines, line = data.line[i];
    for (var k = lines.offset[line]; k < lines.offset[line + 1]; k++) { out.push([lines.lat[k], lines.lon[k]]); }
    return out;
  }

  // --- drawing a day ------------------------------------------------------------------------
  // A marker per (layer, spot) or per line is kept between steps and restyled, so a step
  // touches only what changed and an open popup on a feature that stays shown stays open.
  function draw() {
    if (!data || !map) { return; }
    var t0 = performance.now();
    var day = state.day, windowDays = WINDOWS[state.window];
    var shown = visibleOn(day, windowDays);
    var wanted = {}, order = [], counts = {}, linesAdded = false;
    shown.forEach(function (i) {
      var layer = data.layers[data.layer[i]];
      counts[layer] = (counts[layer] || 0) + 1;
      var key = layer === "corridors" ? "l" + i : layer + ":" + data.spot[i] + (data.halo[i] ? ":h" + data.halo[i] : "");
      var entry = wanted[key];
      if (!entry) { entry = wanted[key] = {layer: layer, members: []}; order.push(key); }
      entry.members.push(i);
    });
    drawnIndex = [];
    drawnBounds = [];
    drawnReports = [];
    drawnLines = [];
    order.forEach(function (key) {
      var entry = wanted[key], members = entry.members;
      members.sort(function (a, b) { return data.start[b] - data.start[a] || b - a; });   // rows: by date, id
      var i = members[0], alpha = opacity(i, day, windowDays), marker = markers[key];
      members.forEach(function (m) { drawnIndex.push(m); });
      if (entry.layer === "corridors") {
        var style = lineStyle(i, alpha);
        if (!marker) { marker = markers[key] = L.polyline(latLngs(i), style); linesAdded = true; }
        else if (marker.options.opacity !== style.opacity) { marker.setStyle(style); }
        drawnBounds.push(marker.getBounds());
        drawnLines[drawnBounds.length - 1] = marker;
      } else if (data.halo[i]) {
        var hstyle = haloStyle(i, alpha), latlng = [data.spotLat[data.spot[i]], data.spotLon[data.spot[i]]];
        if (!marker) { marker = markers[key] = L.circle(latlng, hstyle); }
        else if (marker.options.opacity !== hstyle.opacity) { marker.setStyle(hstyle); }
        drawnBounds.push(L.latLngBounds([latlng, latlng]));
        if (data.windowed[i]) { drawnReports.push(drawnBounds[drawnBounds.length - 1]); }
      } else {
        var pstyle = pointStyle(i, alpha, members.length);
        var look = pstyle.fillColor + pstyle.opacity.toFixed(3) + pstyle.radius;
        if (!marker) { marker = markers[key] = new Shape([data.spotLat[data.spot[i]], data.spotLon[data.spot[i]]], pstyle); }
        else if (marker.options.look !== look) { marker.setStyle(pstyle); marker.setRadius(pstyle.radius); }
        marker.options.look = look;
        drawnBounds.push(L.latLngBounds([marker.getLatLng(), marker.getLatLng()]));
        if (data.windowed[i]) { drawnReports.push(drawnBounds[drawnBounds.length - 1]); }
      }
      marker.options.members = members;
      marker.options.fid = idOf(i);
      var group = groups[entry.layer];
      if (!group.hasLayer(marker)) { group.addLayer(marker); }
    });
    Object.keys(markers).forEach(function (key) {
      if (!wanted[key]) { groups[layerOfKey(key)].removeLayer(markers[key]); delete markers[key]; }
    });
    // blockades over the routes they close: draw lines in the registry's status order
    var rank = {}; Object.keys(data.styles.lines).forEach(function (s, n) { rank[s] = n; });
    if (linesAdded) groups.corridors.getLayers().sort(function (a, b) {
      return (rank[categoryOf(a.options.members[0])] || 0) - (rank[categoryOf(b.options.members[0])] || 0);
    }).forEach(function (line) { line.bringToFront(); });
    el("when").textContent = longDate(day);
    el("slider").value = String(day);
    drawWeeks();
    updateLegend(counts);
    checkOutside();
    window.cmLastDrawMs = performance.now() - t0;
    window.cmDrawCount = (window.cmDrawCount || 0) + 1;
    if (window.cmDrawCount === 1) { mark("cm:first-draw"); }
  }
  // Popups and tooltips are bound to a feature the first time it is clicked or hovered (a
  // feature group hears its members' events): drawing a day creates no popup objects.
  function onFeature(event) {
    var marker = event.layer;
    if (!marker || marker.getPopup()) { return; }
    bindTexts(marker);
    if (event.type === "click") { L.DomEvent.stop(event); marker.openPopup(event.latlng); }
    else { marker.openTooltip(event.latlng); }
  }
  // A popup is never hidden under the legend (its source link is what makes a point traceable):
  // the legend folds while it would cover the open popup, and opens again when that popup closes.
  var openPopup = null, legendFoldedFor = null;
  function legendClearOfPopup() {
    var box = legendControl && legendControl.getContainer(), shown = openPopup && openPopup.getElement();
    if (!box || !box.open || !shown || legendFoldedFor === openPopup) { return; }   // (once: the user may reopen it)
    var a = box.getBoundingClientRect(), b = shown.getBoundingClientRect();
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
      box.open = false;
      legendFoldedFor = openPopup;
    }
  }
  // a popup no wider than the map leaves room for (a phone's map is narrower than the popup's 380 px)
  function popupWidth() {
    return Math.max(200, Math.min(380, map.getSize().x - 70));
  }
  function bindTexts(marker) {
    var shown = function (layer) { return layer.options.members.slice(0, GROUP_POPUP_LIMIT + 1); };
    marker.bindPopup(function (layer) {
      return textReady(shown(layer)) ? groupPopup(layer.options.members) : '<div class="cm-popup">Loading…</div>';
    }, {maxWidth: popupWidth(), autoPanPaddingTopLeft: L.point(5, 60)});   // (clear of the notice at the top)
    marker.bindTooltip(function (layer) {
      return textReady(shown(layer)) ? tooltipText(layer.options.members) : "…";
    }, {sticky: true});
    marker.on("popupopen tooltipopen", function (event) {
      if (textReady(shown(marker))) { return; }
      loadText(shown(marker)).then(function () {
        if (event.type === "popupopen") {
          marker.setPopupContent(groupPopup(marker.options.members));
          legendClearOfPopup();                  // (the text can make the popup taller)
        }
        else { marker.setTooltipContent(tooltipText(marker.options.members)); }
      });
    });
  }
  function layerOfKey(key) { return key.charAt(0) === "l" && key.indexOf(":") < 0 ? "corridors" : key.split(":")[0]; }

  // "What is counted is seen": a view opened from a link takes in the reports of its window
  // (routes and checkpoints far away are only named); later, features drawn outside the view
  // are named, with a button to fit.
  function checkOutside() {
    var view = map.getBounds(), outside = drawnBounds.filter(function (b, k) { return !inView(b, k, view); }).length;
    var r = data.region || [-180, -90, 180, 90], region = L.latLngBounds([r[1], r[0]], [r[3], r[2]]);
    var reportsOutside = drawnReports.filter(function (b) { return !view.intersects(b) && region.contains(b); });
    if (firstDraw && reportsOutside.length) {
      firstDraw = false;
      fitTo(reportsOutside.concat([view]));
      return;
    }
    firstDraw = false;
    notice("outside", outside ? outside + (outside === 1 ? " feature shown lies" : " features shown lie") +
      " outside the view." : null, outside ? {label: "Fit the map", action: fitDrawn} : null);
  }
  // A route whose box meets the view can still pass beside it (a long diagonal line): its
  // segments are clipped to the view in screen pixels to tell.
  function inView(bounds, k, view) {
    if (!view.intersects(bounds)) { return false; }
    return !drawnLines[k] || lineMeets(drawnLines[k], view);
  }
  function lineMeets(line, view) {
    var box = L.bounds(map.latLngToLayerPoint(view.getNorthWest()), map.latLngToLayerPoint(view.getSouthEast()));
    var lls = line.getLatLngs();
    if (lls.length && Array.isArray(lls[0])) { lls = [].concat.apply([], lls); }
    var pts = lls.map(function (p) { return map.latLngToLayerPoint(p); });
    if (pts.length === 1) { return box.contains(pts[0]); }
    for (var j = 0; j + 1 < pts.length; j++) {
      if (L.LineUtil.clipSegment(pts[j], pts[j + 1], box, false, false)) { return true; }
    }
    return false;
  }
  function fitTo(boundsList) {
    if (!boundsList.length) { return; }
    var all = L.latLngBounds(boundsList[0].getSouthWest(), boundsList[0].getNorthEast());
    boundsList.forEach(function (b) { all.extend(b); });
    map.fitBounds(all, {padding: [24, 24], maxZoom: 13, animate: false});
  }
  function fitDrawn() { fitTo(drawnBounds); notice("outside", null); }

  function notice(key, text, button) {
    var box = el("notices"), node = box.querySelector('[data-key="' + key + '"]');
    if (!text) { if (node) { node.remove(); } return; }
    if (!node) { node = document.createElement("div"); node.className = "cm-notice"; node.dataset.key = key; box.appendChild(node); }
    node.textContent = text;
    if (button) {
      var b = document.createElement("button");
      b.textContent = button.label;
      b.addEventListener("click", button.action);
      node.appendChild(b);
    }
  }

  // --- legend: the kinds present, with what is shown now ------------------------------------
  function symbolSvg(layer, value, colour) {
    var symbol = data.styles.symbols[layer];
    if (symbol === "line") {
      var line = data.styles.lines[value] || data.styles.lines[""];
      return '<svg width="30" height="10"><line x1="1" y1="5" x2="29" y2="5" stroke="' + esc(colour) +
        '" stroke-width="' + Math.min(line.weight, 6) + '"' + (line.dashArray ? ' stroke-dasharray="' + esc(line.dashArray) + '"' : "") + "/></svg>";
    }
    if (symbol === "square") {
      return '<svg width="30" height="14"><rect x="9" y="1" width="12" height="12" fill="' + esc(colour) + '" stroke="#fff"/></svg>';
    }
    if (symbol === "diamond") {
      return '<svg width="30" height="16"><path d="M15 1 L22 8 L15 15 L8 8 Z" fill="' + esc(colour) + '" stroke="#fff"/></svg>';
    }
    return '<svg width="30" height="14"><circle cx="15" cy="7" r="6" fill="' + esc(colour) + '" stroke="#fff"/></svg>';
  }
  // Built once per features file; a step only rewrites the counts that changed.
  var legendFor = null, legendCounts = {};
  function updateLegend(counts) {
    if (!legendControl) { return; }
    if (legendFor !== data) { buildLegend(); }
    Object.keys(legendCounts).forEach(function (layer) {
      var text = " · " + (counts[layer] || 0) + " shown";
      if (legendCounts[layer].textContent !== text) { legendCounts[layer].textContent = text; }
    });
  }
  function buildLegend() {
    legendFor = data;
    var parts = [], current = null;
    data.legend.forEach(function (entry) {
      var layer = entry[0];
      if (layer !== current) {
        parts.push('<b data-layer="' + esc(layer) + '">' + esc(data.styles.titles[layer] || layer) +
                   '<span class="cm-count-shown"></span></b>');
        current = layer;
      }
      parts.push('<div data-value="' + esc(entry[1]) + '">' + symbolSvg(layer, entry[1], entry[3]) + esc(entry[2]) + "</div>");
    });
    parts.push('<div style="color:#666">fainter = older report</div>');
    parts.push('<div style="color:#666"><span style="color:#3f86c9">┈</span> river, approximate course</div>');
    if (data.halo.some(function (r) { return r > 0; })) {
      parts.push('<div style="color:#666">dashed area = placed only to a district (~15 km) or region (~50 km)</div>');
    }
    legendControl.body.innerHTML = parts.join("");
    legendCounts = {};
    Array.prototype.forEach.call(legendControl.body.querySelectorAll("b[data-layer]"), function (b) {
      legendCounts[b.dataset.layer] = b.querySelector("span");
    });
  }

  // --- the base map: offline geography, optional tiles, labels by zoom ----------------------
  function loadBasemap() {
    fetch(STATIC + "vendor/basemap/region.geojson").then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    }).then(function (geo) {
      var ground = L.canvas({pane: "basemap"});
      // water names are labels (rows like the place labels), the rest is drawn
      waterLabels = geo.features.filter(function (f) { return f.properties.kind === "water_label"; })
        .map(function (f) {
          var p = f.properties, c = f.geometry.coordinates;
          return [c[1], c[0], p.name, p.armenian || p.name, p.azerbaijani || p.name, p.zoom, "water"];
        });
      basemap = L.geoJSON(geo, {
        renderer: ground, interactive: false,
        filter: function (f) { return f.properties.kind !== "water_label"; },
        style: function (f) {
          var kind = f.properties.kind;
          if (kind === "land") { return {stroke: false, fillColor: "#f3f0e8", fillOpacity: landOpacity()}; }
          if (kind === "border") { return {color: "#6b5b7b", weight: 1.6, dashArray: "6 3", opacity: 0.9, fill: false}; }
          if (kind === "river") { return {color: "#5b9bd5", weight: 1, fillColor: "#7fb2d9", fillOpacity: 0.9}; }
          // a river course traced through sourced points: approximate, so dotted
          if (kind === "stream") { return {color: "#3f86c9", weight: 2.5, dashArray: "1 5", lineCap: "round", opacity: 0.9}; }
          return {color: "#5b9bd5", weight: 0.8, fillColor: "#9cc3e2", fillOpacity: 0.95};
        }
      }).addTo(map);
      landLayer = basemap.getLayers().filter(function (l) { return l.feature.properties.kind === "land"; });
      window.cmBasemapReady = true;
      if (data) { buildLabels(); }
    }).catch(function () {
      notice("basemap", "The offline base map is not installed (run python -m geo.assets).");
    });
  }
  function landOpacity() { return tiles && tileState.loads > 0 ? 0 : 1; }
  function restyleLand() {
    if (landLayer) { landLayer.forEach(function (l) { l.setStyle({fillOpacity: landOpacity()}); }); }
  }
  function setTiles(on, url, attribution) {
    if (tiles) { map.removeLayer(tiles); tiles = null; }
    tileState = {errors: 0, loads: 0};
    notice("tiles", null);
    if (on) {
      tiles = L.tileLayer(url, {attribution: attribution, maxZoom: 19, crossOrigin: true});
      tiles.on("tileerror", function () {
        tileState.errors += 1;
        if (!tileState.loads) {
          notice("tiles", "The online base tiles could not be loaded (no internet?): the offline base map is shown.");
        }
      });
      tiles.on("tileload", function () {
        if (!tileState.loads) { tileState.loads = 1; notice("tiles", null); restyleLand(); }
      });
      tiles.addTo(map);
    }
    restyleLand();
  }
  // Labels show from their zoom on, biggest places first; one that would overlap a bigger
  // one already placed waits for a closer zoom.
  function updateLabels() {
    if (!labelLayer || !data) { return; }
    var zoom = map.getZoom(), view = map.getBounds().pad(0.2), placed = [];
    labelMarkers.forEach(function (m) {
      var show = m.options.minZoom <= zoom && view.contains(m.getLatLng());
      if (show) {
        var p = map.latLngToLayerPoint(m.getLatLng()), w = m.options.chars * 3.3 + 4, h = 8;
        var box = [p.x - w, p.y - h, p.x + w, p.y + h];
        show = !placed.some(function (o) { return box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]; });
        if (show) { placed.push(box); }
      }
      if (show && !labelLayer.hasLayer(m)) { labelLayer.addLayer(m); }
      if (!show && labelLayer.hasLayer(m)) { labelLayer.removeLayer(m); }
    });
  }
  function buildLabels() {
    labelLayer.clearLayers();
    var column = {international: 2, armenian: 3, azerbaijani: 4}[state.naming] || 2;
    // labels are standalone tooltips (not marker icons): they take no clicks from the features
    // water names first: there are few, and they place before the towns they would otherwise lose to
    labelMarkers = waterLabels.concat(data.labels || []).map(function (row) {
      var name = String(row[column] || row[2]);
      return L.tooltip({permanent: true, direction: "center", interactive: false, opacity: 1, pane: "labels",
                        className: "cm-label" + (row[6] === "water" ? " water" : row[5] <= 7 ? " big" : ""),
                        minZoom: row[5], chars: name.length})
        .setLatLng([row[0], row[1]]).setContent(esc(name));
    });
    updateLabels();
  }

  function setupMap(args) {
    map = L.map("map", {zoomControl: true, preferCanvas: true, minZoom: 5, maxZoom: 18})
      .setView(args.center, args.zoom);
    map.createPane("basemap").style.zIndex = 250;
    map.createPane("labels").style.zIndex = 450;
    map.getPane("labels").style.pointerEvents = "none";
    renderer = L.canvas({padding: 0.1, tolerance: 4});      // a step repaints the whole canvas: keep it small
    (args.order || []).forEach(function (name) {
      groups[name] = L.featureGroup().on("click mouseover", onFeature).addTo(map);
    });
    labelLayer = L.layerGroup().addTo(map);
    L.control.scale({imperial: false}).addTo(map);
    legendControl = L.control({position: "bottomright"});
    legendControl.onAdd = function () {
      var box = L.DomUtil.create("details", "cm-legend"), chosen = false;
      // open on a wide frame, folded on a phone, until the user opens or folds it. The frame's
      // width can come after this runs (a frame of another origin is sized by the page's process).
      var fit = function () { if (!chosen && window.innerWidth > 0) { box.open = window.innerWidth > 500; } };
      fit();
      window.addEventListener("resize", fit);
      box.innerHTML = "<summary>Legend</summary><div></div>";
      box.querySelector("summary").addEventListener("click", function () { chosen = true; });
      legendControl.body = box.querySelector("div");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    legendControl.addTo(map);
    map.on("popupopen", function (event) { openPopup = event.popup; setTimeout(legendClearOfPopup, 0); });
    map.on("popupclose", function (event) {
      if (openPopup === event.popup) { openPopup = null; }
      if (legendFoldedFor === event.popup) { legendControl.getContainer().open = true; legendFoldedFor = null; }
    });
    map.on("zoomend moveend resize", function () {
      updateLabels(); if (data) { checkOutside(); } legendClearOfPopup();
    });
    loadBasemap();
    window.cmMap = map;
  }

  // --- the events per week above the slider (geo/timemap.py: weekly_args) -------------------
  // Bars on the slider's own scale, stacked by layer; the date shown is marked, and the mark
  // follows each step here in the browser. Hover names a week's counts; a click goes to that day.
  var weekly = null, weeklyMax = 0;
  var THUMB = 8;                              // half a range thumb: where the slider's ends lie
  function weekScale() {
    var canvas = el("weeks"), usable = Math.max(canvas.clientWidth - 2 * THUMB, 1);
    var span = Math.max(data.lastDay - data.first, 1);
    return {x: function (day) { return THUMB + (day - data.first) / span * usable; },
            day: function (x) { return Math.floor(data.first + (x - THUMB) / usable * span); }};   // the day under x
  }
  function setWeekly(value) {
    weekly = value && value.weeks && value.weeks.length ? value : null;
    weeklyMax = 0;
    if (weekly) {
      weekly.counts.forEach(function (row) {
        weeklyMax = Math.max(weeklyMax, row.reduce(function (a, b) { return a + b; }, 0));
      });
    }
    drawWeeks();
  }
  // The chart's room is kept from the start (its counts come with the page's second run, after
  // the map's first paint): the map does not move down when they arrive.
  function drawWeeks() {
    var canvas = el("weeks");
    var ratio = window.devicePixelRatio || 1, width = canvas.clientWidth, height = canvas.clientHeight;
    if (!width || !height) { return; }
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    var ctx = canvas.getContext("2d"), top = 12, room = height - top;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!weekly || !data) { return; }
    var scale = weekScale();
    weekly.weeks.forEach(function (monday, w) {
      if (monday + 7 <= data.first || monday > data.lastDay) { return; }
      var x0 = scale.x(Math.max(monday, data.first)), x1 = scale.x(Math.min(monday + 7, data.lastDay + 1));
      var y = height, barWidth = Math.max(x1 - x0 - 0.5, 1);
      weekly.counts[w].forEach(function (count, k) {
        if (!count) { return; }
        var h = count / weeklyMax * room;
        ctx.fillStyle = weekly.colours[k];
        ctx.fillRect(x0, y - h, barWidth, h);
        y -= h;
      });
    });
    ctx.fillStyle = "#555";
    ctx.font = "11px sans-serif";
    ctx.textBaseline = "top";
    ctx.fillText("events per week (highest " + weeklyMax.toLocaleString("en") + ")", THUMB, 0);
    if (state.day != null) {
      var at = Math.round(scale.x(state.day)) + 0.5;
      ctx.strokeStyle = "#111";
      ctx.lineWidth = 2;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(at, 0);
      ctx.lineTo(at, height);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  function weekAt(day) {
    var weeks = weekly.weeks, lo = 0, hi = weeks.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (weeks[mid] <= day) { lo = mid; } else { hi = mid - 1; } }
    return weeks[lo] <= day && day < weeks[lo] + 7 ? lo : -1;
  }
  function describeWeek(event) {
    var canvas = el("weeks"), day = weekScale().day(event.offsetX);
    var monday = day - ((day % 7) + 10) % 7, w = weekAt(day), parts = [], total = 0;   // day 0 was a Thursday
    if (w >= 0) {
      weekly.counts[w].forEach(function (count, k) { if (count) { total += count; parts.push(weekly.layers[k] + " " + count); } });
    }
    canvas.title = "Week of " + longDate(monday) + ": " + total + (total === 1 ? " event" : " events") +
      (parts.length ? " (" + parts.join(", ") + ")" : "") + ". Click to show that day.";
  }
  function wireWeeks() {
    var canvas = el("weeks");
    canvas.addEventListener("mousemove", function (event) { if (weekly && data) { describeWeek(event); } });
    canvas.addEventListener("click", function (event) {
      if (!weekly || !data) { return; }
      setPlaying(false);
      setDay(weekScale().day(event.offsetX));
    });
    window.addEventListener("resize", drawWeeks);
  }

  // --- controls ---------------------------------------------------------------------------
  function setDay(day, report) {
    state.day = Math.max(data.first, Math.min(data.lastDay, day));
    if (!covered()) { drawWeeks(); askSlice(); return; }     // the mark moves now, the features on arrival
    draw();
    if (report !== false) { scheduleReport(); }
  }
  // Above the limit of features the browser is sent (geo/mapslice.py) the data holds the dates
  // of a slice: a date or window outside it is asked of the server at once, and drawn on arrival
  // (Play waits for it); the page stays usable meanwhile.
  function covered() {
    var s = data && data.slice;
    if (!s) { return true; }
    if (state.day < s.first || state.day > s.last) { return false; }
    var sent = WINDOWS[s.window], wanted = WINDOWS[state.window];
    return sent == null || (wanted != null && wanted <= sent);
  }
  function askSlice() {
    if (!waiting) { askedAt = performance.now(); }
    waiting = true;
    el("when").textContent = longDate(state.day);
    el("slider").value = String(state.day);
    notice("slice", "Loading the features around " + longDate(state.day) + "…");
    cancelReport();
    report();
  }
  function takeSlice(sliced) {
    data.slice = sliced ? {first: dayOf(sliced.first), last: dayOf(sliced.last), window: sliced.window} : null;
    if (waiting) { window.cmSliceWaits = (window.cmSliceWaits || []).concat([performance.now() - askedAt]); }
    waiting = false;
    notice("slice", null);
    notice("dropped", sliced && sliced.dropped ? "With the window \u201call so far\u201d the map holds only the latest " +
      "reports: " + sliced.dropped.toLocaleString("en") + " earlier ones are left out here (too many for the browser)." : null);
  }
  function neighbour(direction) {
    var dates = data.dates, day = state.day, lo = 0, hi = dates.length;
    if (direction > 0) {                     // first date > day
      while (lo < hi) { var mid = (lo + hi) >> 1; if (dates[mid] <= day) { lo = mid + 1; } else { hi = mid; } }
      return lo < dates.length ? dates[lo] : null;
    }
    while (lo < hi) { var m = (lo + hi) >> 1; if (dates[m] < day) { lo = m + 1; } else { hi = m; } }
    return lo > 0 ? dates[lo - 1] : null;
  }
  function step(direction) {
    var target = neighbour(direction);
    if (target != null) { setDay(target); }
    return target;
  }
  // Next on the last date goes round to the first one, as Play starts again from it (and Previous
  // on the first to the last): the page opens on the last date, and a click is never a no-op.
  function stepAround(direction) {
    if (step(direction) == null) {
      setDay(direction > 0 ? data.first : data.lastDay);
    }
  }
  // The pause is counted from when the step is on the screen (two animation frames after it was
  // drawn): on a busy machine a step can take a while to show, and a report sent before the
  // user has even seen the date reruns the page under their next click. Nor is a click that
  // waits behind the page's own work a pause: the report goes once the page is idle (at most
  // REPORT_IDLE_MS later), after any click already waiting.
  var reportTicket = 0;
  function cancelReport() { reportTicket += 1; clearTimeout(reportTimer); }
  function scheduleReport() {
    cancelReport();
    if (state.playing) { return; }
    var ticket = reportTicket;
    var still = function (then) { return function () { if (ticket === reportTicket) { then(); } }; };
    var whenIdle = window.requestIdleCallback ?
      function () { window.requestIdleCallback(still(report), {timeout: REPORT_IDLE_MS}); } : report;
    requestAnimationFrame(function () {
      requestAnimationFrame(still(function () { reportTimer = setTimeout(still(whenIdle), reportDelayMs); }));
    });
  }
  function report() {
    send("streamlit:setComponentValue", {value: {date: isoOf(state.day), window: state.window}, dataType: "json"});
  }
  function setPlaying(on) {
    state.playing = on;
    el("play").setAttribute("aria-pressed", on ? "true" : "false");
    el("play").textContent = on ? "Pause" : "Play";
    clearTimeout(playTimer);
    if (on) {
      if (neighbour(1) == null) { setDay(data.first, false); }
      tick();
    } else {
      scheduleReport();
    }
  }
  function tick() {
    if (!state.playing) { return; }
    if (waiting) { playTimer = setTimeout(tick, 100); return; }      // the next slice is on its way
    var started = performance.now();
    if (step(1) == null) { setPlaying(false); return; }
    window.cmPlaySteps = (window.cmPlaySteps || 0) + 1;
    playTimer = setTimeout(tick, Math.max(0, 1000 / state.speed - (performance.now() - started)));
  }
  function setWindow(value) {
    state.window = value in WINDOWS ? value : "7";
    Array.prototype.forEach.call(document.querySelectorAll("#windows button"), function (b) {
      b.setAttribute("aria-pressed", b.dataset.window === state.window ? "true" : "false");
    });
  }
  function wireControls() {
    el("prev").addEventListener("click", function () { setPlaying(false); stepAround(-1); });
    el("next").addEventListener("click", function () { setPlaying(false); stepAround(1); });
    el("play").addEventListener("click", function () { setPlaying(!state.playing); });
    el("speed").addEventListener("change", function () { state.speed = Number(el("speed").value) || 2; });
    el("slider").addEventListener("input", function () { setPlaying(false); setDay(Number(el("slider").value)); });
    Array.prototype.forEach.call(document.querySelectorAll("#windows button"), function (b) {
      b.addEventListener("click", function () {
        setWindow(b.dataset.window);
        if (!covered()) { askSlice(); return; }
        draw();
        scheduleReport();
      });
    });
    window.addEventListener("resize", setHeight);
  }

  // --- arguments from the server -----------------------------------------------------------
  function render(args) {
    mark("cm:render");
    if (!map) { setupMap(args); wireControls(); wireWeeks(); mark("cm:setup"); }
    reportDelayMs = args.report_delay_ms;
    map.getContainer().style.height = (args.height || 520) + "px";
    map.invalidateSize();
    if (seen.tiles !== args.tiles) { seen.tiles = args.tiles; setTiles(args.tiles, args.tiles_url, args.tiles_attribution); }
    if (seen.naming !== args.naming) {
      seen.naming = state.naming = args.naming || "international";
      if (data) { buildLabels(); }
    }
    setWeekly(args.weekly);
    if (args.data !== dataName) {
      dataName = args.data;
      var name = dataName;
      var raw = null;
      loading = fetchData(name).then(function (r) { return r.json(); }).then(function (main) {
        raw = main;
        mark("cm:response");
        return fetchData(main.columns.file).then(function (r) { return r.arrayBuffer(); });
      }).then(function (buffer) {
        mark("cm:parsed");
        if (name !== dataName) { return; }
        var keep = data ? state.day : null;
        data = decode(raw, buffer);
        mark("cm:decoded");
        Object.keys(markers).forEach(function (key) { groups[layerOfKey(key)].removeLayer(markers[key]); });
        markers = {};
        el("slider").min = String(data.first);
        el("slider").max = String(data.lastDay);
        applyArgs(args, keep, true);
        mark("cm:applied");
        setTimeout(function () { buildLabels(); mark("cm:labels"); }, 0);     // after the features' first paint
        if (!reported) { reported = true; report(); }     // the page shows the rest once the map is drawn
        prefetchText();
        notice("load", null);
        setHeight();
      }).catch(function (error) {
        console.error(error);
        notice("load", "The map's data could not be loaded (" + error.message + "). Reload the page.");
        if (!reported) {                                   // the rest of the page need not wait
          reported = true;
          send("streamlit:setComponentValue", {value: {date: args.day, window: args.window}, dataType: "json"});
        }
      });
    } else if (data) {
      applyArgs(args, state.day);
    }
    setHeight();
  }
  var lastArgs = null;
  // ``fresh``: the features were just loaded. The rerun that follows the user's pause sends the
  // same features and the date the map already shows: nothing is drawn again then (a redraw
  // costs a step's time on the page's one thread, which the rest of the page needs just then).
  function applyArgs(args, keepDay, fresh) {
    lastArgs = args;
    var before = {day: state.day, window: state.window, waiting: waiting};
    takeSlice(args.sliced);
    var redraw = !!fresh || before.waiting;
    if (seen.daySeq !== args.day_seq || keepDay == null) {
      seen.daySeq = args.day_seq;
      state.day = Math.max(data.first, Math.min(data.lastDay, dayOf(args.day)));
      setWindow(args.window);
      redraw = true;
    } else {
      state.day = Math.max(data.first, Math.min(data.lastDay, keepDay));
      redraw = redraw || state.day !== before.day || state.window !== before.window;
    }
    if (!covered()) { askSlice(); redraw = false; }        // stepped on past this slice meanwhile
    if (redraw) { draw(); }
    if (seen.fitSeq !== args.fit_seq) {
      var firstTime = seen.fitSeq == null;
      seen.fitSeq = args.fit_seq;
      if (!firstTime) { fitDrawn(); }
    }
    var search = args.search;
    if (!search) {
      if (searchRing) { map.removeLayer(searchRing); searchRing = null; }
      seen.searchSeq = null;
    } else if (seen.searchSeq !== search.seq) {
      seen.searchSeq = search.seq;
      if (searchRing) { map.removeLayer(searchRing); }
      searchRing = L.circleMarker([search.lat, search.lon], {radius: 14, color: "#1f77b4", weight: 3,
        fillOpacity: 0.05, renderer: renderer}).bindTooltip(esc(search.label)).addTo(map);
      map.setView([search.lat, search.lon], 12, {animate: false});
    }
  }

  // for tests and benchmarks: what is drawn now
  window.cmDrawn = function () { return drawnIndex.map(idOf); };
  // The areas drawn for imprecise points: {id of the latest feature: radius in metres}.
  window.cmHalos = function () {
    var out = {};
    Object.keys(markers).forEach(function (key) {
      if (markers[key] instanceof L.Circle) { out[markers[key].options.fid] = markers[key].getRadius(); }
    });
    return out;
  };
  window.cmState = function () {
    return {day: state.day == null ? null : isoOf(state.day), window: state.window, playing: state.playing,
            loaded: !!data, zoom: map ? map.getZoom() : null, center: map ? map.getCenter() : null};
  };
  window.cmStep = step;
  window.cmSetSpeed = function (speed) { state.speed = speed; };

  mark("cm:ready");
  send("streamlit:componentReady");
  setHeight();
})();
