import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

interface Step { run?: string; uses?: string; env?: Record<string, string> }
const workflow = parse(readFileSync(".github/workflows/journeymap.yml", "utf8")) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }> };
const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

describe("the GitHub Actions workflow users get", () => {
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? s.run.split("\n").map((l) => l.trim()).filter(Boolean) : [])));

  it("runs only the project's own npm scripts, so what runs in CI also runs locally", () => {
    expect(runs.length).toBeGreaterThan(4);
    for (const line of runs) {
      const match = /^npm (ci|test|run (?:--silent )?([\w:-]+))(?: -- .*)?$/.exec(line);
      expect(match, line).not.toBeNull();
      if (match![2]) expect(Object.keys(scripts), line).toContain(match![2]);
    }
  });

  it("validates with annotations, builds, reports and comments on pull requests; publishes to Pages from main", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request", "push"]));
    const pr = workflow.jobs["pull-request"]!;
    const prRuns = pr.steps.map((s) => s.run).filter(Boolean);
    expect(prRuns).toEqual(["npm ci", "npm run validate -- --format github", "npm run build", "npm run ci:summary"]);
    expect(pr.permissions).toMatchObject({ "pull-requests": "write" });
    const comment = pr.steps.find((s) => s.uses?.startsWith("actions/github-script"));
    expect(JSON.stringify(comment)).toContain("updateComment");
    const publish = workflow.jobs.publish!;
    const build = publish.steps.find((s) => s.run === "npm run build")!;
    expect(build.env?.BASE_PATH).toBe("/${{ github.event.repository.name }}/");
    expect(publish.steps.map((s) => s.uses?.split("@")[0])).toEqual(expect.arrayContaining(["actions/upload-pages-artifact", "actions/deploy-pages"]));
  });

  it("the comment marker the script writes is the one the workflow looks for", async () => {
    const { readFileSync: read } = await import("node:fs");
    const script = read("scripts/ci-summary.ts", "utf8");
    expect(script).toContain('COMMENT_MARKER = "<!-- journeymap-report -->"');
    expect(JSON.stringify(workflow.jobs["pull-request"])).toContain("<!-- journeymap-report -->");
  });
});
