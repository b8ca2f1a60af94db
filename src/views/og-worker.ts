// A worker thread that draws link previews (og-drawer.ts starts it): SVG text in, PNG bytes out, one image per turn of
// its event loop (thread-jobs.ts), so that resvg's memory for an image (about 2 MB) is given back before the next: a
// build that asks for 1,000 previews at once had them all in memory (3 GB) when they were drawn in one turn.
import { lowerThisThread } from "./background-priority.ts";
import { pngOfSvgSync } from "./og-image.ts";
import { serveThreadJobs } from "./thread-jobs.ts";

// The previews are needed only when the pages are done: the page renders go first (background-priority.ts).
lowerThisThread();
serveThreadJobs(pngOfSvgSync, (png) => [png.buffer]);
