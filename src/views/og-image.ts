import { Resvg, renderAsync } from "@resvg/resvg-js";
import { crc32, deflate, deflateSync } from "node:zlib";
import type { Journey } from "../model/index.ts";
import { OG_DRAWER_KEY, type OgDrawer } from "./og-drawer.ts";

/** Drawn on Open Graph's recommended 1200 × 630 canvas… */
const DRAWN_WIDTH = 1200;
const DRAWN_HEIGHT = 630;
/**
 * …and written at half that: 600 × 315 is the smallest size Facebook, LinkedIn and Slack still show as a large
 * preview, and a quarter of the pixels renders and encodes in 6 ms instead of 17 (17 s of a 1,000-journey build).
 */
export const OG_WIDTH = 600;
export const OG_HEIGHT = 315;

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
  const step = (DRAWN_WIDTH - 2 * pad.x) / n;
  const x = (i: number) => round(pad.x + step * (i + 0.5));
  const y = (e: number) => round(pad.top + ((2 - e) / 4) * (DRAWN_HEIGHT - pad.top - pad.bottom));
  const bands: string[] = [];
  let start = 0;
  journey.stages.forEach((s, i) => {
    const count = Math.max(s.touchpoints.length, 0);
    if (count > 0) bands.push(`<rect x="${round(pad.x + start * step)}" y="${pad.top - 30}" width="${round(count * step)}" height="${DRAWN_HEIGHT - pad.top - pad.bottom + 60}" fill="${i % 2 ? "#e6ebf2" : "#f0f3f8"}"/>`);
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${DRAWN_WIDTH}" height="${DRAWN_HEIGHT}" viewBox="0 0 ${DRAWN_WIDTH} ${DRAWN_HEIGHT}">`,
    `<rect width="${DRAWN_WIDTH}" height="${DRAWN_HEIGHT}" fill="#ffffff"/>`,
    `<path d="M40 58 C58 26, 76 26, 86 46 S106 68, 124 32" fill="none" stroke="#2a55c9" stroke-width="8" stroke-linecap="round"/>`,
    ...bands,
    `<line x1="${pad.x}" x2="${DRAWN_WIDTH - pad.x}" y1="${y(0)}" y2="${y(0)}" stroke="#8a8f96" stroke-width="3" stroke-dasharray="10 8"/>`,
    points.length > 1 ? `<path d="${line}" fill="none" stroke="#17202b" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>` : "",
    dots,
    `</svg>`,
  ].join("");
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The link preview as PNG bytes: no font is loaded (the image has no text), so every machine gives the same bytes.
 * Drawn by the build's preview worker when there is one (og-drawer.ts), else here: resvg draws on its own thread and
 * zlib compresses on another (renderAsync, deflate), so the page renders go on meanwhile.
 */
export function ogPng(journey: Journey): Promise<Uint8Array<ArrayBuffer>> {
  const svg = ogCurveSvg(journey);
  const drawer = (globalThis as Record<string, unknown>)[OG_DRAWER_KEY] as OgDrawer | undefined;
  return drawer ? drawer.draw(svg) : pngOfSvg(svg);
}

/** The preview SVG drawn to PNG bytes at the preview's size. */
export async function pngOfSvg(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(svg, RESVG);
  return pngOf(image.pixels, image.width, image.height);
}

/** RGBA pixels as a PNG file: the signature, the header, the pixels (rows without a filter) deflated, the end. */
export async function pngOf(rgba: Uint8Array, width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const rows = unfilteredRows(rgba, width, height);
  const pixels = await new Promise<Buffer>((resolve, reject) => deflate(rows, DEFLATE, (error, out) => (error ? reject(error) : resolve(out))));
  return pngFile(width, height, pixels);
}

/**
 * The same, drawn and compressed on the calling thread: the preview worker (og-worker.ts) does that, and so leaves
 * libuv's four threads to the build's file writes (resvg's and zlib's asynchronous calls queue on them too).
 */
export function pngOfSvgSync(svg: string): Uint8Array<ArrayBuffer> {
  const image = new Resvg(svg, RESVG).render();
  return pngFile(image.width, image.height, deflateSync(unfilteredRows(image.pixels, image.width, image.height), DEFLATE));
}

const RESVG = { font: { loadSystemFonts: false }, fitTo: { mode: "width" as const, value: OG_WIDTH } };
// zlib's level 3 instead of its default 6: 1.1 ms instead of 3.7 ms an image, 29 KB instead of 23 KB (2.6 s of the
// preview thread in a 1,000-journey build, on a machine whose two cores the build keeps busy).
const DEFLATE = { level: 3 };

function unfilteredRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return rows;
}

function pngFile(width: number, height: number, pixels: Buffer): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const parts = [Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (png.set(p, at), at + p.length), 0);
  return png;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
