import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ContentFile } from "./discover.ts";
import { loadContentFile, type FileOutcome } from "./load-file.ts";

/** Below this many files a worker's start-up (~100 ms) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

/**
 * Loads files on every core: the calling thread takes one share, a worker each of the others.
 * Results come back in the order of `files`, so output never depends on timing.
 */
export async function loadFilesInParallel(files: readonly ContentFile[], cwd: string, minFiles = MIN_FILES_FOR_WORKERS): Promise<FileOutcome[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (threads < 2 || files.length < minFiles) return files.map((file) => loadContentFile(file, cwd));
  const shares: ContentFile[][] = Array.from({ length: threads }, () => []);
  files.forEach((file, i) => shares[i % threads]!.push(file));
  const pending = shares.slice(1).map((share) => inWorker(share, cwd));
  const results = [shares[0]!.map((file) => loadContentFile(file, cwd)), ...(await Promise.all(pending))];
  return files.map((_, i) => results[i % threads]![Math.floor(i / threads)]!);
}

/** One share in a worker thread; if the worker cannot run, the share is loaded here instead. */
function inWorker(files: ContentFile[], cwd: string): Promise<FileOutcome[]> {
  const here = () => files.map((file) => loadContentFile(file, cwd));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./load-worker.ts", import.meta.url), { workerData: { files, cwd } });
    } catch {
      resolve(here());
      return;
    }
    worker.once("message", (json: string) => {
      resolve(JSON.parse(json) as FileOutcome[]);
      void worker.terminate();
    });
    worker.once("error", () => resolve(here()));
  });
}
