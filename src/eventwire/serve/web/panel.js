// The event panel: summary, fields, every source with its link, and the evidence
// highlighted in each article's text. All data is untrusted (it comes from news pages), so
// it only ever enters the page as text: textContent and text nodes, never innerHTML.

import { colourOf } from "./filters.js";

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function count(c) {
  if (!c || c.best == null) return null;
  const range = c.low != null && c.high != null && (c.low !== c.best || c.high !== c.best);
  return range ? `${c.best} (${c.low}–${c.high})` : String(c.best);
}

function actorText(actor) {
  const parts = [actor.role, actor.kind, actor.attribution].filter(Boolean);
  const by = actor.attributed_by ? `, according to ${actor.attributed_by}` : "";
  return `${actor.name} (${parts.join(", ")}${by})`;
}

// [label, value, evidence field] rows of the record; empty values are left out.
function fieldRows(event) {
  const d = event.date || {};
  const loc = event.location || {};
  const gtd = event.gtd || {};
  const killed = count(event.casualties?.killed);
  const injured = count(event.casualties?.injured);
  const coordinates = loc.lat != null ? `${loc.lat.toFixed(4)}, ${loc.lon.toFixed(4)} (${loc.precision})` : null;
  return [
    ["Type", `${event.acled.event_type} — ${event.acled.sub_event_type}`, "acled"],
    ["Date", d.start ? `${d.start}${d.end && d.end !== d.start ? ` to ${d.end}` : ""}${d.time ? ` ${d.time}` : ""} (${d.precision}, ${d.basis})` : "unknown", "date"],
    ["Place", [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ") || null, "location"],
    ["Coordinates", coordinates, "location"],
    ["Actors", (event.actors || []).map(actorText).join("; ") || null, "actors"],
    ["Weapons", (event.weapons || []).map((w) => (w.count ? `${w.kind} ×${w.count}` : w.kind)).join(", ") || null, "weapons"],
    ["Killed", killed ?? (event.casualties?.reported ? null : "not reported"), "casualties"],
    ["Injured", injured, "casualties"],
    ["Claim", event.claim ? `${event.claim.status}${event.claim.by ? ` by ${event.claim.by}` : ""}` : null, "claim"],
    ["GTD", [gtd.attack_type, gtd.weapon_type, gtd.target_type].filter(Boolean).join(" · ") || null, "gtd"],
    ["Background", event.background ? "yes (history or context)" : null, null],
    ["Confidence", event.confidence != null ? event.confidence.toFixed(2) : null, null],
    ["Event id", event.id, null],
  ].filter(([, value]) => value != null && value !== "");
}

// The article text as text nodes, with <mark> around evidence spans (overlaps merged).
export function highlightedText(text, evidence) {
  const container = el("div", null, "article-text");
  const spans = evidence
    .filter((e) => e.start >= 0 && e.end <= text.length && e.end > e.start)
    .sort((a, b) => a.start - b.start);
  const cuts = new Set([0, text.length]);
  for (const e of spans) cuts.add(e.start).add(e.end);
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((e) => e.start <= from && e.end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const mark = el("mark", piece);
    const fields = [...new Set(covering.map((e) => e.field))];
    mark.title = `evidence: ${fields.join(", ")}`;
    mark.dataset.fields = fields.join(" ");
    container.append(mark);
  }
  return container;
}

export class EventPanel {
  constructor(root, { onClose }) {
    this.root = root;
    this.kind = root.querySelector("#panel-kind");
    this.title = root.querySelector("#panel-title");
    this.summary = root.querySelector("#panel-summary");
    this.fields = root.querySelector("#panel-fields tbody");
    this.sources = root.querySelector("#panel-sources");
    this.history = root.querySelector("#panel-history");
    root.querySelector("#panel-close").addEventListener("click", () => onClose());
    this.token = 0;
  }

  hide() {
    this.root.hidden = true;
    this.token++;
  }

  showError(message) {
    this.root.hidden = false;
    this.kind.textContent = "";
    this.title.textContent = "Event not available";
    this.summary.textContent = message;
    this.fields.replaceChildren();
    this.sources.replaceChildren();
  }

  // `detail` is GET /events/{id}; `fetchArticle(id)` resolves to GET /articles/{id}.
  async show(detail, fetchArticle) {
    const token = ++this.token;
    const event = detail.event;
    this.root.hidden = false;
    this.root.dataset.eventId = event.id;
    this.kind.textContent = event.acled.event_type;
    this.kind.style.color = colourOf(event.acled.event_type);
    const place = event.location?.name || event.location?.country || "unknown place";
    this.title.textContent = `${event.acled.sub_event_type} — ${place}`;
    this.summary.textContent = event.summary || "";
    this.fields.replaceChildren();
    for (const [label, value, field] of fieldRows(event)) {
      const row = el("tr");
      const head = el("th", label);
      row.append(head, el("td", value));
      if (field && event.evidence.some((e) => e.field === field)) {
        row.className = "has-evidence";
        head.title = "show the evidence in the article";
        head.addEventListener("click", () => this.focusEvidence(field));
      }
      this.fields.append(row);
    }
    if (detail.merged) {
      const merged = detail.merged;
      const row = el("tr");
      row.append(el("th", "Reports"), el("td", `${merged.report_ids.length} merged, from ${merged.sources.length} independent source${merged.sources.length === 1 ? "" : "s"}`));
      this.fields.append(row);
    }
    this.renderHistory(detail.history || []);
    this.sources.replaceChildren();
    for (const source of detail.sources) {
      const item = el("li");
      item.dataset.articleId = source.article_id;
      item.append(el("div", source.title || source.article_id, "source-title"));
      const meta = el("div", null, "source-meta");
      const href = safeHref(source.url);
      if (href) {
        const link = el("a", source.url);
        link.href = href;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        meta.append(link);
      } else {
        meta.append(document.createTextNode(source.url || source.article_id));
      }
      if (source.published) meta.append(document.createTextNode(` · published ${source.published}`));
      item.append(meta);
      this.sources.append(item);
      const evidence = event.evidence.filter((e) => e.article_id === source.article_id);
      fetchArticle(source.article_id)
        .then((article) => {
          if (token !== this.token || article.text == null) return;
          item.append(highlightedText(article.text, evidence));
        })
        .catch((error) => {
          if (token === this.token) item.append(el("div", `article text unavailable: ${error.message}`, "source-meta"));
        });
    }
  }

  // What each report changed in the merged event, dated by its publication.
  renderHistory(history) {
    this.history.replaceChildren();
    const changed = history.filter((entry) => entry.changes && entry.changes.length);
    this.history.hidden = !changed.length;
    if (!changed.length) return;
    this.history.append(el("h3", "History"));
    const list = el("ul");
    for (const entry of changed) {
      const fields = entry.changes.map((c) => c.field).join(", ");
      list.append(el("li", `${entry.as_of || "undated"} · ${entry.article_id}: ${fields}`));
    }
    this.history.append(list);
  }

  focusEvidence(field) {
    let first = null;
    for (const mark of this.root.querySelectorAll("mark")) {
      const active = mark.dataset.fields.split(" ").includes(field);
      mark.classList.toggle("active", active);
      if (active && !first) first = mark;
    }
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }
}
