import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/load/load-content.ts";
import { runCli } from "../cli/run-cli.ts";
import { copyContent, edit, write } from "../support/temp-content.ts";

const VALID = "test/fixtures/valid";
const outside: string[] = [];
afterEach(() => {
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A repository-like folder: the valid content under journeys/, and a `.git` marking the repository's top. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "journeymap-tree-"));
  outside.push(dir);
  execFileSync("cp", ["-r", VALID, join(dir, "journeys")]);
  mkdirSync(join(dir, ".git"));
  return dir;
}

function secret(): string {
  const dir = mkdtempSync(join(tmpdir(), "journeymap-secret-"));
  outside.push(dir);
  writeFileSync(join(dir, "passwd"), "root:x:0:0:TOP-SECRET:/root:/bin/bash\n");
  return join(dir, "passwd");
}

const rules = (dir: string) => loadContent({ cwd: dir, root: dir }).diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule}`);

describe("symbolic links and paths in the working tree (issue 11.3)", () => {
  it("a config linked to /dev/zero is refused at once, not read", () => {
    const dir = repo();
    symlinkSync("/dev/zero", join(dir, "journeymap.config.yaml"));
    expect(rules(dir)).toContain("journeymap.config.yaml:1:1 error file/outside-repository");
  });

  it("a config linked to a secret never prints the secret, in any format", async () => {
    const dir = repo();
    symlinkSync(secret(), join(dir, "journeymap.config.yaml"));
    for (const format of ["pretty", "github", "json"]) {
      const run = await runCli(["validate", "--format", format], dir);
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain("TOP-SECRET");
      expect(run.stdout).toContain("outside-repository");
    }
  });

  it("a symlinked journey is skipped with a warning; one that leads outside the repository is an error", () => {
    const dir = repo();
    symlinkSync(join(dir, "journeys/shop/purchase.yaml"), join(dir, "journeys/shop/copy.yaml"));
    symlinkSync(secret(), join(dir, "journeys/shop/stolen.yaml"));
    symlinkSync("/", join(dir, "journeys/root"));
    const found = rules(dir);
    expect(found).toContain("journeys/shop/copy.yaml:1:1 warning file/link-skipped");
    expect(found).toContain("journeys/shop/stolen.yaml:1:1 error file/outside-repository");
    expect(found).toContain("journeys/root:1:1 error file/outside-repository");
  });

  it("`content` in the config is reported at its line when missing or outside the repository", () => {
    const dir = repo();
    write(dir, "journeymap.config.yaml", "# settings\ncontent: nope\n");
    expect(rules(dir)).toEqual(["journeymap.config.yaml:2:10 error content/no-folder"]);
    write(dir, "journeymap.config.yaml", "content: ../..\n");
    expect(rules(dir)).toEqual(["journeymap.config.yaml:1:10 error file/outside-repository"]);
  });

  it("a pipe named like a journey is never opened (it would wait forever)", () => {
    const dir = repo();
    execFileSync("mkfifo", [join(dir, "journeys/shop/pipe.yaml")]);
    expect(rules(dir)).toContain("journeys/shop/pipe.yaml:1:1 error file/not-regular");
  });
});

describe("workflow commands and control characters (issue 11.6)", () => {
  it("a file name with a newline and `::error` is refused, and no output line starts a workflow command", async () => {
    const dir = repo();
    const name = "x\n::error file=forged.yaml,line=1::forged annotation\n::add-mask::secret\n.yaml";
    writeFileSync(join(dir, "journeys/shop", name), "id: x\n");
    edit(dir, "journeys/shop/purchase.yaml", "emotion: 1", "emotion: banana");
    for (const format of ["pretty", "github", "json"]) {
      const run = await runCli(["validate", "--format", format], dir);
      expect(run.stdout).toContain("file/bad-name");
      for (const line of (run.stdout + run.stderr).split("\n")) if (format !== "github") expect(line).not.toMatch(/^::/);
      if (format === "github") expect(run.stdout.split("\n").filter((l) => l.startsWith("::")).every((l) => /^::(error|warning) file=/.test(l))).toBe(true);
      expect(run.stdout).not.toMatch(/^::add-mask/m);
    }
  });

  it("a file at the content root named `::error…` is printed as ./::error…", async () => {
    const dir = copyContent(VALID);
    writeFileSync(join(dir, "::error::boom.yaml"), "id: [\n");
    const run = await runCli(["validate", "--dir", "."], dir);
    expect(run.stdout).toContain("./::error::boom.yaml:");
    expect(run.stdout).not.toMatch(/^::/m);
  });

  it("never prints a raw ESC from a YAML line into the code frame", async () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase.yaml", "emotion: 1", "emotion: \"\u001b[2K\u001b[1Abanana\"");
    const run = await runCli(["validate", "--dir", "."], dir);
    expect(run.stdout).toContain("schema/invalid-type");
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).toContain("\\x1b[2K");
  });
});

describe("files that cannot be read are diagnostics, not internal errors (issue 11.8)", () => {
  it("a file over 2 GiB is refused by its size, without being read", async () => {
    const dir = repo();
    writeFileSync(join(dir, "journeys/shop/huge.yaml"), "");
    truncateSync(join(dir, "journeys/shop/huge.yaml"), 3 * 1024 ** 3);
    const started = Date.now();
    const run = await runCli(["validate"], dir);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.stdout).toContain("journeys/shop/huge.yaml:1:1 error the file is 3.0 GiB, over the 1024 KiB limit");
    expect(run.code).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file or folder is reported with a hint", async () => {
    const dir = repo();
    chmodSync(join(dir, "journeys/shop/purchase.yaml"), 0o000);
    mkdirSync(join(dir, "journeys/locked"));
    chmodSync(join(dir, "journeys/locked"), 0o000);
    try {
      const run = await runCli(["validate"], dir);
      expect(run.stdout).toContain("journeys/shop/purchase.yaml:1:1 error the file cannot be read: permission denied");
      expect(run.stdout).toContain("journeys/locked:1:1 error the folder cannot be read: permission denied");
      expect(run.stderr).not.toContain("internal error");
    } finally {
      chmodSync(join(dir, "journeys/locked"), 0o755);
      chmodSync(join(dir, "journeys/shop/purchase.yaml"), 0o644);
    }
  });

  it("`schema --out` pointing at a file says so, with a hint", async () => {
    const dir = copyContent(VALID);
    write(dir, "schemas.json", "{}");
    const run = await runCli(["schema", "--out", "schemas.json"], dir);
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining("schemas.json: --out must be a folder") });
    expect(run.stderr).not.toContain("internal error");
  });
});
