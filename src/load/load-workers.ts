import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// The loader's worker threads. A worker needs a moment to start and compile the loader; `prestartLoadWorkers` lets a
// command start them first thing, so that happens while the command's own modules load instead of after.

/** Threads that load files: this one and a worker per other core, at most four in all. */
export const LOAD_THREADS = Math.min(availableParallelism(), 4);

let idle: Worker[] = [];

function spawn(): Worker | undefined {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./load-worker.ts", import.meta.url));
  } catch {
    return undefined;
  }
  // Waiting for work never keeps the process alive, and a worker that dies while waiting is simply not used.
  worker.unref();
  worker.on("error", () => {});
  worker.once("exit", () => (idle = idle.filter((w) => w !== worker)));
  return worker;
}

/** Starts the workers ahead of need (`journeymap validate` and `report` do, before loading their modules). */
export function prestartLoadWorkers(): void {
  while (idle.length < LOAD_THREADS - 1) {
    const worker = spawn();
    if (!worker) return;
    idle.push(worker);
  }
}

/** Up to `count` workers: those started ahead first, then new ones. */
export function takeLoadWorkers(count: number): Worker[] {
  const taken = idle.splice(0, count);
  while (taken.length < count) {
    const worker = spawn();
    if (!worker) break;
    taken.push(worker);
  }
  for (const worker of taken) worker.ref();
  return taken;
}

/** How many started workers wait for work (for tests). */
export function idleLoadWorkers(): number {
  return idle.length;
}

/** Stops the workers started ahead that no load needed (content too small to share out). */
export function stopIdleLoadWorkers(): void {
  for (const worker of idle.splice(0)) void worker.terminate();
}
