// The site folder's life cycle for `npm run build` (issue 11.9): each build writes into its own temporary folder
// next to dist/, the finished site is swapped in by renames (the old site moved aside, then the new one in), and
// folders left by a build that was killed are removed by the next one.
import { mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** `dist.building-<pid>-XXXXXX` or `dist.old-<pid>-XXXXXX`: the pid says whether its build still runs. */
const OWN = (out: string) => new RegExp(`^${escape(basename(out))}\\.(?:building|old)-(\\d+)-[A-Za-z0-9]{6}$`);

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
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || alive(pid)) continue;
    rmSync(join(dirname(out), name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Puts the finished site at `out`: the current site is moved aside, the new one renamed in, then the old one removed.
 * At no point is a half-written site at `out`. Another build swapping at the same moment only makes this retry.
 */
export function swapIn(building: string, out: string, pid = process.pid): void {
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
      if (moved) rmSync(aside, { recursive: true, force: true });
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
