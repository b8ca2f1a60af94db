import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { rmSync } from "node:fs";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A git repository whose first commit holds `content` under journeys/. */
export function tempRepo(content: string): { dir: string; commit(message: string): void; git(...args: string[]): string } {
  const dir = mkdtempSync(join(tmpdir(), "journeymap-repo-"));
  made.push(dir);
  cpSync(content, join(dir, "journeys"), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: dir, encoding: "utf8" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "First journeys");
  return { dir, git, commit: (message) => (git("add", "-A"), void git("commit", "-q", "-m", message)) };
}
