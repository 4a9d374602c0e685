// The Leaflet map: an offline basemap of country shapes (world-atlas TopoJSON served by
// eventwire from node_modules), and one circle per event (per merged event once merging has
// run: every source's report behind one marker), coloured by ACLED type, sized by the
// people killed, clustered when dense. Only markers in view are drawn (markercluster),
// so 100,000 events stay responsive; the basemap is drawn on a canvas.

import { colourOf } from "./filters.js";

export function radiusFor(killed) {
  if (!killed || killed <= 0) return 5;
  return Math.min(22, 5 + 2.4 * Math.sqrt(killed));
}

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const inner = document.createElement("div");
  const label = document.createElement("span");
  label.textContent = String(count);
  inner.append(label);
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
  return L.divIcon({ html: inner, className: "marker-cluster", iconSize: L.point(size, size) });
}

function tooltipFor(properties) {
  return () => {
    const box = document.createElement("div");
    const kind = document.createElement("strong");
    kind.textContent = properties.type || "Event";
    const when = document.createElement("div");
    const killed = properties.killed == null ? "" : ` · ${properties.killed} killed`;
    const sources = properties.sources > 1 ? ` · ${properties.sources} sources` : "";
    when.textContent = `${properties.date || "undated"}${properties.country ? ` · ${properties.country}` : ""}${killed}${sources}`;
    box.append(kind, when);
    return box;
  };
}

export class EventMap {
  constructor(element, { onSelect, onMove }) {
    this.map = L.map(element, {
      preferCanvas: true,
      worldCopyJump: true,
      minZoom: 2,
      maxZoom: 16,
    });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Country shapes: Natural Earth (world-atlas)");
    this.map.setView([20, 15], 2);
    this.markerRenderer = L.svg({ padding: 0.2 });
    this.cluster = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: 13,
      iconCreateFunction: clusterIcon,
    });
    this.map.addLayer(this.cluster);
    this.entries = [];
    this.onSelect = onSelect;
    this.map.on("moveend", () => onMove(this.view()));
  }

  async loadBasemap(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error("basemap missing: run 'npm ci' in the eventwire checkout");
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: "#ffffff", weight: 0.7, fillColor: "#e8e4d8", fillOpacity: 1 },
    }).addTo(this.map);
  }

  view() {
    const centre = this.map.getCenter();
    return [centre.lat, centre.lng, this.map.getZoom()];
  }

  setView(view) {
    this.map.setView([view[0], view[1]], view[2]);
  }

  // Build one marker per located feature; `entries` keep the date for brushing.
  setFeatures(features) {
    this.entries = [];
    for (const feature of features) {
      if (!feature.geometry) continue;
      const [lon, lat] = feature.geometry.coordinates;
      const properties = feature.properties;
      const marker = L.circleMarker([lat, lon], {
        renderer: this.markerRenderer,
        radius: radiusFor(properties.killed),
        color: "#222",
        weight: 1,
        fillColor: colourOf(properties.type),
        fillOpacity: 0.85,
        className: "ew-marker",
      });
      marker.eventId = feature.id;
      marker.bindTooltip(tooltipFor(properties), { direction: "top" });
      marker.on("click", () => this.onSelect(feature.id));
      marker.on("add", () => {
        const path = marker.getElement();
        if (path) path.setAttribute("data-event-id", feature.id);
      });
      this.entries.push({ marker, date: properties.date });
    }
  }

  // Show the markers whose date lies in [from, to] (all when no range).
  show(range) {
    const visible = range
      ? this.entries.filter((e) => e.date && e.date >= range[0] && e.date <= range[1])
      : this.entries;
    this.cluster.clearLayers();
    this.cluster.addLayers(visible.map((e) => e.marker));
    return visible.length;
  }

  fitToMarkers() {
    const bounds = this.cluster.getBounds();
    if (bounds.isValid()) this.map.fitBounds(bounds.pad(0.2), { maxZoom: 6 });
  }

  invalidate() {
    this.map.invalidateSize();
  }
}
