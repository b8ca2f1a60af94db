import { parentPort, workerData } from "node:worker_threads";
import { ogPngOfSvg } from "../src/views/og-image.ts";

// Renders the link previews in order, each sent back as soon as it is ready (see og-images-ahead.ts).
for (const [i, svg] of (workerData as { svgs: string[] }).svgs.entries()) {
  const png = ogPngOfSvg(svg);
  parentPort?.postMessage({ i, png }, [png.buffer]);
}
