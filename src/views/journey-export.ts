import { curveMonotoneX, line, scaleLinear } from "d3";
import { EMOTION_MAX, EMOTION_MIN, EMOTION_SCALE, signed } from "../model/vocabulary.ts";
import type { JourneyOverviewView } from "./journey-overview.ts";

/**
 * The overview as a standalone SVG file for slides and documents: stage bands, every curve, numbered markers and
 * (for `overview`) every touchpoint's name under its stage; `curve` is the chart alone. Drawn in pixels on a
 * light background whatever the site's theme, with generic font families only, so any viewer can show it and
 * resvg can turn it into a PNG. Everything that comes from the content is escaped; the same view gives the
 * same bytes.
 */
export type ExportKind = "overview" | "curve";

const PAD = 32;
const SCALE_WIDTH = 40;
const STAGE_MIN_WIDTH = 190;
const PLOT_MIN_WIDTH = 1200;
const HEADER_HEIGHT = 58;
const CHART_HEIGHT = 250;
const CHART_PADDING = 24;
const LINE_HEIGHT = 19;
const FONT_SIZE = 14;

/** The site's emotion palette (red–blue, readable with colour blindness), light theme. */
const EMOTION_FILL: Record<number, string> = { [-2]: "#b2182b", [-1]: "#d6604d", 0: "#c9ccd1", 1: "#6aaed6", 2: "#2166ac" };
const EMOTION_INK: Record<number, string> = { [-2]: "#ffffff", [-1]: "#111111", 0: "#111111", 1: "#111111", 2: "#ffffff" };
const PERSONA_STROKES = [
  { color: "#7b3294", dash: "" },
  { color: "#00753a", dash: "7 3" },
  { color: "#b34700", dash: "2 3" },
  { color: "#5e3c99", dash: "9 3 2 3" },
];
const INK = "#17202b";
const MUTED = "#5b6470";

