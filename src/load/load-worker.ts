import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import type { ContentFile } from "./discover.ts";

// The worker compiles the loader afresh in its own isolate; the compile cache spares that on later runs.
enableCompileCache?.();
const { loadContentFile } = await import("./load-file.ts");
const { files, cwd } = workerData as { files: ContentFile[]; cwd: string };
// A JSON string crosses threads several times faster than a structured clone of the same object graph.
parentPort?.postMessage(JSON.stringify(files.map((file) => loadContentFile(file, cwd))));
