import type { Worker } from "node:worker_threads";
import type { ContentFile } from "./discover.ts";
import { loadContentFile, type FileOutcome } from "./load-file.ts";
import { LOAD_THREADS, stopIdleLoadWorkers, takeLoadWorkers } from "./load-workers.ts";

/** Below this many files a worker's start-up (~100 ms) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

/** This thread looks at the workers' batches after every so many files of its own. */
const FILES_BETWEEN_BATCHES = 16;

/**
 * Loads files on every core: the calling thread and a worker per other core take the next file from one shared
 * counter until none is left, so a worker that starts late (it compiles the loader first) takes fewer files instead
 * of making the others wait. Workers send their results in batches, which this thread reads between files of its
 * own, so little is left to do once the last file is loaded. Results come back in the order of `files`, so output
 * never depends on timing.
 */
export async function loadFilesInParallel(files: readonly ContentFile[], cwd: string, minFiles = MIN_FILES_FOR_WORKERS, { here = true } = {}): Promise<FileOutcome[]> {
  if (LOAD_THREADS < 2 || files.length < minFiles) {
    stopIdleLoadWorkers();
    return files.map((file) => loadContentFile(file, cwd));
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const take = (batch: [number, FileOutcome][]) => {
    for (const [i, outcome] of batch) outcomes[i] = outcome;
  };
  const workers = takeLoadWorkers(LOAD_THREADS - 1).map((worker) => inWorker(worker, files, cwd, next, take));
  const yieldToMessages = () => new Promise((resolve) => setImmediate(resolve));
  // Let the workers start before this thread takes the counter.
  await yieldToMessages();
  // (`here: false` leaves every file to the workers: the tests check what a worker returns.)
  if (here) {
    for (let i, n = 1; (i = Atomics.add(next, 0, 1)) < files.length; n++) {
      outcomes[i] = loadContentFile(files[i]!, cwd);
      if (n % FILES_BETWEEN_BATCHES === 0) await yieldToMessages();
    }
  }
  await Promise.all(workers);
  if (!here && outcomes.includes(undefined)) throw new Error("a worker did not load its files");
  // A file no worker answered for (one failed) is loaded here.
  return outcomes.map((outcome, i) => outcome ?? loadContentFile(files[i]!, cwd));
}

/** Gives a worker its job, handing each batch of results to `take`; settles when it is done or gone (then this thread loads what it missed). */
function inWorker(worker: Worker, files: readonly ContentFile[], cwd: string, next: Int32Array, take: (batch: [number, FileOutcome][]) => void): Promise<void> {
  return new Promise((resolve) => {
    worker.on("message", (message: string) => {
      if (message !== "end") return take(JSON.parse(message) as [number, FileOutcome][]);
      resolve();
      void worker.terminate();
    });
    worker.once("exit", () => resolve());
    worker.postMessage({ files, cwd, next });
  });
}
