import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isMainThread, workerData } from "node:worker_threads";
import { serveThreadJobs, startThreadJobs, type ThreadJobs } from "./thread-jobs.ts";

/**
 * Writes the files of one journey (journey-files-integration.ts) on a worker thread of its own, so that the build's
 * main thread, on which the build waits once the pages are done, only makes their text. Encoding the text, writing it
 * to the output and to the cache, and the cache's folders had taken half of that wait: at N = 1,000 some 8,000 files.
 */
export interface WriteJob {
  /** Where each file goes in the output. */
  outs: string[];
  /** The cache entry: a folder with one file per output, named by `names`. */
  entry: string;
  names: readonly string[];
  /** The files' content, in the order of `outs`; without it they are copied from the entry. */
  files?: (string | Uint8Array)[];
}

/** "missing": the entry could not be copied (another build of the same site removed it meanwhile). */
export type WriteOutcome = "written" | "copied" | "missing";

/**
 * Does one job on the calling thread. An entry is named after a digest of everything its files are made from, so an
 * entry already there holds these very bytes (a `--force` build checks) and stays as it is: rewriting it made nine
 * new files and folders and removed five for every journey, and ext4 without a journal (as on the machines the
 * benchmarks ran on) scans past every inode freed in the last minute for each one it hands out (1.8 s of the writer's
 * CPU at N = 1,000). A new or differing entry is written beside the old one and renamed over it when complete.
 */
export function runWriteJob({ outs, entry, names, files }: WriteJob): WriteOutcome {
  for (const folder of new Set(outs.map((out) => dirname(out)))) mkdirSync(folder, { recursive: true });
  if (!files) {
    try {
      outs.forEach((out, i) => copyFileSync(join(entry, names[i]!), out));
      return "copied";
    } catch {
      return "missing";
    }
  }
  const bytes = files.map((content) => (typeof content === "string" ? Buffer.from(content) : content));
  bytes.forEach((content, i) => writeFileSync(outs[i]!, content));
  if (entryHolds(entry, names, bytes)) return "written";
  // Named after this process, so that a build running beside this one leaves it alone and the next one removes it
  // if this one is killed.
  const staging = `${entry}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  bytes.forEach((content, i) => writeFileSync(join(staging, names[i]!), content));
  rmSync(entry, { recursive: true, force: true });
  renameSync(staging, entry);
  return "written";
}

/** True when the entry has exactly these files' bytes. */
function entryHolds(entry: string, names: readonly string[], bytes: readonly Uint8Array[]): boolean {
  try {
    return readdirSync(entry).length === names.length && names.every((name, i) => readFileSync(join(entry, name)).equals(bytes[i]!));
  } catch {
    return false;
  }
}

/** Starts the writer's thread (thread-jobs.ts): should it fail, the jobs are done on this thread. */
export function startJourneyFilesWriter(): ThreadJobs<WriteJob, WriteOutcome> {
  const inline = (job: WriteJob) =>
    new Promise<WriteOutcome>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(runWriteJob(job));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
    );
  return startThreadJobs(new URL(import.meta.url), inline, { workerData: WRITER });
}

const WRITER = "journeymap-journey-files-writer";

if (!isMainThread && workerData === WRITER) serveThreadJobs(runWriteJob);
