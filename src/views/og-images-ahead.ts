import type { Journey } from "../model/index.ts";
import { ogCurveSvg, ogPngOfSvg } from "./og-image.ts";

// The link previews of a build are rendered in a worker thread while Astro renders the pages: resvg took 7 s of the
// main thread at 1,000 journeys. The pages' bundle and scripts/build.ts load this module separately, so the images
// waiting to be written live on globalThis. An image is the same bytes wherever it is rendered (no font, no clock).
const STORE_KEY = "__journeymapOgImages";

type Ahead = Map<string, Promise<Uint8Array<ArrayBuffer>>>;

function ahead(): Ahead {
  const global = globalThis as Record<string, unknown>;
  return (global[STORE_KEY] ??= new Map()) as Ahead;
}

/** Registers an image being rendered elsewhere (scripts/og-images-ahead.ts), for the page that needs it. */
export function renderingAhead(svg: string, png: Promise<Uint8Array<ArrayBuffer>>): void {
  ahead().set(svg, png);
}

/** The journey's link preview: the one rendered ahead if there is one (taken, so memory stays flat), else rendered now. */
export async function ogImage(journey: Journey): Promise<Uint8Array<ArrayBuffer>> {
  const svg = ogCurveSvg(journey);
  const images = ahead();
  const ready = images.get(svg);
  if (!ready) return ogPngOfSvg(svg);
  images.delete(svg);
  return ready;
}
