// The journey at a glance as markup text (see html.ts): the compact curve over one column a stage, each stage's
// touchpoints and worst pain point. Each journey has it twice, on its page and on its embed page. JourneyOverview.astro
// renders it with the page's own actions; the styles are global (styles/overview.css).
import { emotionClass, signed } from "../views/emotion.ts";
import type { JourneyOverviewView } from "../views/journey-overview.ts";
import { ui } from "../views/ui.ts";
import { faceHtml, gapBadgeHtml } from "./badges-html.ts";
import { attr, classList, html, rawHtml, type Html } from "./html.ts";

/** `actions`: markup of the page's own (the journey page's downloads), put in the heading row. */
export function journeyOverviewHtml(view: JourneyOverviewView, title: string, actions = ""): Html {
  const m = ui().ui;
  const { chart } = view;
  const main = chart.series.find((s) => s.role === "main")!;
  const compare = chart.series.filter((s) => s.role === "compare");
  const personas = chart.series.filter((s) => s.role === "persona");
  const columns = view.stages.length;
  // Wider than the screen only with many stages: then the overview scrolls inside its own region, never the page.
  const wide = columns > 8;
  // y as a share of the plot's height, so the chart can be shorter on a phone and the markers follow.
  const top = (y: number) => `${Math.round((y / chart.height) * 10000) / 100}%`;

  const legend =
    view.legend.length > 0 &&
    html`<ul class="overview-legend"${attr("aria-label", m.overview.curves)}>${view.legend.map((l) => html`<li class="${classList("legend-series", l.role, l.role === "persona" && `persona-${l.index % 4}`)}"><svg aria-hidden="true" width="28" height="10" viewBox="0 0 28 10"><line x1="1" x2="27" y1="5" y2="5"></line></svg>${l.label}</li>`)}</ul>`;
  const ends =
    (view.start || view.end) &&
    html`<p class="overview-ends">${view.start && html`<span><span class="ends-label">${m.overview.starts}</span> ${view.start}</span>`}${view.end && html`<span class="ends-end"><span class="ends-label">${m.overview.ends}</span> ${view.end}</span>`}</p>`;
  const svg = html`<svg class="ov-svg" viewBox="0 0 1000 ${chart.height}" preserveAspectRatio="none" width="100%" height="100%" role="img"${attr("aria-label", m.overview.curveOf(title))}><desc>${view.description}</desc><defs><clipPath id="ov-above"><rect x="0" y="0" width="1000" height="${chart.zeroY}"></rect></clipPath><clipPath id="ov-below"><rect x="0" y="${chart.zeroY}" width="1000" height="${chart.height - chart.zeroY}"></rect></clipPath></defs>${chart.bands.map((b, i) => html`<rect x="${b.x * 10}" y="0" width="${b.width * 10}" height="${chart.height}" class="${classList("ov-band", { alt: i % 2 === 1 })}"></rect>`)}${chart.levels.map((l) => html`<line x1="0" x2="1000" y1="${l.y}" y2="${l.y}" class="${classList("ov-level", { zero: l.emotion === 0 })}"></line>`)}${compare.map((s) => s.line && html`<path${attr("d", s.line)} class="ov-line compare"></path>`)}${main.area && html`<path${attr("d", main.area)} class="ov-area pos" clip-path="url(#ov-above)"></path><path${attr("d", main.area)} class="ov-area neg" clip-path="url(#ov-below)"></path>`}${main.line && html`<path${attr("d", main.line)} class="ov-line main"></path>`}${personas.map((s, i) => s.line && html`<path${attr("d", s.line)} class="${classList("ov-line", "persona", `persona-${i % 4}`)}"></path>`)}</svg>`;
  const markers = html`<div class="ov-markers" aria-hidden="true">${personas.map((s, i) => s.points.map((p) => html`<span class="${classList("ov-dot", "persona", `persona-${i % 4}`)}" style="left: ${p.x}%; top: ${top(p.y)}"${attr("title", `${s.label}: ${p.name} ${signed(p.emotion)}`)}></span>`))}${compare.map((s) => s.points.map((p) => html`<span class="ov-dot compare" style="left: ${p.x}%; top: ${top(p.y)}"${attr("title", `${m.overview.today}: ${p.name} ${signed(p.emotion)}`)}></span>`))}${main.points.map(
    (p, i) =>
      html`<a class="${classList("ov-marker", emotionClass(p.emotion), { mot: p.momentOfTruth })}" style="left: ${p.x}%; top: ${top(p.y)}"${attr("href", `#${p.id}`)} tabindex="-1"${attr("data-touchpoint", p.id)}${attr("title", `${i + 1}. ${p.name}: ${signed(p.emotion)}`)}>${view.numbered && html`<span class="ov-number">${i + 1}</span>`}</a>`,
  )}</div>`;
  const stages = view.stages.map((stage, i) => {
    const band = { alt: i % 2 === 1, ghost: stage.onlyToday };
    const change = stage.change && html`<span class="${classList("ov-change", stage.change.direction)}">${stage.change.direction === "up" ? "▲ " : stage.change.direction === "down" ? "▼ " : ""}${stage.change.text}</span>`;
    const body = stage.onlyToday
      ? html`<p class="muted ov-note">${m.overview.onlyToday}</p>`
      : stage.touchpoints.length === 0
        ? html`<p class="muted ov-note">${m.overview.noTouchpoints}</p>`
        : html`<ol class="ov-touchpoints" start="${stage.touchpoints[0]!.number}"${attr("aria-labelledby", `overview-stage-${stage.id}`)}>${stage.touchpoints.map(
            (t) =>
              html`<li${attr("class", t.momentOfTruth ? "mot" : undefined)}${attr("data-touchpoint-item", t.id)}><span class="ov-num" aria-hidden="true">${t.number}</span>${faceHtml({ emotion: t.emotion, size: 16, decorative: true })}<span class="ov-name"><a${attr("href", `#${t.id}`)}${attr("data-touchpoint-link", t.id)}>${t.name}</a><span class="ov-score">${signed(t.emotion)}<span class="visually-hidden"> ${t.emotionLabel}</span></span>${t.momentOfTruth && html`<span class="ov-mot"${attr("title", m.journey.momentOfTruth)}><span aria-hidden="true">◆</span><span class="visually-hidden">${m.overview.mot}</span></span>`}${gapBadgeHtml(t.gaps)}</span></li>`,
          )}</ol>`;
    const pain = stage.worstPain && html`<p class="ov-pain"><span class="ov-pain-label">${m.overview.worstPain}</span> ${stage.worstPain.text} <a${attr("href", `#${stage.worstPain.touchpoint}`)}${attr("data-touchpoint-link", stage.worstPain.touchpoint)}>(${stage.worstPain.touchpointName})</a></p>`;
    return html`<h3 class="${classList("ov-stage-head", band)}" style="grid-column: ${i + 2}"${attr("id", `overview-stage-${stage.id}`)}><a${attr("href", `#stage-${stage.id}`)}><span class="ov-stage-number">${stage.number}</span> ${stage.name}</a>${change}</h3><div class="${classList("ov-stage-body", band)}" style="grid-column: ${i + 2}">${body}${pain}</div>`;
  });
  return html`<section class="overview-map" id="overview" aria-labelledby="overview-heading"><div class="overview-head"><h2 id="overview-heading">${m.overview.heading}</h2>${legend}${rawHtml(actions)}<a class="overview-skip no-print" href="#map-heading">${m.overview.skip}</a></div>${ends}<div class="${classList("overview-frame", { wide })}"${attr("role", wide ? "region" : undefined)}${attr("tabindex", wide ? 0 : undefined)}${attr("aria-label", wide ? m.overview.scrolls(title) : undefined)}><div class="overview-grid" style="--stages: ${columns}" data-points="${main.points.length}"><figure class="ov-chart" style="--height: ${chart.height}px"><div class="ov-scale" aria-hidden="true">${chart.levels.map((l) => html`<span style="top: ${top(l.y)}">${signed(l.emotion)}</span>`)}</div><div class="ov-plot">${svg}${markers}</div></figure>${stages}</div></div></section>`;
}
