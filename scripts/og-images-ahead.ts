// `npm run build` renders the link previews in a worker thread while Astro renders the pages: resvg took 7 s of the
// main thread at 1,000 journeys. The page (src/pages/og/journeys/[id].png.ts) takes its image from
// src/views/og-images-ahead.ts, or renders it itself when none was started (the dev server, a failed worker).
import { Worker } from "node:worker_threads";
import type { Journey } from "../src/model/index.ts";
import { ogCurveSvg, ogPngOfSvg } from "../src/views/og-image.ts";
import { renderingAhead } from "../src/views/og-images-ahead.ts";

/** Starts rendering these journeys' link previews in a worker, in order. Without a worker nothing is started. */
export function renderOgImagesAhead(journeys: readonly Journey[]): void {
  const svgs = journeys.map(ogCurveSvg);
  const waiting = svgs.map(() => Promise.withResolvers<Uint8Array<ArrayBuffer>>());
  let worker: Worker;
  try {
    worker = new Worker(new URL("./og-worker.ts", import.meta.url), { workerData: { svgs } });
  } catch {
    return;
  }
  svgs.forEach((svg, i) => {
    const promise = waiting[i]!.promise;
    promise.catch(() => {});
    renderingAhead(svg, promise);
  });
  const done = svgs.map(() => false);
  worker.on("message", ({ i, png }: { i: number; png: Uint8Array<ArrayBuffer> }) => {
    done[i] = true;
    waiting[i]!.resolve(png);
  });
  // A worker that fails (or ends early) leaves the rest to be rendered on the main thread.
  const fallBack = () =>
    svgs.forEach((svg, i) => {
      if (done[i]) return;
      done[i] = true;
      waiting[i]!.resolve(ogPngOfSvg(svg));
    });
  worker.once("error", fallBack);
  worker.once("exit", fallBack);
  worker.unref();
}

