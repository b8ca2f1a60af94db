import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs git without a shell; never throws (git missing reads as "not a repository"). */
export function git(args: readonly string[], cwd: string): GitResult {
  const run = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { ok: run.status === 0, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
}

export function repositoryRoot(cwd: string): string | undefined {
  const top = git(["rev-parse", "--show-toplevel"], cwd);
  return top.ok ? top.stdout.trim() : undefined;
}

export function isShallow(root: string): boolean {
  return git(["rev-parse", "--is-shallow-repository"], root).stdout.trim() === "true";
}

/** The full commit id of a revision, or undefined when this clone does not have it. */
export function resolveCommit(root: string, revision: string): string | undefined {
  const found = git(["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], root);
  return found.ok ? found.stdout.trim() : undefined;
}

/** Where the branch forked from the main branch: the default base of a pull request's changes. */
export function mainMergeBase(root: string): string | undefined {
  for (const main of ["origin/HEAD", "origin/main", "main", "origin/master", "master"]) {
    if (!resolveCommit(root, main)) continue;
    const base = git(["merge-base", "HEAD", main], root);
    if (base.ok) return base.stdout.trim();
  }
  return undefined;
}

/**
 * The given paths as they were at a commit, written to a new temporary folder (paths missing at that commit are skipped).
 * `git archive` piped to `tar`: one process pair however many files.
 */
export function checkoutPaths(root: string, commit: string, paths: readonly string[]): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "journeymap-rev-"));
  const present = paths.filter((p) => git(["cat-file", "-e", `${commit}:${p}`], root).ok);
  if (present.length > 0) {
    const archive = spawnSync("sh", ["-c", 'git archive --format=tar "$0" -- "$@" | tar -x -C "$JM_DIR"', commit, ...present], {
      cwd: root,
      env: { ...process.env, JM_DIR: dir },
      encoding: "utf8",
    });
    if (archive.status !== 0) throw new Error(`git archive failed: ${archive.stderr.trim()}`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
