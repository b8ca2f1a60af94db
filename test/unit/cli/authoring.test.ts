import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, edit } from "../support/temp-content.ts";
import { tempRepo } from "../support/temp-repo.ts";
import { runCli } from "./run-cli.ts";

describe("journeymap new", () => {
  it("scaffolds a journey, a persona and a KPI that validate as written, with their schema line", async () => {
    const repo = tempRepo("test/fixtures/valid");
    expect(await runCli(["new", "persona", "night-owl"], repo.dir)).toMatchObject({ code: 0, stdout: "wrote journeys/personas/night-owl.yaml\n" });
    expect(await runCli(["new", "kpi", "refund-time"], repo.dir)).toMatchObject({ code: 0, stdout: "wrote journeys/kpis/refund-time.yaml\n" });
    expect(await runCli(["new", "journey", "returns", "--area", "Shop", "--persona", "night-owl"], repo.dir)).toMatchObject({ code: 0, stdout: "wrote journeys/shop/returns.yaml\n" });
    const journey = readFileSync(join(repo.dir, "journeys/shop/returns.yaml"), "utf8");
    expect(journey.split("\n")[0]).toBe("# yaml-language-server: $schema=../../schemas/journey.schema.json");
    expect(journey).toContain("persona: night-owl");
    const validate = await runCli(["validate"], repo.dir);
    expect(validate.stdout).not.toMatch(/ error /);
    expect(validate.code).toBe(0);
  });

  it("never overwrites, refuses a bad id, and needs a persona before a journey", async () => {
    const dir = copyContent("test/fixtures/valid");
    expect((await runCli(["new", "persona", "ana", "--dir", "."], dir)).code).toBe(1);
    expect(await runCli(["new", "journey", "My Journey"], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("e.g. `my-journey`") });
    expect(await runCli(["new", "jorney", "x"], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("Did you mean `journey`?") });
    const empty = copyContent("test/fixtures/valid/kpis");
    expect(await runCli(["new", "journey", "first", "--dir", "."], empty)).toMatchObject({ code: 1, stderr: expect.stringContaining("journeymap new persona") });
    expect(existsSync(join(empty, "first.yaml"))).toBe(false);
  });
});

describe("journeymap validate --changed", () => {
  it("reports problems only in files changed against the base branch, new files included", async () => {
    const repo = tempRepo("test/fixtures/valid");
    // An old problem on main, in a file this branch does not touch.
    edit(repo.dir, "journeys/personas/leo.yaml", "role: Student", "role: Student\nage: 300");
    repo.commit("Old problem");
    repo.git("checkout", "-q", "-b", "feature");
    edit(repo.dir, "journeys/shop/purchase.yaml", "emotion: 1", "emotion: 5");
    writeFileSync(join(repo.dir, "journeys/personas/new.yaml"), "id: new\nname: New\n");

    const all = await runCli(["validate"], repo.dir);
    expect(all.stdout).toContain("journeys/personas/leo.yaml");
    const changed = await runCli(["validate", "--changed"], repo.dir);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("journeys/shop/purchase.yaml");
    expect(changed.stdout).toContain("journeys/personas/new.yaml");
    expect(changed.stdout).not.toContain("journeys/personas/leo.yaml");
    expect(changed.stdout).toContain("Changed content files: 2");
  });

  it("passes when the changed files are fine, and needs git", async () => {
    const repo = tempRepo("test/fixtures/valid");
    edit(repo.dir, "journeys/shop/purchase.yaml", "emotion: 1", "emotion: 2");
    expect((await runCli(["validate", "--changed"], repo.dir)).code).toBe(0);
    const outside = copyContent("test/fixtures/valid");
    expect(await runCli(["validate", "--changed", "--dir", "."], outside)).toMatchObject({ code: 2, stderr: expect.stringContaining("--changed needs a git repository") });
  });
});

describe("journeymap new journey --area", () => {
  it("joins an existing area as it is spelled, case-insensitively, instead of starting a second group", async () => {
    const dir = copyContent("test/fixtures/valid");
    edit(dir, "shop/purchase.yaml", "state: current", "area: Online Shop\nstate: current");
    expect(await runCli(["new", "journey", "returns", "--dir", ".", "--area", "online shop"], dir)).toMatchObject({ code: 0, stdout: "wrote shop/returns.yaml\n" });
    const text = readFileSync(join(dir, "shop/returns.yaml"), "utf8");
    expect(text).toMatch(/^area: Online Shop /m);
    const { loadContent } = await import("../../../src/load/load-content.ts");
    const areas = new Set(loadContent({ root: dir, dir }).journeys.map((j) => j.area));
    expect([...areas].sort()).toEqual(["Online Shop", "shop"]);
  });

  it("matches a folder name whatever its case, and writes a new area's name when it differs from its folder", async () => {
    const dir = copyContent("test/fixtures/valid");
    expect(await runCli(["new", "journey", "returns", "--dir", ".", "--area", "SHOP"], dir)).toMatchObject({ code: 0, stdout: "wrote shop/returns.yaml\n" });
    expect(readFileSync(join(dir, "shop/returns.yaml"), "utf8")).not.toMatch(/^area:/m);
    expect(await runCli(["new", "journey", "gift-cards", "--dir", ".", "--area", "Gift cards"], dir)).toMatchObject({ code: 0, stdout: "wrote gift-cards/gift-cards.yaml\n" });
    expect(readFileSync(join(dir, "gift-cards/gift-cards.yaml"), "utf8")).toMatch(/^area: Gift cards /m);
    const validate = await runCli(["validate", "--dir", "."], dir);
    expect(validate.stdout).not.toMatch(/ error /);
  });
});

describe("journeymap new refuses what would do harm (issue 11.10)", () => {
  it("never writes through a dangling symbolic link to a path outside the repository", async () => {
    const repo = tempRepo("test/fixtures/valid");
    const target = join(repo.dir, "..", `outside-${Date.now()}.yaml`);
    symlinkSync(target, join(repo.dir, "journeys/personas/evil.yaml"));
    const run = await runCli(["new", "persona", "evil"], repo.dir);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining("journeys/personas/evil.yaml is a symbolic link") });
    expect(existsSync(target)).toBe(false);
  });

  it("never writes into a folder that is a link leading outside the repository", async () => {
    const repo = tempRepo("test/fixtures/valid");
    const outside = mkdtempSync(join(tmpdir(), "journeymap-outside-"));
    try {
      symlinkSync(outside, join(repo.dir, "journeys/elsewhere"));
      const run = await runCli(["new", "journey", "sneaky", "--area", "elsewhere"], repo.dir);
      expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining("leads outside the repository") });
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("refuses a journey id that already exists in another area, and a persona that does not exist", async () => {
    const repo = tempRepo("test/fixtures/valid");
    expect(await runCli(["new", "journey", "purchase", "--area", "other"], repo.dir)).toMatchObject({
      code: 1, stderr: expect.stringContaining("a journey with the id `purchase` already exists in journeys/shop/purchase.yaml"),
    });
    expect(existsSync(join(repo.dir, "journeys/other/purchase.yaml"))).toBe(false);
    expect(await runCli(["new", "journey", "returns", "--persona", "anna"], repo.dir)).toMatchObject({
      code: 1, stderr: expect.stringContaining("there is no persona `anna`; did you mean `ana`?"),
    });
    expect(existsSync(join(repo.dir, "journeys/returns.yaml"))).toBe(false);
  });
});
