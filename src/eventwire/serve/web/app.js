// eventwire dashboard: wires the filters (kept in the URL), the map, the timeline brush
// and the event panel to the API. Map points come from one compact GeoJSON request
// (/events?format=geojson&compact=true: merged events once merging has run, each report
// before); details are fetched only for the event opened.

import {
  fillCountries,
  fillTypeOptions,
  filtersToForm,
  formToFilters,
  readState,
  renderLegend,
  writeState,
} from "./filters.js";
import { EventMap } from "./map.js";
import { EventPanel } from "./panel.js";
import { Timeline } from "./timeline.js";

const MAX_POINTS = 250000;
const status = document.getElementById("status");
const form = document.getElementById("filters");
let state = readState();
let features = [];
let loadToken = 0;

function setStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle("error", isError);
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error;
    throw new Error(error ? `${error.message} — ${error.fix}` : `HTTP ${response.status}`);
  }
  return body;
}

if (typeof window.L === "undefined" || typeof window.topojson === "undefined") {
  setStatus("The dashboard's libraries are missing: run 'npm ci' in the eventwire checkout, then reload.", true);
  throw new Error("Leaflet not loaded");
}

const map = new EventMap(document.getElementById("map"), {
  onSelect: (id) => selectEvent(id),
  onMove: (view) => {
    state.view = view;
    writeState(state);
  },
});
const timeline = new Timeline(document.getElementById("timeline-canvas"), {
  onBrush: (range) => {
    state.brush = range;
    writeState(state, { push: true });
    applyBrush();
  },
});
const panel = new EventPanel(document.getElementById("panel"), {
  onClose: () => {
    state.event = null;
    panel.hide();
    writeState(state, { push: true });
    map.invalidate();
  },
});
const brushClear = document.getElementById("brush-clear");
brushClear.addEventListener("click", () => {
  state.brush = null;
  timeline.setRange(null);
  writeState(state, { push: true });
  applyBrush();
});

function applyBrush() {
  const range = state.brush;
  const inRange = range
    ? features.filter((f) => f.properties.date && f.properties.date >= range[0] && f.properties.date <= range[1])
    : features;
  const mapped = map.show(range);
  const unlocated = inRange.length - mapped;
  const where = range ? ` from ${range[0]} to ${range[1]}` : "";
  setStatus(`${inRange.length} ${inRange.length === 1 ? "event" : "events"}${where} · ${mapped} on the map${unlocated ? ` · ${unlocated} without coordinates` : ""}`);
  status.dataset.events = String(inRange.length);
  status.dataset.mapped = String(mapped);
  document.getElementById("timeline-label").textContent = range
    ? `Time range ${range[0]} to ${range[1]} (drag to change, click to clear)`
    : "Drag across the timeline to filter the map by date";
  brushClear.hidden = !range;
}

async function loadEvents({ fit = false } = {}) {
  const token = ++loadToken;
  const params = new URLSearchParams({ format: "geojson", compact: "true", limit: String(MAX_POINTS) });
  for (const [key, value] of Object.entries(state.filters)) params.set(key, value);
  document.body.dataset.loaded = "false";
  setStatus("Loading events…");
  try {
    const collection = await api(`/events?${params}`);
    if (token !== loadToken) return;
    features = collection.features;
    map.setFeatures(features);
    timeline.setPoints(features);
    timeline.setRange(state.brush);
    applyBrush();
    if (collection.next_cursor) setStatus(`${status.textContent} (first ${MAX_POINTS} only: narrow the filters)`);
    if (fit) map.fitToMarkers();
  } catch (error) {
    if (token === loadToken) setStatus(`Could not load events: ${error.message}`, true);
  } finally {
    if (token === loadToken) document.body.dataset.loaded = "true";
  }
}

async function selectEvent(id) {
  state.event = id;
  writeState(state, { push: true });
  try {
    const detail = await api(`/events/${encodeURIComponent(id)}`);
    if (state.event !== id) return;
    await panel.show(detail, (articleId) => api(`/articles/${encodeURIComponent(articleId)}`));
  } catch (error) {
    panel.showError(error.message);
  }
  map.invalidate();
}

async function loadCountries() {
  try {
    const stats = await api("/stats?top=1");
    fillCountries(
      document.getElementById("countries"),
      stats.by_country.map(([name]) => name).filter((name) => name !== "unknown"),
    );
  } catch {
    // The country list only helps typing; the filter works without it.
  }
}

function applyUrlState() {
  filtersToForm(form, state.filters);
  if (state.view) map.setView(state.view);
  if (state.event) selectEvent(state.event);
  else panel.hide();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  state.filters = formToFilters(form);
  state.brush = null;
  writeState(state, { push: true });
  loadEvents({ fit: true });
});
document.getElementById("reset").addEventListener("click", () => {
  state = { filters: {}, brush: null, event: null, view: null };
  filtersToForm(form, {});
  panel.hide();
  writeState(state, { push: true });
  loadEvents({ fit: true });
});
window.addEventListener("popstate", () => {
  state = readState();
  applyUrlState();
  loadEvents();
});

fillTypeOptions(document.getElementById("f-type"));
renderLegend(document.getElementById("legend"));
const fitOnLoad = !state.view;
applyUrlState();
map.loadBasemap("/vendor/countries.json").catch((error) => setStatus(error.message, true));
loadCountries();
loadEvents({ fit: fitOnLoad });
