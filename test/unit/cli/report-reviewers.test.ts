import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent } from "../support/temp-content.ts";
import { runCli } from "./run-cli.ts";

describe("journeymap report and CODEOWNERS", () => {
  it("names each journey's reviewers from CODEOWNERS, the last matching pattern winning", async () => {
    const dir = copyContent("test/fixtures/valid");
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github", "CODEOWNERS"), "* @northwind/cx\nshop/ @northwind/e-commerce\nshop/purchase-future.yaml @northwind/design @sanne\n");
    const { code, stdout } = await runCli(["report", "--dir", ".", "--format", "json"], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { journeys: { id: string; reviewers?: string[] }[] };
    expect(Object.fromEntries(report.journeys.map((j) => [j.id, j.reviewers]))).toEqual({
      purchase: ["@northwind/e-commerce"],
      "purchase-future": ["@northwind/design", "@sanne"],
    });
  });

  it("leaves reviewers out when the repository has no CODEOWNERS", async () => {
    const dir = copyContent("test/fixtures/valid");
    const { stdout } = await runCli(["report", "--dir", ".", "--format", "json"], dir);
    expect(JSON.parse(stdout).journeys.every((j: object) => !("reviewers" in j))).toBe(true);
  });

  it("names them in the Markdown report too, as code so no one is mentioned", async () => {
    const dir = copyContent("test/fixtures/valid");
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github", "CODEOWNERS"), "shop/ @northwind/e-commerce\n");
    const { stdout } = await runCli(["report", "--dir", "."], dir);
    expect(stdout).toContain("Reviewers (CODEOWNERS): `@northwind/e-commerce`");
  });
});
