import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ContentFile } from "./discover.ts";
import { loadContentFile, type FileOutcome } from "./load-file.ts";

/** Below this many files a worker's start-up (~100 ms) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

/**
 * Loads files on every core: the calling thread and a worker per other core take the next file from one shared
 * counter until none is left, so a worker that starts late (it compiles the loader first, ~0.4 s) takes fewer files
 * instead of making the others wait. Results come back in the order of `files`, so output never depends on timing.
 */
export async function loadFilesInParallel(files: readonly ContentFile[], cwd: string, minFiles = MIN_FILES_FOR_WORKERS, { here = true } = {}): Promise<FileOutcome[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (threads < 2 || files.length < minFiles) return files.map((file) => loadContentFile(file, cwd));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const workers = Array.from({ length: threads - 1 }, () => inWorker(files, cwd, next));
  // Let the workers start before this thread takes the counter.
  await new Promise((resolve) => setImmediate(resolve));
  // (`here: false` leaves every file to the workers: the tests check what a worker returns.)
  if (here) for (let i; (i = Atomics.add(next, 0, 1)) < files.length; ) outcomes[i] = loadContentFile(files[i]!, cwd);
  for (const done of await Promise.all(workers)) for (const [i, outcome] of done) outcomes[i] = outcome;
  if (!here && outcomes.includes(undefined)) throw new Error("a worker did not load its files");
  // A file no worker answered for (one failed) is loaded here.
  return outcomes.map((outcome, i) => outcome ?? loadContentFile(files[i]!, cwd));
}

/** The files a worker took, by index; if the worker cannot run, none (this thread takes its files). */
function inWorker(files: readonly ContentFile[], cwd: string, next: Int32Array): Promise<[number, FileOutcome][]> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./load-worker.ts", import.meta.url), { workerData: { files, cwd, next } });
    } catch {
      resolve([]);
      return;
    }
    worker.once("message", (json: string) => {
      resolve(JSON.parse(json) as [number, FileOutcome][]);
      void worker.terminate();
    });
    worker.once("error", () => resolve([]));
  });
}
