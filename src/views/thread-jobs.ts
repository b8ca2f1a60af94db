import { parentPort, Worker, type ResourceLimits } from "node:worker_threads";

/**
 * Jobs done on a worker thread of their own (the link previews, the journey files' writes), so that the build's main
 * thread, which renders the pages and on which the build waits, does not. Should the thread fail to start or stop (it
 * never has), the jobs it had not done and every later one are done by `fallback` on the calling thread, with the same
 * result. An idle thread never keeps the process alive.
 */
export interface ThreadJobs<In, Out> {
  run(input: In): Promise<Out>;
  stop(): Promise<void>;
}

export function startThreadJobs<In, Out>(script: URL, fallback: (input: In) => Promise<Out>, options: { workerData?: unknown; resourceLimits?: ResourceLimits } = {}): ThreadJobs<In, Out> {
  let worker: Worker;
  try {
    worker = new Worker(script, options);
  } catch {
    return { run: fallback, stop: async () => {} };
  }
  const waiting = new Map<number, { input: In; resolve: (out: Out) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed = false;
  worker.unref();
  const fail = () => {
    if (failed) return;
    failed = true;
    for (const w of waiting.values()) fallback(w.input).then(w.resolve, w.reject);
    waiting.clear();
  };
  worker.on("error", fail);
  worker.on("exit", fail);
  worker.on("message", ({ id, result, error }: JobAnswer<Out>) => {
    const w = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    if (error !== undefined) w?.reject(new Error(error));
    else w?.resolve(result!);
  });
  return {
    run(input) {
      if (failed) return fallback(input);
      const id = next++;
      if (waiting.size === 0) worker.ref();
      return new Promise((resolve, reject) => {
        waiting.set(id, { input, resolve, reject });
        worker.postMessage({ id, input });
      });
    },
    // Jobs not answered yet are done by `fallback`, as when the thread fails: a stop never leaves one unsettled.
    async stop() {
      await worker.terminate();
      fail();
    },
  };
}

interface JobAnswer<Out> {
  id: number;
  result?: Out;
  error?: string;
}

/**
 * The worker's side: answers each job with `work`'s result, in the order they came. `transfer` names the buffers a
 * result hands over instead of copying. One job per turn of the event loop: memory that native code gives back through
 * finalizers (resvg's, 2 MB an image) is freed between turns, and the port delivers every waiting job in one turn.
 */
export function serveThreadJobs<In, Out>(work: (input: In) => Out, transfer: (out: Out) => ArrayBuffer[] = () => []): void {
  const queue: { id: number; input: In }[] = [];
  const runNext = () => {
    const { id, input } = queue[0]!;
    try {
      const result = work(input);
      parentPort!.postMessage({ id, result } satisfies JobAnswer<Out>, transfer(result));
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies JobAnswer<Out>);
    }
    queue.shift();
    if (queue.length > 0) setImmediate(runNext);
  };
  parentPort!.on("message", (job: { id: number; input: In }) => {
    if (queue.push(job) === 1) setImmediate(runNext);
  });
}
