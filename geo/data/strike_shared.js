// What the big-map canvas layer and the playback share: reading the packed strike
// data and building a strike's popup from its compact columns. Every text from the
// data goes in with textContent, never as markup.
window.StrikemapShared = window.StrikemapShared || (function () {
    "use strict";

    // Deflated JSON (bytes or an ArrayBuffer) -> the strike data.
    function decodeBytes(bytes) {
        if (typeof DecompressionStream === "undefined") {
            return Promise.reject(new Error("this browser cannot read the map data"));
        }
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
        return new Response(stream).text().then(JSON.parse);
    }

    function decode(b64) {
        var bin = atob(b64), n = bin.length, bytes = new Uint8Array(n);
        for (var i = 0; i < n; i++) { bytes[i] = bin.charCodeAt(i); }
        return decodeBytes(bytes);
    }

    // The strike data from a file the page's server serves.
    function fetchData(url) {
        return fetch(url).then(function (r) {
            if (!r.ok) { throw new Error("the map data could not be read (" + r.status + ")"); }
            return r.arrayBuffer();
        }).then(decodeBytes);
    }

    function el(tag, cls, text) {
        var node = document.createElement(tag);
        if (cls) { node.className = cls; }
        if (text !== undefined && text !== null) { node.textContent = String(text); }
        return node;
    }

    function safeUrl(url) {
        return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
    }

    // The display text of column `key` for strike i (null when blank).
    function value(columns, key, i) {
        var col = columns[key];
        if (!col) { return null; }
        var code = col.i[i];
        return code < 0 ? null : col.v[code];
    }

    // The popup of strike i: place, facts, quote and source. `ground` is the label of
    // the faction holding the ground; `nav`, optional, goes first (to page through
    // the strikes drawn at one spot).
    function popup(columns, i, ground, nav) {
        var v = function (k) { return value(columns, k, i); };
        var root = el("div", "sm-popup");
        if (nav) { root.appendChild(nav); }
        var place = el("div", "sm-place");
        if (v("n") === "near") { place.appendChild(el("span", "sm-muted", "near ")); }
        place.appendChild(document.createTextNode(v("p") || v("w") || ""));
        if (v("w") && v("w") !== v("p")) {
            place.appendChild(document.createTextNode(" "));
            place.appendChild(el("span", "sm-muted", "(\u201c" + v("w") + "\u201d)"));
        }
        root.appendChild(place);
        var table = el("table");
        function row(name, text, muted) {
            if (!text) { return; }
            var tr = el("tr"), td = el("td", null, text);
            if (muted) { td.appendChild(document.createTextNode(" ")); td.appendChild(el("span", "sm-muted", muted)); }
            tr.appendChild(el("th", null, name)); tr.appendChild(td); table.appendChild(tr);
        }
        row("Date", v("d") || "date unknown", v("t") ? "(to the " + v("t") + ")" : null);
        row("Ground held by", ground, v("l") ? "(layer " + v("l") + ")" : null);
        row("Actor", v("a")); row("Claimed by", v("c")); row("Claimed target", v("x"));
        row("Claim vs ground", v("v"));
        row("Weapon", v("e")); row("Located to", v("r")); row("Ground as written", v("h"));
        root.appendChild(table);
        root.appendChild(el("blockquote", null, v("q") || ""));
        var source = el("div", "sm-source", "Source: ");
        var doc = v("s") || [null, null, null, null, null];
        // Publisher, title (linked when the report has an http(s) URL), date.
        var url = safeUrl(doc[2]), title = doc[1] || doc[0] || "";
        if (doc[3]) { source.appendChild(document.createTextNode(doc[3] + " \u00b7 ")); }
        if (url) {
            var a = el("a", null, title);
            a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
            source.appendChild(a);
        } else {
            source.appendChild(document.createTextNode(title));
        }
        if (doc[4]) { source.appendChild(document.createTextNode(" \u00b7 " + doc[4])); }
        root.appendChild(source);
        return root;
    }

    return {decode: decode, decodeBytes: decodeBytes, fetchData: fetchData, el: el, safeUrl: safeUrl, value: value, popup: popup};
})();
