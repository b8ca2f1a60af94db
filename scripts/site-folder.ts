// The site folder's life cycle for `npm run build` (issue 11.9): each build writes into its own temporary folder
// next to dist/, the finished site is swapped in by renames (the old site moved aside, then the new one in), and
// folders left by a build that was killed are removed by the next one.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** `dist.building-<pid>-XXXXXX` or `dist.old-<pid>-XXXXXX`: the pid says whether its build still runs. */
// Also the search index's folder, written beside the output while the pages render (src/views/pagefind-integration.ts).
const OWN = (out: string) => new RegExp(`^${escape(basename(out))}(?:\\.(?:building|old)-(\\d+)-[A-Za-z0-9]{6})?(?:\\.pagefind-(\\d+)-[A-Za-z0-9]{6})?$`);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A fresh folder for this build's output, next to `out` (same file system, so the swap is a rename). */
export function buildingFolder(out: string, pid = process.pid): string {
  return mkdtempSync(`${out}.building-${pid}-`);
}

/** Removes what builds that are no longer running left behind (killed mid-build, or mid-swap). Returns what it removed. */
export function removeStale(out: string, alive: (pid: number) => boolean = isAlive): string[] {
  const pattern = OWN(out);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(out));
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    const pid = Number(match?.[1] ?? match?.[2]);
    if (!pid || alive(pid)) continue;
    try {
      rmSync(join(dirname(out), name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // being removed by another process at the same time (removeInBackground): it finishes the job
    }
  }
  return removed;
}

/**
 * Puts the finished site at `out`: the current site is moved aside, the new one renamed in, then the old one removed.
 * At no point is a half-written site at `out`. Another build swapping at the same moment only makes this retry.
 * `remove` disposes of the old site (by default at once; `npm run build` hands it to removeInBackground).
 */
export function swapIn(building: string, out: string, pid = process.pid, remove: (aside: string) => void = (aside) => rmSync(aside, { recursive: true, force: true })): void {
  for (let attempt = 0; ; attempt++) {
    const aside = `${out}.old-${pid}-${Math.random().toString(36).slice(2, 8).padEnd(6, "0")}`;
    let moved = false;
    try {
      renameSync(out, aside);
      moved = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    try {
      renameSync(building, out);
      if (moved) remove(aside);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another build put its site at `out` between the two renames: try again; ours is newer.
      if (moved) {
        try {
          renameSync(aside, out);
        } catch {
          rmSync(aside, { recursive: true, force: true });
        }
      }
      if ((code !== "ENOTEMPTY" && code !== "EEXIST") || attempt >= 20) throw error;
    }
  }
}

/**
 * Removes a folder in a process of its own that outlives this one: deleting the previous site (at 1,000 journeys,
 * 50,000 files of search index and pages) took 10 s after the new one was already in place. The folder keeps its
 * `.old-<pid>-` name, so if the removal is cut short, the next build's removeStale finishes it.
 */
export function removeInBackground(folder: string): void {
  const script = "try { require('node:fs').rmSync(process.argv[1], { recursive: true, force: true }) } catch {}";
  spawn(process.execPath, ["-e", script, folder], { detached: true, stdio: "ignore" }).unref();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
