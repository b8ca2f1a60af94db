// The journey map's table as markup text (see html.ts): its header rows and its lanes, every cell of which a page
// holds twice, on screen and in a printed part. A cell's content is the same in both, so it is written once per
// page and reused; the screen's cells only add the ids and data the page script reads. JourneyMap.astro puts the
// table together.
import { opportunityStatusLabel } from "../model/vocabulary.ts";
import { signed } from "../views/emotion.ts";
import type { TouchpointGaps } from "../views/journey-gaps.ts";
import type { CurveLayout } from "../views/emotion-curve.layout.ts";
import type { JourneyMapView, Lane, LaneId, MapColumn, MapStage } from "../views/journey-map.ts";
import { siteLocale, ui } from "../views/ui.ts";
import { faceHtml, gapBadgeHtml, kpiBadgeHtml } from "./badges-html.ts";
import { emotionCurveHtml } from "./emotion-curve-html.ts";
import { attr, classList, html, type Html } from "./html.ts";

/** Each column's written cells, by lane ("head" for its header cell's content). */
const written = new WeakMap<MapColumn, Map<string, Html | undefined>>();

function cached(column: MapColumn, key: string, write: () => Html | undefined): Html | undefined {
  let cells = written.get(column);
  if (!cells) written.set(column, (cells = new Map()));
  if (!cells.has(key)) cells.set(key, write());
  return cells.get(key);
}

/** The column group and the two header rows: the stages, then the touchpoints. */
export function mapHeadHtml(columns: readonly MapColumn[], stages: readonly MapStage[], gaps: Record<string, TouchpointGaps>, screen: boolean): Html {
  const m = ui().ui;
  const stageCells = stages.map(
    (stage, i) =>
      html`<th scope="colgroup" colspan="${stage.count}"${attr("id", screen ? `stage-${stage.id}` : undefined)} class="${classList("stage", { alt: i % 2 === 1 })}"><span class="stage-label"><span class="stage-number">${stage.number}</span><span class="stage-name">${stage.name}</span>${stage.goal && html`<span class="stage-goal">${stage.goal}</span>`}</span></th>`,
  );
  const touchpointCells = columns.map((c) => {
    if (c.placeholder) return html`<td class="tp-head placeholder"${attr("data-col", screen ? c.index : undefined)}><span class="muted">${m.map.noTouchpoints}</span></td>`;
    const data = screen
      ? html`${attr("data-col", c.index)}${attr("data-touchpoint", c.id)}${attr("data-channel", c.channel.id)}${attr("data-owner", c.owner ?? "")}${attr("data-confidence", c.confidence)}${attr("data-name", c.name)}${attr("data-summary", `${c.channel.label} · ${signed(c.emotion)} ${c.emotionLabel}${c.momentOfTruth ? ` · ${m.journey.momentOfTruth}` : ""}`)}${attr("data-feels", c.feels ?? "")}`
      : undefined;
    const content = cached(
      c,
      "head",
      () =>
        html`<a class="tp-link" href="#${c.id}">${c.name}</a><span class="tp-meta"><span class="${classList("channel", c.channel.online ? "online" : "offline")}"${attr("title", c.channel.online ? m.map.online : m.map.offline)}>${c.channel.label}</span>${gapBadgeHtml(gaps[c.id])}</span><span class="tp-emotion">${faceHtml({ emotion: c.emotion, size: 18, decorative: true })}<span>${signed(c.emotion)} <span class="emotion-word">${c.emotionLabel}</span></span></span>${c.momentOfTruth && html`<span class="mot-flag"><span aria-hidden="true">◆</span> ${m.journey.momentOfTruth}</span>`}`,
    );
    return html`<th scope="col" class="${classList("tp-head", { mot: c.momentOfTruth })}"${data}>${content}</th>`;
  });
  return html`<colgroup><col class="lane-col">${columns.map(() => html`<col class="tp-col">`)}</colgroup><thead><tr class="stage-row"><td class="corner"></td>${stageCells}</tr><tr class="touchpoint-row"><th scope="row" class="lane-head">${m.map.touchpoint}</th>${touchpointCells}</tr></thead>`;
}

/**
 * The table's body: a row per lane shown, the emotion curve's included, then the stages' KPIs. `curveId` names the
 * curve (a printed part has its own); for `<Fragment set:html={mapBodyHtml(…).chunks()} />`.
 */
