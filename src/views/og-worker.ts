// A worker thread that draws link previews (og-drawer.ts starts it): SVG text in, PNG bytes out, in order.
import { parentPort } from "node:worker_threads";
import { pngOfSvgSync } from "./og-image.ts";

parentPort!.on("message", ({ id, svg }: { id: number; svg: string }) => {
  try {
    const png = pngOfSvgSync(svg);
    parentPort!.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
