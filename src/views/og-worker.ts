// A worker thread that draws link previews (og-drawer.ts starts it): SVG text in, PNG bytes out, in order.
import { parentPort } from "node:worker_threads";
import { lowerThisThread } from "./background-priority.ts";
import { pngOfSvgSync } from "./og-image.ts";

// The previews are needed only when the pages are done: the page renders go first (background-priority.ts).
lowerThisThread();

// One image per turn of the event loop. resvg's memory for an image (about 2 MB) is given back by finalizers that run
// between turns, and the port hands over every message waiting in one turn: a build that asks for 1,000 previews at
// once had them all in memory (3 GB) before the first was given back.
const waiting: { id: number; svg: string }[] = [];

parentPort!.on("message", (message: { id: number; svg: string }) => {
  if (waiting.push(message) === 1) setImmediate(drawNext);
});

function drawNext(): void {
  const { id, svg } = waiting[0]!;
  try {
    const png = pngOfSvgSync(svg);
    parentPort!.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
  waiting.shift();
  if (waiting.length > 0) setImmediate(drawNext);
}
