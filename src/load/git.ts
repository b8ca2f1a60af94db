import { spawnSync } from "node:child_process";

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs git without a shell; never throws (git missing reads as "not a repository"). */
export function git(args: readonly string[], cwd: string): GitResult {
  // Paths are paths, never patterns: a folder named `*` or `:(glob)…` matches only itself.
  const run = spawnSync("git", ["--literal-pathspecs", ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
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
