import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { summaryLine } from "../../../src/diagnostics/format-pretty.ts";
import { copyContent, edit, lineOf } from "../support/temp-content.ts";
import { runCli } from "./run-cli.ts";

const VALID = "test/fixtures/valid";
const JOURNEY = "shop/purchase.yaml";

describe("journeymap validate", () => {
  it("exits 0 on valid content and says what it checked", async () => {
    const { code, stdout } = await runCli(["validate", "--dir", VALID]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe("✔ 2 journeys, 2 personas, 3 KPIs in 7 files: no problems");
  });

  it("exits 1 on an error and shows file:line:col, the source line, a caret and the hint", async () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "emotion: 1", "emotion: banana");
    const line = lineOf(dir, JOURNEY, "emotion: banana");
    const { code, stdout } = await runCli(["validate", "--dir", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${JOURNEY}:${line}:18 error touchpoint \`social-ad\`: \`emotion\` must be a whole number from -2 to 2, got "banana"  schema/invalid-type`);
    expect(stdout).toContain(`  ${line} |         emotion: banana\n     |                  ^^^^^^\n  hint: How the customer feels`);
    expect(stdout).toMatch(/✖ 1 error, 0 warnings in 1 file \(checked 1 journey, 2 personas, 3 KPIs in 7 files\)\n$/);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it("exits 0 with warnings only", async () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase-future.yaml", "persona: [ana, leo]", "persona: ana");
    const { code, stdout } = await runCli(["validate", "--dir", dir]);
    expect(code).toBe(0);
    expect(stdout).toContain("warning persona `leo` is in no journey");
  });

  it("--format json keeps stdout pure JSON with every diagnostic", async () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "persona: ana", "persona: anna");
    const { code, stdout } = await runCli(["validate", "--dir", dir, "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0, checked: { journeys: 2, personas: 2, kpis: 3, files: 7 } });
    expect(report.diagnostics[0]).toMatchObject({
      severity: "error", rule: "ref/unknown-persona", message: "persona `anna` does not exist", hint: "did you mean `ana`?",
      line: lineOf(dir, JOURNEY, "persona: anna"), col: 10, path: "persona[0]",
    });
    expect(report.diagnostics[0].file).toMatch(/shop\/purchase\.yaml$/);
  });

  it("--format github prints workflow commands that annotate the pull request's lines", async () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "channel: social", "chanel: social");
    const { code, stdout } = await runCli(["validate", "--dir", dir, "--format", "github"]);
    expect(code).toBe(1);
    const line = lineOf(dir, JOURNEY, "chanel: social");
    const [annotation] = stdout.split("\n");
    expect(annotation).toMatch(new RegExp(`^::error file=\\S+shop/purchase\\.yaml,line=${line},col=9,endLine=${line},endColumn=15,title=schema/unknown-field::touchpoint \`social-ad\`: unknown field \`chanel\`%0Ahint: did you mean \`channel\`\\?$`));
  });

  it("exits 2 with a suggestion on a misspelled option or a bad format", async () => {
    expect(await runCli(["validate", "--formt", "json"])).toMatchObject({ code: 2, stderr: "journeymap: unknown option `--formt`. Did you mean `--format`? See `journeymap validate --help`.\n" });
    expect(await runCli(["validate", "--format", "xml"])).toMatchObject({ code: 2, stderr: "journeymap: --format must be one of pretty, json, github; got `xml`.\n" });
    expect((await runCli(["validate", "extra"])).code).toBe(2);
  });

  it("the summary line groups thousands, as the site does", () => {
    expect(summaryLine([], { journeys: 1000, personas: 10, kpis: 20, files: 1030 }, false)).toBe("✔ 1,000 journeys, 10 personas, 20 KPIs in 1,030 files: no problems");
  });

  it("a missing content folder is an error with a hint, not a crash", async () => {
    const { code, stdout } = await runCli(["validate", "--dir", "no/such/folder"]);
    expect(code).toBe(1);
    expect(stdout).toContain("error the content folder `no/such/folder` does not exist");
  });
});

describe("the journeymap command", () => {
  it("--help works on every command", async () => {
    for (const args of [["--help"], ["help"], ["validate", "--help"], ["schema", "-h"], ["help", "validate"]]) {
      const { code, stdout } = await runCli(args);
      expect(code, args.join(" ")).toBe(0);
      expect(stdout).toMatch(/^Usage: journeymap/);
    }
  });

  it("an unknown command is a usage error with a suggestion", async () => {
    expect(await runCli(["valdate"])).toMatchObject({ code: 2, stderr: "journeymap: unknown command `valdate`. Did you mean `validate`? See `journeymap --help`.\n" });
    expect((await runCli([])).code).toBe(2);
  });

  it("runs as an installed bin: exit codes, no stack trace on broken content", () => {
    const dir = copyContent("test/fixtures/invalid");
    const run = spawnSync(process.execPath, ["bin/journeymap.mjs", "validate", "--dir", dir], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("error the file expands too many aliases");
    expect(run.stdout).toMatch(/✖ \d+ errors/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(run.stderr).toBe("");
  });
});
