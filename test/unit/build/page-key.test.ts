import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bumpContentVersion, journeyCacheKey, siteAnalysis } from "../../../src/views/site-content.ts";
import { copyContent, edit } from "../support/temp-content.ts";

// The incremental build copies a journey page from the last build while its key is unchanged: the key must change
// with everything the page reads, and only with that.

const saved = process.env.JOURNEYMAP_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.JOURNEYMAP_DIR;
  else process.env.JOURNEYMAP_DIR = saved;
  bumpContentVersion();
});

function content(): string {
  const dir = copyContent("test/fixtures/valid");
  // A journey that nothing else refers to.
  const text = readFileSync(join(dir, "shop/purchase.yaml"), "utf8").replace(/^id: purchase$/m, "id: standalone");
  writeFileSync(join(dir, "shop/standalone.yaml"), text);
  process.env.JOURNEYMAP_DIR = dir;
  bumpContentVersion();
  return dir;
}

const keys = () => Object.fromEntries(siteAnalysis().journeys.map((j) => [j.id, journeyCacheKey(j.id)]));

describe("the incremental build's key of a journey page", () => {
  it("is the same for the same content, and changes only for the edited journey and the one that redesigns it", () => {
    const dir = content();
    const before = keys();
    expect(siteAnalysis().content.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    bumpContentVersion();
    expect(keys()).toEqual(before);
    edit(dir, "shop/purchase.yaml", "title: Buying a gift online", "title: Buying a gift online, edited");
    bumpContentVersion(join(dir, "shop/purchase.yaml"));
    const after = keys();
    expect(after.purchase).not.toBe(before.purchase);
    expect(after["purchase-future"]).not.toBe(before["purchase-future"]);
    expect(after.standalone).toBe(before.standalone);
  });

  it("changes with a line added to the file (edit links and gap lines move), a persona, a KPI and the base path", () => {
    const dir = content();
    const before = keys();
    edit(dir, "shop/standalone.yaml", "id: standalone", "# a comment\nid: standalone");
    bumpContentVersion(join(dir, "shop/standalone.yaml"));
    const moved = keys();
    expect(moved.standalone).not.toBe(before.standalone);
    expect(moved.purchase).toBe(before.purchase);
    edit(dir, "personas/ana.yaml", "name: ", "name: Dr ");
    bumpContentVersion(join(dir, "personas/ana.yaml"));
    const persona = keys();
    expect(persona.purchase).not.toBe(moved.purchase);
    const kpi = readFileSync(join(dir, "kpis/conversion.yaml"), "utf8");
    writeFileSync(join(dir, "kpis/conversion.yaml"), kpi.replace(/target: [\d.]+/, "target: 99"));
    bumpContentVersion(join(dir, "kpis/conversion.yaml"));
    const target = keys();
    expect(target.purchase).not.toBe(persona.purchase);
    const base = process.env.BASE_PATH;
    process.env.BASE_PATH = "/sub/";
    bumpContentVersion();
    try {
      expect(keys().purchase).not.toBe(target.purchase);
    } finally {
      if (base === undefined) delete process.env.BASE_PATH;
      else process.env.BASE_PATH = base;
    }
  });
});
