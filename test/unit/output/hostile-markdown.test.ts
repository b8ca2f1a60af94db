import { mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, edit } from "../support/temp-content.ts";
import { tempRepo } from "../support/temp-repo.ts";
import { runCli } from "../cli/run-cli.ts";

const VALID = "test/fixtures/valid";
const HOSTILE = "![x](http://evil/x.png) [click](javascript:alert(1)) @org/team <img src=x onerror=alert(1)> #1";
/** A path with a backtick and `</code>`: the folder is "a`b<", the file "code><img …>.yaml". */
const HOSTILE_FILE = "a`b</code><img src=x onerror=alert(2)>.yaml";

/**
 * Nothing in `md` that GitHub would turn into an image, a link, a mention or HTML from the hostile text. Inside the
 * mermaid block GitHub renders no Markdown, no mentions and (with `<` and `>` replaced) no HTML.
 */
function expectInert(all: string): void {
  const blocks = [...all.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);
  for (const block of blocks) expect(block).not.toMatch(/[<>]/);
  // Code spans show their text as is: take them out as CommonMark does (a run of n backticks closes on a run of n).
  const md = all.replace(/^(`{3,})mermaid\n[\s\S]*?\n\1$/gm, "").replace(/(?<!`)(`+)(?!`)[^\n]*?[^`]\1(?!`)/g, "CODE");
  expect(md).not.toContain("![x](");
  expect(md).not.toContain("[click](");
  expect(md).not.toMatch(/<img/i);
  expect(md).not.toMatch(/@org\/team/);
  expect(md).not.toMatch(/(^|[^\\])#1\b/);
  expect(md).not.toMatch(/<\/code>/);
}

describe("the Markdown the bot posts, with hostile content and file names", () => {
  it("report: a touchpoint name and a file name cannot post images, links, mentions or HTML", async () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase.yaml", "name: Forced sign-up", `name: ${JSON.stringify(HOSTILE)}`);
    edit(dir, "shop/purchase.yaml", "title: Buying a gift online", `title: ${JSON.stringify(`Gift ${HOSTILE}`)}`);
    mkdirSync(join(dir, "shop/a`b<"));
    renameSync(join(dir, "shop/purchase.yaml"), join(dir, `shop/${HOSTILE_FILE}`));
    const { code, stdout, stderr } = await runCli(["report", "--dir", dir, "--journey", "purchase"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expectInert(stdout);
    // The file name sits in a code span whose fence is longer than the backtick inside it.
    expect(stdout).toContain(`\`\`${dir}/shop/${HOSTILE_FILE}\`\``);
    expect(stdout).toContain(`\`\`${dir}/shop/${HOSTILE_FILE}:25\`\``);
    // The name is still there to read.
    expect(stdout).toContain("\\[click\\]");
  });

  it("diff: a renamed touchpoint and a retitled journey are shown, not executed", async () => {
    const repo = tempRepo(VALID);
    edit(repo.dir, "journeys/shop/purchase.yaml", "name: Forced sign-up", `name: ${JSON.stringify(HOSTILE)}`);
    edit(repo.dir, "journeys/shop/purchase.yaml", "title: Buying a gift online", `title: ${JSON.stringify(`Gift ${HOSTILE}`)}`);
    repo.commit("Hostile names");
    const { code, stdout } = await runCli(["diff", "HEAD~1"], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toContain("Touchpoint **");
    expectInert(stdout);
  });
});
