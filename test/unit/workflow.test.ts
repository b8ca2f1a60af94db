import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/output/ci-summary.ts";
import { COMMENT_LIMIT } from "../../src/output/markdown.ts";

interface Step { run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { if?: string; steps: Step[]; permissions?: Record<string, string> }
interface Workflow { name: string; on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> }

const DIR = ".github/workflows";
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const text = Object.fromEntries(files.map((f) => [f, readFileSync(`${DIR}/${f}`, "utf8")]));
const workflows = Object.fromEntries(files.map((f) => [f, parse(text[f]!) as Workflow]));
const workflow = workflows["journeymap.yml"]!;
const commenter = workflows["journeymap-comment.yml"]!;
const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const allSteps = Object.values(workflows).flatMap((w) => Object.values(w.jobs).flatMap((job) => job.steps));
const writes = (permissions?: Record<string, string>) => Object.entries(permissions ?? {}).filter(([, level]) => level === "write").map(([scope]) => scope);
const script = (step?: Step) => String(step?.with?.script ?? "");

describe("the GitHub Actions workflows users get", () => {
  const runs = allSteps.flatMap((s) => (s.run ? s.run.split("\n").map((l) => l.trim()).filter(Boolean) : []));

  it("runs only the project's own npm scripts, so what runs in CI also runs locally", () => {
    expect(runs.length).toBeGreaterThan(4);
    for (const line of runs) {
      const match = /^npm (ci|test|run (?:--silent )?([\w:-]+))(?: -- .*)?$/.exec(line);
      expect(match, line).not.toBeNull();
      if (match![2]) expect(Object.keys(scripts), line).toContain(match![2]);
    }
  });

  it("validates with annotations, builds and writes the report on pull requests; publishes to Pages from main", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request", "push"]));
    const pr = workflow.jobs["pull-request"]!;
    expect(pr.steps.map((s) => s.run).filter(Boolean)).toEqual(["npm ci", "npm run validate -- --format github", "npm run build", "npm run ci:summary"]);
    const upload = pr.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.with).toMatchObject({ name: "journeymap-comment", path: "journeymap-comment/" });
    const publish = workflow.jobs.publish!;
    const build = publish.steps.find((s) => s.run === "npm run build")!;
    expect(build.env?.BASE_PATH).toBe("/${{ github.event.repository.name }}/");
    expect(publish.steps.map((s) => s.uses?.split("@")[0])).toEqual(expect.arrayContaining(["actions/upload-pages-artifact", "actions/deploy-pages"]));
  });

  it("passes for pull requests from forks: the pull-request run has no write permission, the comment comes from a workflow_run", () => {
    // What runs the pull request's code gets a read-only token: the workflow's default and every job a pull request runs.
    expect(writes(workflow.permissions)).toEqual([]);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (writes(job.permissions).length === 0) continue;
      expect(job.if, `${name} has write permissions, so it must not run for pull requests`).toBe("github.event_name != 'pull_request'");
    }
    expect(writes(workflow.jobs["pull-request"]!.permissions)).toEqual([]);
    expect(JSON.stringify(workflow)).not.toMatch(/createComment|updateComment|secrets\./);

    // The comment is posted by a separate workflow that runs after it, from the default branch.
    expect(commenter.on).toEqual({ workflow_run: { workflows: [workflow.name], types: ["completed"] } });
    expect(commenter.permissions).toEqual({});
    const job = commenter.jobs.comment!;
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(job.if).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(job.permissions).toEqual({ actions: "read", "pull-requests": "write" });
    // It never checks out, installs or runs the pull request's code: it downloads the artifact and calls the API.
    expect(job.steps.map((s) => s.uses?.split("@")[0])).toEqual(["actions/download-artifact", "actions/github-script"]);
    expect(job.steps.every((s) => s.run === undefined)).toBe(true);
    const download = job.steps[0]!;
    expect(download.with).toMatchObject({ name: "journeymap-comment", "run-id": "${{ github.event.workflow_run.id }}" });
    expect(String(download.with?.path)).toMatch(/^\$\{\{ runner\.temp \}\}/);
  });

  it("treats the artifact as untrusted: an integer pull-request number whose head was tested, a capped body", () => {
    const post = script(commenter.jobs.comment!.steps[1]);
    expect(post).toContain("/^[1-9][0-9]{0,9}$/.test(number)");
    expect(post).toContain("pr.head.sha !== run.head_sha");
    expect(post).toContain(`const COMMENT_LIMIT = ${COMMENT_LIMIT};`);
    expect(COMMENT_LIMIT).toBeLessThan(65_536);
    expect(post).toContain("chars.length > COMMENT_LIMIT");
    expect(post).toContain("lstatSync"); // a link in the artifact is not followed
  });

  it("finds its own comment by the marker the script writes and by its author", () => {
    expect(COMMENT_MARKER).toBe("<!-- journeymap-report -->");
    const post = script(commenter.jobs.comment!.steps[1]);
    expect(post).toContain(`const MARKER = "${COMMENT_MARKER}";`);
    expect(post).toContain('const BOT = "github-actions[bot]";');
    expect(post).toMatch(/c\.user\.login === BOT && .*c\.body\.startsWith\(MARKER\)/);
    expect(post).toContain("updateComment");
    expect(post).toContain("createComment");
  });

  it("pins every action by its full commit SHA, with the version in a comment", () => {
    const uses = allSteps.map((s) => s.uses).filter((u): u is string => Boolean(u));
    expect(uses.length).toBeGreaterThan(6);
    for (const use of uses) expect(use, use).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    for (const [file, source] of Object.entries(text)) {
      for (const line of source.split("\n").filter((l) => /^\s*(- )?uses:/.test(l))) expect(line, `${file}: ${line}`).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    }
  });

  it("checks out without keeping the token in the git config", () => {
    const checkouts = allSteps.filter((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.["persist-credentials"]).toBe(false);
  });
});
