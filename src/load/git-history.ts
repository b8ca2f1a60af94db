import { join, relative, sep } from "node:path";
import { git, isShallow, repositoryRoot } from "./git.ts";
import { CONFIG_FILE } from "./load-config.ts";
import type { Content } from "../model/content.ts";
import { contentAtRevision, revisionCache } from "./revision.ts";

export interface HistoryCommit {
  commit: string;
  /** Committer date, ISO 8601: fixed for a commit, so builds stay deterministic. */
  date: string;
  author: string;
  subject: string;
}

export type ContentHistory =
  | { available: true; partial: boolean; commits: (HistoryCommit & { content: Content })[] }
  | { available: false; reason: string };

/**
 * The content as it was at each of the last `limit` commits that touched it, newest first, read from git objects
 * only (see `contentAtRevision`): a symbolic link or an oversized file in an old commit is skipped with a note in that
 * commit's diagnostics, never followed. Outside git, or with no commit touching the content, history is unavailable
 * and says why; a shallow clone gives what it has.
 */
export function contentHistory(cwd: string, dir: string, limit = 20): ContentHistory {
  const root = repositoryRoot(cwd);
  if (!root) return { available: false, reason: "the site was not built from a git repository" };
  const inRepo = (path: string) => relative(root, path).split(sep).join("/") || ".";
  const log = git(["log", `-n${limit}`, "--format=%H%x1f%cI%x1f%an%x1f%s", "--", inRepo(dir), inRepo(join(cwd, CONFIG_FILE))], root);
  const commits = log.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [commit = "", date = "", author = "", subject = ""] = line.split("\x1f");
      return { commit, date, author, subject };
    });
  if (!log.ok || commits.length === 0) return { available: false, reason: "no commit in this clone touches the content yet" };
  // Most files are the same blob at most commits: each is read and validated once.
  const cache = revisionCache();
  const loaded = commits.map((c) => ({ ...c, content: contentAtRevision({ root, commit: c.commit, cwd, dir, cache }) }));
  return { available: true, partial: isShallow(root), commits: loaded };
}