export function journeyExportSvg(view: JourneyOverviewView, title: string, kind: ExportKind): string {
  const stages = view.stages;
  const plotWidth = Math.max(PLOT_MIN_WIDTH, stages.length * STAGE_MIN_WIDTH);
  const plotLeft = PAD + SCALE_WIDTH;
  const plotRight = plotLeft + plotWidth;
  const width = plotRight + PAD;
  const stageWidth = plotWidth / Math.max(1, stages.length);

  const legendTop = PAD + 44;
  const headerTop = legendTop + (view.legend.length > 0 ? 30 : 4);
  const chartTop = headerTop + HEADER_HEIGHT;
  const chartBottom = chartTop + CHART_HEIGHT;
  const x = scaleLinear().domain([0, 100]).range([plotLeft, plotRight]);
  const y = scaleLinear().domain([EMOTION_MIN, EMOTION_MAX]).range([chartBottom - CHART_PADDING, chartTop + CHART_PADDING]);
  const px = (p: { x: number; emotion: number }): [number, number] => [x(p.x), y(p.emotion)];
  const curve = line<[number, number]>().curve(curveMonotoneX).digits(2);

  // The names under each stage, wrapped to its column; the tallest column sets the picture's height.
  const nameWidth = stageWidth - 24 - 28;
  const lists = stages.map((stage) =>
    stage.touchpoints.map((t) => ({ ...t, lines: wrap(`${t.name}\u00a0${signed(t.emotion)}${t.momentOfTruth ? "\u00a0◆" : ""}`, nameWidth, FONT_SIZE) })),
  );
  const listTop = chartBottom + 22;
  const listHeight = Math.max(0, ...lists.map((items) => items.reduce((h, t) => h + t.lines.length * LINE_HEIGHT + 6, 0)));
  const bandBottom = kind === "overview" ? listTop + listHeight + 4 : chartBottom;
  const height = bandBottom + PAD;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" role="img" font-family="sans-serif" font-size="${FONT_SIZE}" fill="${INK}">`,
    `<title>${escapeXml(`${title}: ${kind === "overview" ? "the journey at a glance" : "emotion curve"}`)}</title>`,
    `<desc>${escapeXml(view.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 24}" font-size="26" font-weight="bold">${escapeXml(truncate(title, plotRight - PAD, 26))}</text>`,
  );

  // Legend: one sample line per curve, when there is more than one.
  let legendX = PAD;
  for (const entry of view.legend) {
    const stroke = seriesStroke(entry.role, entry.index);
    out.push(
      `<line x1="${legendX}" x2="${legendX + 28}" y1="${legendTop + 6}" y2="${legendTop + 6}" stroke="${stroke.color}" stroke-width="3"${stroke.dash ? ` stroke-dasharray="${stroke.dash}"` : ""}/>`,
      `<text x="${legendX + 36}" y="${legendTop + 11}">${escapeXml(truncate(entry.label, 260, FONT_SIZE))}</text>`,
    );
    legendX += 36 + Math.min(260, textWidth(entry.label, FONT_SIZE)) + 28;
  }

  // Stage bands with their heads, from the head down to the end of the names.
  stages.forEach((stage, i) => {
    const left = n(plotLeft + i * stageWidth);
    const fill = i % 2 === 1 ? "#e8edf4" : "#f3f5f9";
    out.push(
      `<rect x="${left}" y="${headerTop}" width="${n(stageWidth)}" height="${n(bandBottom - headerTop)}" fill="${fill}"${stage.onlyToday ? ` fill-opacity="0.6"` : ""}/>`,
      `<rect x="${left}" y="${headerTop}" width="${n(stageWidth)}" height="3" fill="#2a55c9"/>`,
      `<circle cx="${n(plotLeft + i * stageWidth + 22)}" cy="${headerTop + 21}" r="10" fill="#2a55c9"/>`,
      `<text x="${n(plotLeft + i * stageWidth + 22)}" y="${headerTop + 25}" font-size="12" font-weight="bold" fill="#ffffff" text-anchor="middle">${stage.number}</text>`,
    );
    const nameLines = wrap(stage.name, stageWidth - 50, 15, 2, true);
    nameLines.forEach((text, j) => out.push(`<text x="${n(plotLeft + i * stageWidth + 40)}" y="${headerTop + 26 + j * 18}" font-size="15" font-weight="bold">${escapeXml(text)}</text>`));
    if (stage.change) {
      const below = headerTop + 26 + nameLines.length * 18;
      if (below < chartTop + 4) out.push(`<text x="${n(plotLeft + i * stageWidth + 40)}" y="${below}" font-size="12" fill="${MUTED}">${escapeXml(stage.change.text)}</text>`);
    }
  });

  // The scale: one dashed line per level, the neutral one solid.
  for (const level of EMOTION_SCALE) {
    const ly = n(y(level));
    out.push(
      `<line x1="${plotLeft}" x2="${plotRight}" y1="${ly}" y2="${ly}" stroke="${level === 0 ? "#8a8f96" : "#c5ccd6"}" stroke-width="1"${level === 0 ? "" : ` stroke-dasharray="2 3"`}/>`,
      `<text x="${plotLeft - 8}" y="${n(y(level) + 4)}" font-size="12" fill="${MUTED}" text-anchor="end">${escapeXml(signed(level))}</text>`,
    );
  }

  // Curves: today's behind, then the journey, then one per persona; markers on top.
  const series = view.chart.series;
  const order = [...series.filter((s) => s.role === "compare"), ...series.filter((s) => s.role === "main"), ...series.filter((s) => s.role === "persona")];
  for (const s of order) {
    if (s.points.length < 2) continue;
    const stroke = seriesStroke(s.role, series.filter((o) => o.role === "persona").indexOf(s));
    out.push(
      `<path d="${curve(s.points.map(px))}" fill="none" stroke="${stroke.color}" stroke-width="${s.role === "main" ? 3 : 2}" stroke-linejoin="round" stroke-linecap="round"${stroke.dash ? ` stroke-dasharray="${stroke.dash}"` : ""}/>`,
    );
  }
  for (const s of order) {
    if (s.role === "main") continue;
    const stroke = seriesStroke(s.role, series.filter((o) => o.role === "persona").indexOf(s));
    for (const p of s.points) {
      const [cx, cy] = px(p).map(n);
      out.push(s.role === "compare" ? `<circle cx="${cx}" cy="${cy}" r="4.5" fill="#ffffff" stroke="${stroke.color}" stroke-width="2"/>` : `<path d="${diamond(cx!, cy!, 5)}" fill="${stroke.color}" stroke="#ffffff"/>`);
    }
  }
  const main = series.find((s) => s.role === "main");
  main?.points.forEach((p, i) => {
    const [cx, cy] = px(p).map(n) as [number, number];
    const fill = EMOTION_FILL[p.emotion] ?? EMOTION_FILL[0]!;
    out.push(
      p.momentOfTruth
        ? `<path d="${diamond(cx, cy, 15)}" fill="${fill}" stroke="#ffffff" stroke-width="2.5"/>`
        : `<circle cx="${cx}" cy="${cy}" r="12.5" fill="${fill}" stroke="#ffffff" stroke-width="2.5"/>`,
    );
    if (view.numbered) out.push(`<text x="${cx}" y="${n(cy + 4.5)}" font-size="12" font-weight="bold" fill="${EMOTION_INK[p.emotion] ?? INK}" text-anchor="middle">${i + 1}</text>`);
  });

  // Every touchpoint's name under its stage, numbered as on the curve.
  if (kind === "overview") {
    lists.forEach((items, i) => {
      const left = plotLeft + i * stageWidth + 12;
      let top = listTop;
      if (stages[i]!.onlyToday) out.push(`<text x="${n(left)}" y="${top + 14}" font-style="italic" fill="${MUTED}">Only in today's journey</text>`);
      for (const t of items) {
        out.push(`<text x="${n(left + 22)}" y="${top + 14}" font-size="12" font-weight="bold" fill="${MUTED}" text-anchor="end">${t.number}</text>`);
        out.push(`<circle cx="${n(left + 34)}" cy="${top + 9}" r="5.5" fill="${EMOTION_FILL[t.emotion] ?? EMOTION_FILL[0]!}"/>`);
        t.lines.forEach((text, j) => out.push(`<text x="${n(left + 46)}" y="${top + 14 + j * LINE_HEIGHT}">${escapeXml(text)}</text>`));
        top += t.lines.length * LINE_HEIGHT + 6;
      }
    });
  }
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}

