import { Worker } from "node:worker_threads";

/**
 * Link previews drawn on a worker thread. The build's main thread renders the pages and is what the build waits on;
 * resvg parses each SVG on the thread that asks (0.8 ms) and zlib hands each compressed block back to it, 1.7 s of
 * the main thread at 1,000 journeys. The worker draws and compresses on its own thread (og-worker.ts), not on libuv's
 * four threads, which the build's file writes wait for. `npm run build` starts the worker (scripts/build.ts) and hands it over on
 * globalThis, because the pages are a bundle of their own; og-image.ts draws through it when it is there.
 */
export interface OgDrawer {
  draw(svg: string): Promise<Uint8Array<ArrayBuffer>>;
  stop(): Promise<void>;
}

export const OG_DRAWER_KEY = "__journeymapOgDrawer";

export function startOgDrawer(): OgDrawer {
  // Its heap holds one SVG text and one image at a time (the pixels live outside it): a small one keeps the build's
  // peak memory down.
  const worker = new Worker(new URL("./og-worker.ts", import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
  const waiting = new Map<number, { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }>();
  let next = 0;
  // Never keeps the process alive while idle; refed while an image is being drawn.
  worker.unref();
  const fail = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the link preview worker stopped (exit code ${code})`)));
  worker.on("message", ({ id, png, error }: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
    const w = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    if (error !== undefined || !png) w?.reject(new Error(error ?? "no image"));
    else w?.resolve(png);
  });
  return {
    draw(svg) {
      const id = next++;
      if (waiting.size === 0) worker.ref();
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, svg });
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** Draws the site's link previews through this drawer (until `handOverOgDrawer(undefined)`). */
export function handOverOgDrawer(drawer: OgDrawer | undefined): void {
  (globalThis as Record<string, unknown>)[OG_DRAWER_KEY] = drawer;
}
