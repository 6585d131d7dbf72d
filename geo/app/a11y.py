"""Keyboard and screen-reader access to the app's map.

Strikes are drawn as circle markers (SVG paths), which Leaflet does not put in
the tab order; clusters are markers with no name. This script gives each strike
a tab stop, the role of a button and its tooltip text as its name, and opens its
popup on Enter or Space; each cluster gets a name saying how many strikes it
holds (Enter opens it, as a click does).
"""

from __future__ import annotations

from branca.element import MacroElement
from jinja2 import Template


class KeyboardAccess(MacroElement):
    """Make the map's strikes and clusters reachable by keyboard, with names."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function(map) {
            function text(html) {
                var div = document.createElement("div");
                div.innerHTML = html;
                return (div.textContent || "").replace(/\\s+/g, " ").trim();
            }
            function strike(layer) {
                var path = layer._path, tip = layer.getTooltip && layer.getTooltip();
                if (!path || !tip || path.hasAttribute("tabindex")) { return; }
                var content = tip.getContent();
                path.setAttribute("tabindex", "0");
                path.setAttribute("role", "button");
                path.setAttribute("aria-label",
                    "Strike: " + text(typeof content === "string" ? content : ""));
                path.addEventListener("keydown", function(e) {
                    if (e.key === "Enter" || e.key === " ") {
                        e.preventDefault();
                        layer.openPopup();
                    }
                });
            }
            function cluster(layer) {
                var icon = layer._icon;
                if (!icon || !layer.getChildCount) { return; }
                var n = layer.getChildCount();
                icon.setAttribute("role", "button");
                icon.setAttribute("aria-label",
                    n + " strikes here; press Enter to zoom in or spread them out");
            }
            function decorate(layer) {
                if (layer instanceof L.CircleMarker) { strike(layer); }
                else if (layer instanceof L.Marker) { cluster(layer); }
            }
            map.eachLayer(decorate);
            map.on("layeradd", function(e) { decorate(e.layer); });
            // Clusters are redrawn on every zoom: name the new ones.
            map.on("zoomend moveend", function() { map.eachLayer(decorate); });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
