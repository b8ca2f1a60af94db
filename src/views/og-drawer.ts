import { startThreadJobs } from "./thread-jobs.ts";

/**
 * Link previews drawn on a worker thread. The build's main thread renders the pages and is what the build waits on;
 * resvg parses each SVG on the thread that asks (0.8 ms) and zlib hands each compressed block back to it, 1.7 s of
 * the main thread at 1,000 journeys. The worker draws and compresses on its own thread (og-worker.ts), not on libuv's
 * four threads, which the build's file writes wait for. `npm run build` starts the worker (scripts/build.ts) and
 * hands it over on globalThis, because Astro loads the integrations and the pages as modules of their own;
 * og-image.ts draws through it when it is there.
 */
export interface OgDrawer {
  draw(svg: string): Promise<Uint8Array<ArrayBuffer>>;
  stop(): Promise<void>;
}

export const OG_DRAWER_KEY = "__journeymapOgDrawer";

type Draw = (svg: string) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * `fallback` draws on this thread: should the worker fail to start or stop (it never has), the images it had not
 * sent back and every later one are drawn that way, so the build goes on with the same bytes.
 */
export function startOgDrawer(fallback: Draw, script: URL = new URL("./og-worker.ts", import.meta.url)): OgDrawer {
  // Its heap holds one SVG text and one image at a time (the pixels live outside it): a small one keeps the build's
  // peak memory down.
  const jobs = startThreadJobs(script, fallback, { resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
  return { draw: (svg) => jobs.run(svg), stop: () => jobs.stop() };
}

/** Draws the site's link previews through this drawer (until `handOverOgDrawer(undefined)`). */
export function handOverOgDrawer(drawer: OgDrawer | undefined): void {
  (globalThis as Record<string, unknown>)[OG_DRAWER_KEY] = drawer;
}
