import { enableCompileCache } from "node:module";
import { parentPort } from "node:worker_threads";
import type { ContentFile } from "./discover.ts";

// The worker compiles the loader afresh in its own isolate (the compile cache spares that on later runs), then waits
// for its job: it may be started before the files are known (load-workers.ts).
enableCompileCache?.();
const { loadContentFile } = await import("./load-file.ts");
/** Results go back in batches as they are ready, so serialising them overlaps the loading instead of following it. */
const BATCH = 32;

parentPort?.once("message", ({ files, cwd, next }: { files: ContentFile[]; cwd: string; next: Int32Array }) => {
  let done: [number, unknown][] = [];
  // Takes the next file from the counter it shares with the other threads (load-parallel.ts) until none is left.
  for (let i; (i = Atomics.add(next, 0, 1)) < files.length; ) {
    done.push([i, loadContentFile(files[i]!, cwd)]);
    if (done.length === BATCH) {
      // A JSON string crosses threads several times faster than a structured clone of the same object graph.
      parentPort?.postMessage(JSON.stringify(done));
      done = [];
    }
  }
  parentPort?.postMessage(JSON.stringify(done));
  parentPort?.postMessage("end");
});