function seriesStroke(role: string, personaIndex: number): { color: string; dash: string } {
  if (role === "compare") return { color: "#8a8f96", dash: "6 4" };
  if (role === "persona") return PERSONA_STROKES[Math.max(0, personaIndex) % PERSONA_STROKES.length]!;
  return { color: INK, dash: "" };
}

const diamond = (cx: number, cy: number, r: number) => `M${cx} ${n(cy - r)}L${n(cx + r)} ${cy}L${cx} ${n(cy + r)}L${n(cx - r)} ${cy}Z`;

const n = (v: number) => Math.round(v * 100) / 100;

/**
 * Widths are estimated, not measured: no font is loaded at build time. 0.6 em a character is wide enough for
 * DejaVu Sans and Verdana, the widest common sans-serifs, so a line never overflows its column.
 */
function textWidth(text: string, size: number): number {
  return [...text].length * size * 0.6;
}

function truncate(text: string, width: number, size: number): string {
  const max = Math.max(1, Math.floor(width / (size * 0.6)));
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** Greedy word wrap to `width`; a word longer than a line is cut; past `maxLines` the last line ends with "…". */
export function wrap(text: string, width: number, size: number, maxLines = Infinity, bold = false): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * (bold ? 0.64 : 0.6))));
  const lines: string[] = [];
  let current = "";
  // Only plain spaces break: the score stays on the line of the name's last word (joined by a no-break space).
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    let rest = [...word];
    while (rest.length > 0) {
      const room = perLine - (current ? [...current].length + 1 : 0);
      if (rest.length <= room) {
        current = current ? `${current} ${rest.join("")}` : rest.join("");
        rest = [];
      } else if (current) {
        lines.push(current);
        current = "";
      } else {
        lines.push(rest.slice(0, perLine).join(""));
        rest = rest.slice(perLine);
      }
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, size * (bold ? 1.07 : 1));
  return kept;
}

/** Text for XML: the five special characters escaped, and the characters XML 1.0 forbids (control codes, lone surrogates) dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}
