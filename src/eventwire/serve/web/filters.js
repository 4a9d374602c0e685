// Filter state <-> URL query string <-> form. The URL is the state, so a view is shared
// by sharing its address: filters, the brushed time range, the open event and the map view.

export const EVENT_TYPES = [
  ["Battles", "#d62728"],
  ["Explosions/Remote violence", "#ff7f0e"],
  ["Violence against civilians", "#9467bd"],
  ["Protests", "#1f77b4"],
  ["Riots", "#e6b400"],
  ["Strategic developments", "#2ca02c"],
];
const OTHER_COLOUR = "#7f7f7f";
const COLOURS = new Map(EVENT_TYPES);

export function colourOf(type) {
  return COLOURS.get(type) || OTHER_COLOUR;
}

// Filters sent to the API (same names as `eventwire events` options).
export const FILTER_KEYS = ["type", "country", "since", "until", "actor", "text"];

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = { filters: {}, brush: null, event: null, view: null };
  for (const key of FILTER_KEYS) {
    const value = (params.get(key) || "").trim();
    if (value) state.filters[key] = value;
  }
  const brush = (params.get("brush") || "").split("..");
  if (brush.length === 2 && isDate(brush[0]) && isDate(brush[1])) state.brush = brush;
  state.event = params.get("event") || null;
  const view = (params.get("view") || "").split(",").map(Number);
  if (view.length === 3 && view.every(Number.isFinite)) state.view = view;
  return state;
}

export function writeState(state, { push = false } = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (state.filters[key]) params.set(key, state.filters[key]);
  }
  if (state.brush) params.set("brush", `${state.brush[0]}..${state.brush[1]}`);
  if (state.event) params.set("event", state.event);
  if (state.view) params.set("view", state.view.map((v, i) => (i < 2 ? v.toFixed(3) : v)).join(","));
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

export function isDate(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value || "");
}

export function fillTypeOptions(select) {
  for (const [type] of EVENT_TYPES) {
    const option = document.createElement("option");
    option.value = type;
    option.textContent = type;
    select.append(option);
  }
}

export function fillCountries(datalist, countries) {
  datalist.replaceChildren();
  for (const name of countries) {
    const option = document.createElement("option");
    option.value = name;
    datalist.append(option);
  }
}

export function formToFilters(form) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = (form.elements[key].value || "").trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function filtersToForm(form, filters) {
  for (const key of FILTER_KEYS) form.elements[key].value = filters[key] || "";
}

export function renderLegend(container) {
  container.replaceChildren();
  for (const [type, colour] of EVENT_TYPES) {
    const row = document.createElement("div");
    const dot = document.createElement("i");
    dot.style.background = colour;
    const label = document.createElement("span");
    label.textContent = type;
    row.append(dot, label);
    container.append(row);
  }
  const note = document.createElement("div");
  note.textContent = "size: people killed";
  container.append(note);
}
