import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import type { ContentFile } from "./discover.ts";

// The worker compiles the loader afresh in its own isolate; the compile cache spares that on later runs.
enableCompileCache?.();
const { loadContentFile } = await import("./load-file.ts");
const { files, cwd, next } = workerData as { files: ContentFile[]; cwd: string; next: Int32Array };
// Takes the next file from the counter it shares with the other threads (load-parallel.ts) until none is left.
const done: [number, unknown][] = [];
for (let i; (i = Atomics.add(next, 0, 1)) < files.length; ) done.push([i, loadContentFile(files[i]!, cwd)]);
// A JSON string crosses threads several times faster than a structured clone of the same object graph.
parentPort?.postMessage(JSON.stringify(done));
