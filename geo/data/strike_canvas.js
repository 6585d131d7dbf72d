window.StrikemapCanvas = window.StrikemapCanvas || (function () {
    "use strict";
    var WORLD = 256;

    var shared = window.StrikemapShared, el = shared.el;

    var Layer = L.Layer.extend({
        options: {pane: "overlayPane", padding: 0.5, stroke: "#ffffff"},

        initialize: function (options) {
            L.setOptions(this, options);
            this.count = 0;
            this._x = new Float64Array(0);
            this._y = new Float64Array(0);
        },

        setData: function (d) {
            var n = d.lat.length, x = new Float64Array(n), y = new Float64Array(n);
            var faction = new Int16Array(n);
            for (var i = 0; i < n; i++) {
                var lat = Math.max(Math.min(d.lat[i] / d.k, 85.0511), -85.0511) * Math.PI / 180;
                x[i] = (d.lon[i] / d.k + 180) / 360;
                y[i] = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2;
            }
            var codes = d.c.g.i, groups = [];
            for (var g = -1; g < d.c.g.v.length; g++) {
                var members = [];
                for (var j = 0; j < n; j++) { if (codes[j] === g) { members.push(j); } }
                if (members.length) {
                    var key = g < 0 ? null : d.c.g.v[g];
                    groups.push({colour: this._colour(key, d), idx: Uint32Array.from(members)});
                }
            }
            this._d = d; this._x = x; this._y = y; this._groups = groups; this.count = n;
            if (this._canvas) { this._canvas.setAttribute("data-count", String(n)); }
            if (this._map) { this._reset(); }
            this.fire("load");
            return this;
        },

        latLngs: function () {
            var d = this._d, out = new Array(this.count);
            for (var i = 0; i < this.count; i++) { out[i] = [d.lat[i] / d.k, d.lon[i] / d.k]; }
            return out;
        },

        _colour: function (key, d) {
            return key !== null && d.factions[key] ? d.factions[key][1] : d.unknown[1];
        },

        getEvents: function () {
            var events = {moveend: this._reset, resize: this._reset, click: this._onClick,
                          mousemove: this._onMove, mouseout: this._onOut};
            if (this._map && this._map._zoomAnimated) { events.zoomanim = this._animateZoom; }
            return events;
        },

        onAdd: function (map) {
            var animated = map._zoomAnimated ? " leaflet-zoom-animated" : " leaflet-zoom-hide";
            this._canvas = L.DomUtil.create("canvas", "leaflet-layer strike-canvas" + animated);
            this._canvas.style.pointerEvents = "none";
            this._canvas.setAttribute("data-count", String(this.count));
            this.getPane().appendChild(this._canvas);
            this._reset();
        },

        onRemove: function () {
            L.DomUtil.remove(this._canvas);
            this._canvas = null;
            this._onOut();
        },

        _radius: function () {
            var z = this._map.getZoom();
            return z < 7 ? 2.5 : (z < 9 ? 3.5 : (z < 12 ? 5 : 7));
        },

        _animateZoom: function (e) {
            var map = this._map, scale = map.getZoomScale(e.zoom);
            var offset = map._latLngBoundsToNewLayerBounds(map.getBounds(), e.zoom, e.center).min;
            var pad = this._pad.multiplyBy(scale);
            L.DomUtil.setTransform(this._canvas, offset.subtract(pad), scale);
        },

        _reset: function () {
            var map = this._map;
            if (!map || !this._canvas) { return; }
            var size = map.getSize(), pad = size.multiplyBy(this.options.padding).round();
            var topLeft = map.containerPointToLayerPoint([0, 0]).subtract(pad);
            var w = size.x + 2 * pad.x, h = size.y + 2 * pad.y, dpr = window.devicePixelRatio || 1;
            var canvas = this._canvas;
            L.DomUtil.setPosition(canvas, topLeft);
            canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
            canvas.style.width = w + "px"; canvas.style.height = h + "px";
            this._pad = pad;
            this._origin = map.getPixelOrigin().add(topLeft);
            this._scale = WORLD * Math.pow(2, map.getZoom());
            this._draw(w, h, dpr);
        },

        _draw: function (w, h, dpr) {
            var ctx = this._canvas.getContext("2d"), r = this._radius();
            ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
            ctx.clearRect(0, 0, w, h);
            if (!this._groups) { return; }
            var s = this._scale, ox = this._origin.x, oy = this._origin.y, x = this._x, y = this._y;
            var seen = new Uint8Array(Math.ceil(w) * Math.ceil(h)), cols = Math.ceil(w);
            ctx.lineWidth = 1;
            ctx.strokeStyle = this.options.stroke;
            for (var g = 0; g < this._groups.length; g++) {
                var group = this._groups[g], idx = group.idx;
                ctx.beginPath();
                for (var k = 0; k < idx.length; k++) {
                    var i = idx[k], px = x[i] * s - ox, py = y[i] * s - oy;
                    if (px < -r || py < -r || px > w + r || py > h + r) { continue; }
                    var cell = (py | 0) * cols + (px | 0);
                    if (px >= 0 && py >= 0 && px < w && py < h) {
                        if (seen[cell] === g + 1) { continue; }
                        seen[cell] = g + 1;
                    }
                    ctx.moveTo(px + r, py);
                    ctx.arc(px, py, r, 0, 2 * Math.PI);
                }
                ctx.fillStyle = group.colour;
                ctx.globalAlpha = r < 4 ? 0.75 : 0.9;
                ctx.fill();
                ctx.globalAlpha = 1;
                if (r >= 4) { ctx.stroke(); }
            }
        },

        _hits: function (layerPoint) {
            var map = this._map, r = this._radius() + 3, s = this._scale;
            var origin = map.getPixelOrigin(), wx = layerPoint.x + origin.x, wy = layerPoint.y + origin.y;
            var x = this._x, y = this._y, best = -1, bestD = r * r, near = [];
            for (var i = 0; i < this.count; i++) {
                var dx = x[i] * s - wx;
                if (dx > r || dx < -r) { continue; }
                var dy = y[i] * s - wy;
                if (dy > r || dy < -r) { continue; }
                var dd = dx * dx + dy * dy;
                if (dd <= r * r) {
                    near.push(i);
                    if (dd <= bestD) { bestD = dd; best = i; }
                }
            }
            if (best < 0) { return []; }
            // The strikes drawn at the same spot as the nearest one, nearest first.
            var bx = x[best] * s, by = y[best] * s;
            var same = near.filter(function (j) {
                return j !== best && Math.abs(x[j] * s - bx) < 1 && Math.abs(y[j] * s - by) < 1;
            });
            return [best].concat(same);
        },

        _latLng: function (i) {
            return L.latLng(this._d.lat[i] / this._d.k, this._d.lon[i] / this._d.k);
        },

        _value: function (key, i) {
            return shared.value(this._d.c, key, i);
        },

        _label: function (i) {
            var key = this._value("g", i), d = this._d;
            return key !== null && d.factions[key] ? d.factions[key][0] : d.unknown[0];
        },

        popupContent: function (hits, at) {
            var self = this, nav = null;
            if (hits.length > 1) {
                nav = el("div", "sm-nav");
                var prev = el("button", "sm-prev", "\u2039"), next = el("button", "sm-next", "\u203a");
                prev.type = next.type = "button";
                prev.disabled = at === 0; next.disabled = at === hits.length - 1;
                nav.appendChild(prev);
                nav.appendChild(el("span", "sm-muted", (at + 1) + " of " + hits.length + " strikes here"));
                nav.appendChild(next);
                L.DomEvent.on(prev, "click", function (e) { L.DomEvent.stop(e); self._open(hits, at - 1); });
                L.DomEvent.on(next, "click", function (e) { L.DomEvent.stop(e); self._open(hits, at + 1); });
            }
            return shared.popup(this._d.c, hits[at], this._label(hits[at]), nav);
        },

        _open: function (hits, at) {
            if (!this._popup) { this._popup = L.popup({maxWidth: 360, autoPanPadding: [20, 20]}); }
            this._popup.setLatLng(this._latLng(hits[at])).setContent(this.popupContent(hits, at));
            if (!this._map.hasLayer(this._popup)) { this._popup.openOn(this._map); }
        },

        _onClick: function (e) {
            if (!this.count) { return; }
            var hits = this._hits(e.layerPoint);
            if (hits.length) { this._open(hits, 0); }
        },

        _onMove: function (e) {
            if (!this.count || this._moving) { return; }
            var self = this, point = e.layerPoint;
            this._moving = true;
            L.Util.requestAnimFrame(function () {
                self._moving = false;
                if (!self._map) { return; }
                var hits = self._hits(point), container = self._map.getContainer();
                if (!hits.length) { self._onOut(); return; }
                container.style.cursor = "pointer";
                var i = hits[0], text = (self._value("p", i) || self._value("w", i) || "") +
                    " \u00b7 " + (self._value("d", i) || "date unknown") +
                    (hits.length > 1 ? " (" + hits.length + " strikes)" : "");
                if (!self._tooltip) { self._tooltip = L.tooltip({direction: "top", offset: [0, -6]}); }
                self._tooltip.setLatLng(self._latLng(i)).setContent(el("span", null, text));
                if (!self._map.hasLayer(self._tooltip)) { self._tooltip.openOn(self._map); }
            });
        },

        _onOut: function () {
            if (!this._map) { return; }
            this._map.getContainer().style.cursor = "";
            if (this._tooltip && this._map.hasLayer(this._tooltip)) { this._map.closeTooltip(this._tooltip); }
        }
    });

    function fail(map, error) {
        // The layer may sit in a feature group: the message goes on the group's map.
        map = map && map._map ? map._map : map;
        var box = L.control({position: "bottomleft"});
        box.onAdd = function () {
            return el("div", "sm-box", "The strikes could not be drawn: " + error.message +
                      ". Open the map in a current browser.");
        };
        box.addTo(map);
    }

    return {decode: shared.decode, fetchData: shared.fetchData, Layer: Layer, fail: fail};
})();
