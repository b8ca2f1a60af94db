import { rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentHistory } from "../../../src/load/git-history.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { contentAtRevision } from "../../../src/load/revision.ts";
import { edit, lineOf } from "../support/temp-content.ts";
import { tempRepo } from "../support/temp-repo.ts";

const VALID = "test/fixtures/valid";
const JOURNEY = "journeys/shop/purchase.yaml";

function atHead(repo: ReturnType<typeof tempRepo>) {
  const commit = repo.git("rev-parse", "HEAD").trim();
  return contentAtRevision({ root: repo.dir, commit, cwd: repo.dir, dir: join(repo.dir, "journeys") });
}

describe("the content at a git revision, read from git objects only", () => {
  it("is what loading the same files from the working tree gives, positions included", () => {
    const repo = tempRepo(VALID);
    const fromTree = loadContent({ cwd: repo.dir, dir: join(repo.dir, "journeys") });
    // The working tree changes afterwards: the revision must not read it.
    edit(repo.dir, JOURNEY, "title: Buying a gift online", "title: Changed in the working tree");
    const fromGit = atHead(repo);
    const ids = (c: typeof fromGit) => [c.journeys.map((j) => [j.data.id, j.data.title, j.file, j.area]), c.personas.map((p) => p.data.id), c.kpis.map((k) => k.data.id)];
    expect(ids(fromGit)).toEqual(ids(fromTree));
    expect(fromGit.diagnostics).toEqual(fromTree.diagnostics);
    const purchase = fromGit.journeys.find((j) => j.data.id === "purchase")!;
    expect(purchase.at(["stages", 1, "touchpoints", 0, "emotion"]).line).toBe(lineOf(repo.dir, JOURNEY, "emotion: -2"));
  });

  it("reports a broken file at a revision with its line, like the working tree", () => {
    const repo = tempRepo(VALID);
    edit(repo.dir, JOURNEY, "emotion: 1", "emotion: banana");
    repo.commit("Break it");
    const found = atHead(repo).diagnostics.find((d) => d.rule === "schema/invalid-type");
    expect(found).toMatchObject({ file: JOURNEY, line: lineOf(repo.dir, JOURNEY, "emotion: banana"), col: 18 });
  });

  it("skips a symbolic link or a submodule with a note, and refuses an oversized file without reading it", () => {
    const repo = tempRepo(VALID);
    symlinkSync("/etc/passwd", join(repo.dir, "journeys/shop/secret.yaml"));
    writeFileSync(join(repo.dir, "journeys/shop/huge.yaml"), `id: huge\ntitle: ${"x".repeat(1024 * 1024)}\n`);
    repo.commit("Hostile files");
    const submodule = repo.git("rev-parse", "HEAD").trim();
    repo.git("update-index", "--add", "--cacheinfo", `160000,${submodule},journeys/vendor`);
    repo.git("commit", "-q", "-m", "A submodule");
    const content = atHead(repo);
    const notes = content.diagnostics.map((d) => `${d.file} ${d.severity} ${d.rule}`);
    expect(notes).toEqual(expect.arrayContaining([
      "journeys/shop/secret.yaml warning file/link-skipped",
      "journeys/vendor warning file/link-skipped",
      "journeys/shop/huge.yaml error file/too-large",
    ]));
    expect(content.diagnostics.find((d) => d.file === "journeys/shop/secret.yaml")!.message).toContain("symbolic link");
    expect(JSON.stringify(content)).not.toContain("root:");
  });
});

describe("the history, when an old commit held hostile links (issue 11.2)", () => {
  it("a reverted config linked to /dev/zero does not hang: that commit skips the config with a note", () => {
    const repo = tempRepo(VALID);
    symlinkSync("/dev/zero", join(repo.dir, "journeymap.config.yaml"));
    repo.commit("Config as a link to /dev/zero");
    rmSync(join(repo.dir, "journeymap.config.yaml"));
    writeFileSync(join(repo.dir, "journeymap.config.yaml"), "content: journeys\n");
    repo.commit("Revert the link");
    const started = Date.now();
    const history = contentHistory(repo.dir, join(repo.dir, "journeys"));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(history.available).toBe(true);
    if (!history.available) return;
    const poisoned = history.commits.find((c) => c.subject === "Config as a link to /dev/zero")!;
    expect(poisoned.content.diagnostics).toContainEqual(expect.objectContaining({ file: "journeymap.config.yaml", rule: "file/link-skipped", severity: "warning" }));
    expect(poisoned.content.journeys).toHaveLength(2);
  });

  it("a content folder once linked to / is skipped with a note, never walked", () => {
    const repo = tempRepo(VALID);
    repo.git("mv", "journeys", "kept");
    symlinkSync("/", join(repo.dir, "journeys"));
    repo.commit("Content folder as a link to /");
    rmSync(join(repo.dir, "journeys"));
    repo.git("mv", "kept", "journeys");
    repo.commit("Revert");
    const history = contentHistory(repo.dir, join(repo.dir, "journeys"));
    expect(history.available).toBe(true);
    if (!history.available) return;
    const poisoned = history.commits.find((c) => c.subject === "Content folder as a link to /")!;
    expect(poisoned.content.diagnostics).toEqual([expect.objectContaining({ file: "journeys", rule: "file/link-skipped" })]);
    expect(poisoned.content.journeys).toEqual([]);
    expect(history.commits[0]!.content.journeys).toHaveLength(2);
  });
});
