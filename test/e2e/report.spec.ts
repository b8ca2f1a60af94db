import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";

/** The report's mermaid blocks, as `journeymap report --format json` prints them for the example content. */
function reportDiagrams(): { id: string; mermaid: string }[] {
  const run = spawnSync("node", ["bin/journeymap.mjs", "report", "--format", "json"], { encoding: "utf8" });
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { journeys: { id: string; mermaid: string }[] }).journeys;
}

test("every mermaid block of the report parses with mermaid's own parser, and renders", async ({ page }) => {
  const diagrams = reportDiagrams();
  expect(diagrams.length).toBeGreaterThanOrEqual(3);
  await page.goto("about:blank");
  await page.addScriptTag({ path: "node_modules/mermaid/dist/mermaid.min.js" });
  for (const { id, mermaid } of diagrams) {
    const result = await page.evaluate(async (text) => {
      const m = (window as unknown as { mermaid: { parse(t: string): Promise<unknown>; render(id: string, t: string): Promise<{ svg: string }>; initialize(o: object): void } }).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: "strict" });
      try {
        await m.parse(text);
        const { svg } = await m.render("check", text);
        return { ok: true, tasks: (svg.match(/class="task /g) ?? []).length };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    }, mermaid);
    expect(result, id).toMatchObject({ ok: true });
    expect(result.tasks, id).toBe(mermaid.split("\n").filter((l) => /^ {4}\S/.test(l)).length);
  }
});