export function mapBodyHtml(view: JourneyMapView, curveId: string, screen: boolean): Html {
  const { columns, stages, visibleLanes, curve, journey } = view;
  const rows = visibleLanes.map((lane) => (lane.id === "emotion" ? emotionLaneHtml(lane, columns.length, curve, curveId, ui().ui.map.curveOf(journey.title), screen) : laneRowHtml(lane, columns, screen)));
  return html`${rows}${stageKpisRowHtml(stages, screen)}`;
}

/** A lane's row (any lane but the emotion curve's). */
export function laneRowHtml(lane: Lane, columns: readonly MapColumn[], screen: boolean): Html {
  const cells = columns.map((c) => html`<td${attr("data-col", screen ? c.index : undefined)}${attr("class", c.placeholder ? "placeholder" : undefined)}>${c.placeholder ? undefined : cached(c, lane.id, () => cellHtml(lane.id, c))}</td>`);
  return html`<tr${attr("data-lane", screen ? lane.id : undefined)} class="lane lane-${lane.id}"><th scope="row" class="lane-head">${lane.label}</th>${cells}</tr>`;
}

/** The emotion lane's row: one cell across every column, holding the curve. */
export function emotionLaneHtml(lane: Lane, columns: number, curve: CurveLayout, id: string, title: string, screen: boolean): Html {
  return html`<tr${attr("data-lane", screen ? lane.id : undefined)} class="lane lane-${lane.id}"><th scope="row" class="lane-head">${lane.label}</th><td class="curve-cell" colspan="${columns}">${emotionCurveHtml({ layout: curve, id, title, interactive: screen, showScale: true })}</td></tr>`;
}

/** The last row: each stage's KPIs. */
export function stageKpisRowHtml(stages: readonly MapStage[], screen: boolean): Html {
  const m = ui().ui;
  const cells = stages.map(
    (stage) =>
      html`<td colspan="${stage.count}" class="stage-kpis">${stage.kpis.length > 0 ? html`<ul class="chips">${stage.kpis.map((k) => html`<li>${kpiBadgeHtml(k)}</li>`)}</ul>` : html`<p class="missing">${m.map.noStageKpi}</p>`}</td>`,
  );
  return html`<tr class="lane lane-stage-kpis"${attr("data-lane", screen ? "stage-kpis" : undefined)}><th scope="row" class="lane-head">${m.map.stageKpis}</th>${cells}</tr>`;
}

function cellHtml(lane: LaneId, c: MapColumn): Html | undefined {
  const m = ui().ui;
  switch (lane) {
    case "does":
      return c.does ? html`<p class="clamp">${c.does}</p>` : undefined;
    case "thinks":
      return c.thinks ? html`<p class="thought clamp">“${c.thinks}”</p>` : undefined;
    case "feels":
      return c.feels ? html`<p class="clamp">${c.feels}</p>` : undefined;
    case "pains":
    case "highlights":
      return c[lane].length > 0 ? html`<ul class="items items-${lane}">${c[lane].map((item) => html`<li>${item}</li>`)}</ul>` : undefined;
    case "opportunities": {
      const locale = siteLocale();
      return c.opportunities.length > 0
        ? html`<ul class="items items-opportunities">${c.opportunities.map((o) => html`<li>${o.text}${o.status !== "idea" && html` <span class="${classList("opportunity-status", o.status)}">${opportunityStatusLabel(o.status, locale)}</span>`}</li>`)}</ul>`
        : undefined;
    }
    case "owner":
      return html`${c.owner ? html`<p class="owner">${c.owner}</p>` : html`<p class="missing">${m.map.noOwner}</p>`}<span class="badge control">${m.map.control[c.control]}</span>`;
    case "systems":
      return c.systems.length > 0
        ? html`<ul class="systems">${c.systems.map((s) => html`<li><strong>${s.name}</strong>${s.data && s.data.length > 0 && html`<span class="data">${s.data.join(", ")}</span>`}</li>`)}</ul>`
        : html`<p class="missing">${m.map.noSystem}</p>`;
    case "kpis":
      return c.kpis.length > 0 ? html`<ul class="chips">${c.kpis.map((k) => html`<li>${kpiBadgeHtml(k)}</li>`)}</ul>` : undefined;
    case "evidence":
      return html`<p class="${classList("confidence", c.confidence)}"><span aria-hidden="true">${c.confidence === "validated" ? "✓" : "?"}</span>${c.confidence === "validated" ? m.map.validated : m.map.hypothesis}${c.evidence.length > 0 && html`<span class="muted"> · ${m.map.sources(c.evidence.length)}</span>`}</p>`;
    case "emotion":
      return undefined;
  }
}
