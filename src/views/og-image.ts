import type { Journey } from "../model/index.ts";

/** Open Graph's recommended size. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const PALETTE: Record<number, string> = { [-2]: "#b2182b", [-1]: "#d6604d", 0: "#8a8f96", 1: "#4393c3", 2: "#2166ac" };

/**
 * A journey's emotion curve as the SVG of its link preview: stage bands, the neutral line, the curve and its points
 * (moments of truth as diamonds). No text, so the PNG needs no font and renders the same on every machine; the
 * title travels in og:title.
 */
export function ogCurveSvg(journey: Journey): string {
  const pad = { x: 70, top: 115, bottom: 60 };
  const points = journey.stages.flatMap((s, stage) => s.touchpoints.map((t) => ({ stage, emotion: t.emotion, mot: t.moment_of_truth })));
  const n = Math.max(points.length, 1);
  const step = (OG_WIDTH - 2 * pad.x) / n;
  const x = (i: number) => round(pad.x + step * (i + 0.5));
  const y = (e: number) => round(pad.top + ((2 - e) / 4) * (OG_HEIGHT - pad.top - pad.bottom));
  const bands: string[] = [];
  let start = 0;
  journey.stages.forEach((s, i) => {
    const count = Math.max(s.touchpoints.length, 0);
    if (count > 0) bands.push(`<rect x="${round(pad.x + start * step)}" y="${pad.top - 30}" width="${round(count * step)}" height="${OG_HEIGHT - pad.top - pad.bottom + 60}" fill="${i % 2 ? "#e6ebf2" : "#f0f3f8"}"/>`);
    start += count;
  });
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i)} ${y(p.emotion)}`).join(" ");
  const dots = points
    .map((p, i) =>
      p.mot
        ? `<path d="M${x(i)} ${y(p.emotion) - 17} l17 17 l-17 17 l-17 -17 z" fill="${PALETTE[p.emotion]}" stroke="#fff" stroke-width="4"/>`
        : `<circle cx="${x(i)}" cy="${y(p.emotion)}" r="12" fill="${PALETTE[p.emotion]}" stroke="#fff" stroke-width="4"/>`,
    )
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    `<path d="M40 58 C58 26, 76 26, 86 46 S106 68, 124 32" fill="none" stroke="#2a55c9" stroke-width="8" stroke-linecap="round"/>`,
    ...bands,
    `<line x1="${pad.x}" x2="${OG_WIDTH - pad.x}" y1="${y(0)}" y2="${y(0)}" stroke="#8a8f96" stroke-width="3" stroke-dasharray="10 8"/>`,
    points.length > 1 ? `<path d="${line}" fill="none" stroke="#17202b" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>` : "",
    dots,
    `</svg>`,
  ].join("");
}

const round = (v: number) => Math.round(v * 100) / 100;
