window.StrikemapPlayback = window.StrikemapPlayback || (function () {
    "use strict";
    var DAY_MS = 86400000;
    var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    var WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    var SPEEDS = [1, 2, 5, 10, 20];
    var DEFAULT_SPEED = 5;

    var shared = window.StrikemapShared, el = shared.el, decode = shared.decode;

    function button(text, label, cls) {
        var b = el("button", cls, text);
        b.type = "button";
        b.setAttribute("aria-label", label);
        b.title = label;
        return b;
    }

    function Player(map, d) {
        this.map = map;
        this.d = d;
        this.s = d.strikes;
        this.n = this.s.day.length;
        this.start = Date.parse(d.start + "T00:00:00Z");
        this.days = d.days;
        this.fade = d.fade;
        this.speed = DEFAULT_SPEED;
        this.day = 0;
        this.state = null;
        this.shown = new Map();
        this.areas = {};
        this.timer = null;
        this._buildControl();
        this.setDay(0);
        this.box.setAttribute("data-ready", "1");
    }

    Player.prototype.iso = function (i) {
        return new Date(this.start + i * DAY_MS).toISOString().slice(0, 10);
    };

    Player.prototype.readable = function (i) {
        var t = new Date(this.start + i * DAY_MS);
        return WEEKDAYS[t.getUTCDay()] + " " + t.getUTCDate() + " " + MONTHS[t.getUTCMonth()] +
            " " + t.getUTCFullYear();
    };

    Player.prototype.dayOf = function (iso) {
        return Math.round((Date.parse(iso + "T00:00:00Z") - this.start) / DAY_MS);
    };

    // First strike index whose day is >= target (strikes are sorted by day).
    Player.prototype._bound = function (target) {
        var a = this.s.day, lo = 0, hi = a.length;
        while (lo < hi) {
            var mid = (lo + hi) >> 1;
            if (a[mid] < target) { lo = mid + 1; } else { hi = mid; }
        }
        return lo;
    };

    Player.prototype._value = function (key, i) {
        return shared.value(this.s.c, key, i);
    };

    Player.prototype._faction = function (i) {
        var key = this._value("g", i), f = this.d.factions;
        return key !== null && f[key] ? f[key] : this.s.unknown;
    };

    Player.prototype.stateOn = function (day) {
        var current = -1, changes = this.d.changes;
        for (var k = 0; k < changes.length && changes[k][0] <= day; k++) { current = changes[k][1]; }
        return current;
    };

    Player.prototype._areaLayer = function (index) {
        if (this.areas[index]) { return this.areas[index]; }
        var factions = this.d.factions;
        var layer = L.geoJSON(this.d.states[index], {
            pane: "areas",
            style: function (f) {
                var entry = factions[f.properties.faction], colour = entry ? entry[1] : "#8C8C8C";
                return {fillColor: colour, fillOpacity: 0.28, color: colour, weight: 0.8, opacity: 0.7};
            },
            onEachFeature: function (f, path) {
                var key = String(f.properties.faction).replace(/[^a-z]/g, "");
                var entry = factions[key];
                path.options.className = "control-area control-" + key;
                path.bindTooltip(function () {
                    return el("span", null, "Held by " + (entry ? entry[0] : key));
                }, {sticky: true});
            }
        });
        this.areas[index] = layer;
        return layer;
    };

    Player.prototype._showState = function (index) {
        if (index === this.state) { return; }
        if (this.state !== null && this.state >= 0) { this.map.removeLayer(this.areas[this.state]); }
        if (index >= 0) { this._areaLayer(index).addTo(this.map); }
        this.state = index;
        var label = index >= 0 ? this.d.labels[index] : null;
        this.areasText.textContent = index < 0 ? "No control areas" :
            "Control areas" + (label ? " as of " + label : " in force") + " (approximate)";
        this.box.setAttribute("data-state", String(index));
    };

    Player.prototype._marker = function (i) {
        var self = this, k = this.s.k;
        var m = L.circleMarker([this.s.lat[i] / k, this.s.lon[i] / k], {
            // SVG paths take the pointer only where drawn: the areas below keep their tooltips.
            className: "strike-marker playback-strike", color: "#ffffff", weight: 1, fill: true,
            fillColor: this._faction(i)[1], fillOpacity: 0.9, radius: 6
        });
        m.bindPopup(function () { return self.popupContent(i); }, {maxWidth: 360});
        m.bindTooltip(function () {
            return el("span", null, (self._value("p", i) || self._value("w", i) || "") +
                      " \u00b7 " + (self._value("d", i) || ""));
        }, {direction: "top", offset: [0, -6]});
        return m;
    };

    Player.prototype.setDay = function (day) {
        day = Math.max(0, Math.min(this.days - 1, Math.round(day)));
        this.day = day;
        var lo = this.fade > 0 ? this._bound(day - this.fade + 1) : 0;
        var hi = this._bound(day + 1), next = new Map(), today = 0;
        for (var i = lo; i < hi; i++) {
            var m = this.shown.get(i) || this._marker(i), age = day - this.s.day[i];
            var alpha = this.fade > 0 ? 1 - age / this.fade : 1;
            if (age === 0) { today++; }
            // Restyle only what changed: with no fading, a step touches a day's strikes, not all.
            if (m._pbAlpha !== alpha) {
                m.setStyle({fillOpacity: 0.1 + 0.8 * alpha, opacity: 0.2 + 0.8 * alpha});
                m._pbAlpha = alpha;
            }
            if (m._pbToday !== (age === 0)) { m.setRadius(age === 0 ? 7 : 5); m._pbToday = age === 0; }
            if (!this.shown.has(i)) { m.addTo(this.map); }
            next.set(i, m);
        }
        var map = this.map;
        this.shown.forEach(function (m, i) { if (!next.has(i)) { map.removeLayer(m); } });
        this.shown = next;
        this._showState(this.stateOn(day));
        this.slider.value = String(day);
        this.slider.setAttribute("aria-valuetext", this.readable(day));
        this.dateOut.textContent = this.readable(day);
        this.shownText.textContent = today + " strike" + (today === 1 ? "" : "s") + " on this day, " +
            next.size + " shown";
        this.box.setAttribute("data-day", this.iso(day));
        this.box.setAttribute("data-shown", String(next.size));
        this.box.setAttribute("data-today", String(today));
        this.back.disabled = this.backWeek.disabled = day === 0;
        this.fwd.disabled = this.fwdWeek.disabled = day === this.days - 1;
        return this;
    };

    Player.prototype.step = function (by) { this.pause(); return this.setDay(this.day + by); };

    Player.prototype.play = function () {
        var self = this;
        if (this.timer !== null) { return this; }
        if (this.day >= this.days - 1) { this.setDay(0); }
        this.timer = setInterval(function () {
            if (self.day >= self.days - 1) { self.pause(); } else { self.setDay(self.day + 1); }
        }, 1000 / this.speed);
        this.playButton.textContent = "Pause";
        this.playButton.setAttribute("aria-label", "Pause");
        this.playButton.setAttribute("aria-pressed", "true");
        return this;
    };

    Player.prototype.pause = function () {
        if (this.timer !== null) { clearInterval(this.timer); this.timer = null; }
        this.playButton.textContent = "Play";
        this.playButton.setAttribute("aria-label", "Play");
        this.playButton.setAttribute("aria-pressed", "false");
        return this;
    };

    Player.prototype.setFade = function (days) {
        this.fade = Math.max(0, days | 0);
        var select = this.box.querySelector("select.sm-fade");
        if (select && select.value !== String(this.fade)) { select.value = String(this.fade); }
        return this.setDay(this.day);
    };

    Player.prototype.setSpeed = function (daysPerSecond) {
        this.speed = daysPerSecond;
        if (this.timer !== null) { this.pause(); this.play(); }
        return this;
    };

    // Indices (in the page's data) of the strikes on the map now.
    Player.prototype.shownIndices = function () {
        return Array.from(this.shown.keys()).sort(function (a, b) { return a - b; });
    };

    Player.prototype.shownPlaces = function () {
        var self = this;
        return this.shownIndices().map(function (i) { return self._value("p", i) || self._value("w", i); });
    };

    Player.prototype._select = function (label, cls, values, current, text, onChange) {
        var wrap = el("label", null, label + " "), select = el("select", cls);
        values.forEach(function (v) {
            var o = el("option", null, text(v));
            o.value = String(v);
            if (v === current) { o.selected = true; }
            select.appendChild(o);
        });
        L.DomEvent.on(select, "change", function () { onChange(parseInt(select.value, 10)); });
        wrap.appendChild(select);
        return wrap;
    };

    Player.prototype._buildControl = function () {
        var self = this, box = el("div", "sm-box sm-playback");
        box.setAttribute("role", "group");
        box.setAttribute("aria-label", "Time playback");
        var row1 = el("div", "sm-pb-row");
        this.backWeek = button("\u00ab", "Back one week", "sm-back-week");
        this.back = button("\u2039", "Back one day", "sm-back-day");
        this.playButton = button("Play", "Play", "sm-play");
        this.playButton.setAttribute("aria-pressed", "false");
        this.fwd = button("\u203a", "Forward one day", "sm-fwd-day");
        this.fwdWeek = button("\u00bb", "Forward one week", "sm-fwd-week");
        this.dateOut = el("output", "sm-date");
        this.dateOut.setAttribute("aria-live", "polite");
        [this.backWeek, this.back, this.playButton, this.fwd, this.fwdWeek, this.dateOut]
            .forEach(function (n) { row1.appendChild(n); });
        L.DomEvent.on(this.backWeek, "click", function () { self.step(-7); });
        L.DomEvent.on(this.back, "click", function () { self.step(-1); });
        L.DomEvent.on(this.fwd, "click", function () { self.step(1); });
        L.DomEvent.on(this.fwdWeek, "click", function () { self.step(7); });
        L.DomEvent.on(this.playButton, "click", function () {
            if (self.timer === null) { self.play(); } else { self.pause(); }
        });
        this.slider = el("input", "sm-slider");
        this.slider.type = "range";
        this.slider.min = "0";
        this.slider.max = String(this.days - 1);
        this.slider.step = "1";
        this.slider.setAttribute("aria-label", "Day");
        L.DomEvent.on(this.slider, "input", function () {
            self.pause();
            self.setDay(parseInt(self.slider.value, 10));
        });
        var row3 = el("div", "sm-pb-row");
        var fades = this.d.fades.indexOf(this.fade) < 0 ? this.d.fades.concat([this.fade]) : this.d.fades;
        row3.appendChild(this._select("Fade after", "sm-fade", fades, this.fade, function (v) {
            return v === 0 ? "never" : v === 1 ? "1 day" : v + " days";
        }, function (v) { self.setFade(v); }));
        row3.appendChild(this._select("Speed", "sm-speed", SPEEDS, this.speed, function (v) {
            return v + " days/s";
        }, function (v) { self.setSpeed(v); }));
        this.shownText = el("div", "sm-sub sm-shown");
        this.areasText = el("div", "sm-sub sm-areas");
        [row1, this.slider, row3, this.shownText, this.areasText]
            .forEach(function (n) { box.appendChild(n); });
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var ctl = L.control({position: "bottomleft"});
        ctl.onAdd = function () { return box; };
        ctl.addTo(this.map);
        this.box = box;
    };

    Player.prototype.popupContent = function (i) {
        return shared.popup(this.s.c, i, this._faction(i)[0]);
    };

    function fail(map, error) {
        var box = L.control({position: "bottomleft"});
        box.onAdd = function () {
            return el("div", "sm-box sm-playback-error", "The playback could not start: " +
                      error.message + ". Open the map in a current browser.");
        };
        box.addTo(map);
    }

    var players = [];

    function start(map, blob) {
        return decode(blob).then(function (d) {
            var player = new Player(map, d);
            players.push(player);
            return player;
        }, function (err) { fail(map, err); throw err; });
    }

    return {decode: decode, start: start, Player: Player, players: players};
})();
