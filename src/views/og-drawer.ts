import { Worker } from "node:worker_threads";

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
  let worker: Worker;
  try {
    worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
  } catch {
    return { draw: fallback, stop: async () => {} };
  }
  const waiting = new Map<number, { svg: string; resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed = false;
  // Never keeps the process alive while idle; refed while an image is being drawn.
  worker.unref();
  const fail = () => {
    if (failed) return;
    failed = true;
    for (const w of waiting.values()) fallback(w.svg).then(w.resolve, w.reject);
    waiting.clear();
  };
  worker.on("error", fail);
  worker.on("exit", fail);
  worker.on("message", ({ id, png, error }: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
    const w = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    if (error !== undefined || !png) w?.reject(new Error(error ?? "no image"));
    else w?.resolve(png);
  });
  return {
    draw(svg) {
      if (failed) return fallback(svg);
      const id = next++;
      if (waiting.size === 0) worker.ref();
      return new Promise((resolve, reject) => {
        waiting.set(id, { svg, resolve, reject });
        worker.postMessage({ id, svg });
      });
    },
    async stop() {
      failed = true;
      await worker.terminate();
    },
  };
}

/** Draws the site's link previews through this drawer (until `handOverOgDrawer(undefined)`). */
export function handOverOgDrawer(drawer: OgDrawer | undefined): void {
  (globalThis as Record<string, unknown>)[OG_DRAWER_KEY] = drawer;
}
