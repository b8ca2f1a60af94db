import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { loadContent } from "../../../src/load/load-content.ts";
import { parseCodeOwners, ownersOf } from "../../../src/import/codeowners.ts";
import { IdAllocator } from "../../../src/import/common.ts";
import { parseDate, parseNumber } from "../../../src/import/kpi-import.ts";
import { recordMeasurement } from "../../../src/import/kpi-measurements.ts";
import { parseMermaidJourneys, scoreToEmotion } from "../../../src/import/mermaid-import.ts";
import { runCli } from "../cli/run-cli.ts";
import { copyContent } from "../support/temp-content.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const FIXTURES = join(ROOT, "test/fixtures/import");

/** A scratch copy of the fixture content (with its config), plus the schemas its files point at. */
function workspace(): string {
  const dir = copyContent(join(FIXTURES, "content"));
  cpSync(join(ROOT, "schemas"), join(dir, "schemas"), { recursive: true });
  for (const f of ["working-day.md", "bad-score.mmd", "es.csv", "bad.csv"]) cpSync(join(FIXTURES, f), join(dir, f));
  return dir;
}

const JOURNEY = "journeys/shop/shop-purchase.yaml";
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const rows = (csv: string) => parseCsv(csv, { bom: true }) as string[][];

describe("ids from names", () => {
  it("are lower-case and hyphenated, accents dropped, unique with -2, -3", () => {
    const ids = new IdAllocator(["checkout"]);
    expect([ids.next("Checkout"), ids.next("Checkout"), ids.next("Página de café"), ids.next("!!!", "touchpoint")]).toEqual(["checkout-2", "checkout-3", "pagina-de-cafe", "touchpoint"]);
  });
});

describe("export csv, then import csv", () => {
  it("gives back the same journey, byte for byte, and says there is nothing to change", async () => {
    const dir = workspace();
    const before = read(dir, JOURNEY);
    const out = await runCli(["export", "csv", "--journey", "shop-purchase", "--out", "shop-purchase.csv"], dir);
    expect(out.code).toBe(0);
    const table = rows(read(dir, "shop-purchase.csv"));
    expect(table[0]!.slice(0, 5)).toEqual(["Stage", "Touchpoint", "Channel", "Owner", "Emotion"]);
    expect(table).toHaveLength(4);
    // A list cell holds one item per line.
    expect(table.find((r) => r[1] === "Search ad")![8]).toBe("Price not shown");
    const back = await runCli(["import", "csv", "shop-purchase.csv"], dir);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain("nothing to change");
    expect(read(dir, JOURNEY)).toBe(before);
  });

  it("editing one emotion in the sheet changes that one line, keeping comments and fields the table lacks", async () => {
    const dir = workspace();
    const before = read(dir, JOURNEY);
    await runCli(["export", "csv", "--journey", "shop-purchase", "--out", "sheet.csv", "--delimiter", ";"], dir);
    const table = rows(read(dir, "sheet.csv").replace(/;/g, ","));
    const edited = parseCsv(read(dir, "sheet.csv"), { bom: true, delimiter: ";" }) as string[][];
    expect(edited).toHaveLength(table.length);
    edited.find((r) => r[1] === "Checkout")![4] = "0";
    writeFileSync(join(dir, "sheet.csv"), `\uFEFF${stringify(edited, { delimiter: ";", record_delimiter: "windows" })}`);
    const out = await runCli(["import", "csv", "sheet.csv", "--journey", "shop-purchase"], dir);
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain("touchpoint `checkout`: emotion −1 → 0");
    const after = read(dir, JOURNEY);
    const changed = after.split("\n").filter((line, i) => line !== before.split("\n")[i]);
    expect(changed).toEqual(["        emotion: 0"]);
    expect(after.split("\n")).toHaveLength(before.split("\n").length);
    expect(after).toContain("# A small journey for the import tests. Keep this comment.");
    expect(after).toContain("emotion: 1 # hopeful");
    expect((await runCli(["validate"], dir)).code).toBe(0);
  });

  it("adds a new row as a touchpoint with an id from its name, and removes a deleted row", async () => {
    const dir = workspace();
    await runCli(["export", "csv", "--journey", "shop-purchase", "--out", "s.csv"], dir);
    const table = rows(read(dir, "s.csv"));
    const header = table[0]!;
    const blank = header.map(() => "");
    const added = [...blank];
    added[0] = "Buy";
    added[1] = "Parcel tracking";
    added[2] = "Email";
    added[4] = "+1";
    const kept = table.filter((r) => r[1] !== "Confirmation email");
    writeFileSync(join(dir, "s.csv"), stringify([...kept, added]));
    const out = await runCli(["import", "csv", "s.csv", "--journey", "shop-purchase"], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("touchpoint `parcel-tracking`: added to stage `buy`");
    expect(out.stdout).toContain("touchpoint `confirmation-email`: removed");
    const journey = loadContent({ cwd: dir }).journeys[0]!.data;
    expect(journey.stages[1]!.touchpoints.map((t) => t.id)).toEqual(["checkout", "parcel-tracking"]);
    expect(journey.stages[1]!.touchpoints[0]!.systems[0]!.name).toBe("Shopify");
  });

  it("reads Spanish headers, a BOM, semicolons, a continued stage and multi-line list cells into a new journey", async () => {
    const dir = workspace();
    const out = await runCli(["import", "csv", "es.csv", "--journey", "compra-es", "--title", "Compra"], dir);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const content = loadContent({ cwd: dir });
    expect(content.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const journey = content.journeys.find((j) => j.data.id === "compra-es")!;
    expect(journey.data.stages.map((s) => [s.id, s.touchpoints.map((t) => t.id)])).toEqual([
      ["encontrar", ["anuncio", "ficha-de-producto"]],
      ["comprar", ["pago"]],
    ]);
    expect(journey.data.stages[0]!.touchpoints[0]!.pains).toEqual(["Precio oculto", "Sin envío"]);
    expect(journey.data.stages[1]!.touchpoints[0]!.emotion).toBe(-1);
    expect(read(dir, "journeys/compra-es.yaml")).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/journey\.schema\.json/);
  });

  it("reports every bad cell as FILE:row:column with a hint, exits 1 and writes nothing", async () => {
    const dir = workspace();
    const out = await runCli(["import", "csv", "bad.csv", "--journey", "nuevo"], dir);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("bad.csv:1:5 error unknown column `Doess` (column E)");
    expect(out.stderr).toContain("hint: did you mean `Does`?");
    expect(out.stderr).toContain("bad.csv:2:3 error unknown channel `webb`");
    expect(out.stderr).toContain("bad.csv:2:4 error emotion must be a whole number from -2 to +2, got `banana`");
    expect(out.stderr).toContain("nothing written");
    expect(existsSync(join(dir, "journeys/nuevo.yaml"))).toBe(false);
  });

  it("refuses a change that breaks a reference, pointing at the row, and writes nothing", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "k.csv"), "Stage,Touchpoint,Channel,Emotion,KPIs\nFind,Search ad,search,1,conversion\nBuy,Checkout,web,-1,convresion\n");
    const before = read(dir, JOURNEY);
    const out = await runCli(["import", "csv", "k.csv", "--journey", "shop-purchase"], dir);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("k.csv:3:5 error unknown KPI `convresion`");
    expect(out.stderr).toContain("did you mean `conversion`?");
    expect(read(dir, JOURNEY)).toBe(before);
  });
});

describe("every example journey", () => {
  it("round-trips through export csv and import csv with the same stages, touchpoints, emotions and texts", async () => {
    // The examples with their settings (the custom `atm` channel), in a scratch folder.
    const dir = copyContent(join(ROOT, "journeys"));
    writeFileSync(join(dir, "journeymap.config.yaml"), read(ROOT, "journeymap.config.yaml").replace(/^content: .*$/m, "content: ."));
    const cwd = dir;
    const examples = loadContent({ cwd: ROOT, dir: join(ROOT, "journeys") }).journeys;
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const { data } of examples) {
      const out = await runCli(["export", "csv", "--journey", data.id, "--dir", dir, "--out", join(dir, `${data.id}.csv`)], cwd);
      expect(out.code).toBe(0);
      // Imported as a new journey, so nothing of the original file can leak into the result.
      const back = await runCli(["import", "csv", join(dir, `${data.id}.csv`), "--dir", dir, "--journey", `${data.id}-copy`, "--persona", data.persona[0]!, "--out", join(dir, "copies", `${data.id}-copy.yaml`)], cwd);
      expect(back.stderr).toBe("");
      const copy = loadContent({ cwd, dir }).journeys.find((j) => j.data.id === `${data.id}-copy`)!.data;
      // A table carries what opportunities say; their owner and status stay in the YAML (an import in place keeps them).
      const shape = (j: typeof data) => j.stages.map((s) => ({ id: s.id, name: s.name, tps: s.touchpoints.map((t) => ({ id: t.id, name: t.name, emotion: t.emotion, channel: t.channel, owner: t.owner, does: t.does, thinks: t.thinks, feels: t.feels, pains: t.pains, highlights: t.highlights, opportunities: t.opportunities.map((o) => o.text), moment_of_truth: t.moment_of_truth, kpis: t.kpis })) }));
      expect(shape(copy)).toEqual(shape(data));
    }
    const errors = loadContent({ cwd, dir }).diagnostics.filter((d) => d.severity === "error");
    expect(errors).toEqual([]);
  });
});

describe("import mermaid", () => {
  it("imports the journey example of Mermaid's documentation into a journey that validates", async () => {
    const dir = workspace();
    const out = await runCli(["import", "mermaid", "working-day.md"], dir);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const content = loadContent({ cwd: dir });
    expect(content.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const journey = content.journeys.find((j) => j.data.id === "my-working-day")!.data;
    expect(journey.stages.map((s) => s.id)).toEqual(["go-to-work", "go-home"]);
    expect(journey.stages[0]!.touchpoints.map((t) => [t.id, t.emotion, t.channel])).toEqual([
      ["make-tea", 2, "web"],
      ["go-upstairs", 0, "web"],
      ["do-work", -2, "web"],
    ]);
    expect(journey.persona).toEqual(["me", "cat"]);
    expect(content.personas.map((p) => p.data.id).sort()).toEqual(["ana", "cat", "me"]);
    const text = read(dir, "journeys/my-working-day.yaml");
    expect(text).toContain("channel: web # TODO: Mermaid has no channel");
    expect(text).toContain("name: Make tea # Mermaid actors: Me\n");
  });

  it("matches actors to existing personas by name and derives the same ids on every run", () => {
    const text = "journey\n  title Ana buys\n  section Buy\n    Pay: 2: Ana Ruiz\n";
    expect(parseMermaidJourneys("x.mmd", text).diagrams[0]!.sections[0]!.tasks[0]).toMatchObject({ name: "Pay", score: 2, actors: ["Ana Ruiz"] });
    expect([1, 2, 3, 4, 5].map(scoreToEmotion)).toEqual([-2, -1, 0, 1, 2]);
  });

  it("reports a bad score and a stray line as file:line:col and writes nothing", async () => {
    const dir = workspace();
    const out = await runCli(["import", "mermaid", "bad-score.mmd"], dir);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("bad-score.mmd:4:17 error task `Make tea` has score `7`");
    expect(out.stderr).toContain("bad-score.mmd:5:7 error `this line is wrong` is not a line of a journey diagram");
    expect(readdirSync(join(dir, "journeys"))).not.toContain("broken.yaml");
  });
});

describe("kpi record", () => {
  it("inserts in date order and leaves every byte outside the new lines as it was", async () => {
    const dir = workspace();
    const file = "journeys/kpis/conversion.yaml";
    const before = read(dir, file);
    const out = await runCli(["kpi", "record", "conversion", "--date", "2026-02-28", "--value", "54.2", "--note", "after the fix"], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("conversion: added 2026-02-28");
    const added = "  - date: 2026-02-28\n    value: 54.2\n    note: after the fix\n";
    // Above the comment that belongs to the March measurement.
    const at = before.indexOf("  # March");
    expect(read(dir, file)).toBe(before.slice(0, at) + added + before.slice(at));
    const appended = await runCli(["kpi", "record", "conversion", "--date", "2026-04-30", "--value", "61"], dir);
    expect(appended.code).toBe(0);
    expect(read(dir, file)).toBe(before.slice(0, at) + added + before.slice(at) + "  - date: 2026-04-30\n    value: 61\n");
    expect((await runCli(["validate"], dir)).code).toBe(0);
  });

  it("writes flow items like their neighbours", () => {
    const text = "id: nps\nmeasurements:\n  - { date: 2026-01-31, value: 31 }\n";
    const out = recordMeasurement(text, { date: "2026-02-28", value: 33 }, false);
    expect(out).toEqual({ kind: "added", text: `${text}  - { date: 2026-02-28, value: 33 }\n` });
  });

  it("refuses a conflicting value without --replace (file:line), replaces with it, and ignores the same value", async () => {
    const dir = workspace();
    const file = "journeys/kpis/conversion.yaml";
    const before = read(dir, file);
    const refused = await runCli(["kpi", "record", "conversion", "--date", "2026-03-31", "--value", "59"], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("journeys/kpis/conversion.yaml:13:1 error KPI `conversion` already has 58 on 2026-03-31, not 59");
    expect(read(dir, file)).toBe(before);
    expect((await runCli(["kpi", "record", "conversion", "--date", "2026-03-31", "--value", "58"], dir)).stdout).toContain("nothing to change");
    const replaced = await runCli(["kpi", "record", "conversion", "--date", "2026-03-31", "--value", "59", "--replace"], dir);
    expect(replaced.stdout).toContain("replaced 2026-03-31 58 → 59");
    expect(read(dir, file)).toBe(before.replace("value: 58   # after", "value: 59   # after"));
  });
});

describe("kpi import", () => {
  it("imports 12 months of 25 KPIs in one command", async () => {
    const dir = workspace();
    const kpis = Array.from({ length: 25 }, (_, i) => `k${String(i + 1).padStart(2, "0")}`);
    for (const id of kpis) writeFileSync(join(dir, "journeys/kpis", `${id}.yaml`), `# ${id}\nid: ${id}\nname: KPI ${id}\nunit: count\ndirection: higher\ntarget: 10\nmeasurements:\n  - date: 2025-12-31\n    value: 1\n`);
    const lines = ["date,kpi,value"];
    for (let m = 1; m <= 12; m++) for (const id of kpis) lines.push(`2026-${String(m).padStart(2, "0")}-${m === 2 ? 28 : [4, 6, 9, 11].includes(m) ? 30 : 31},${id},${m}`);
    writeFileSync(join(dir, "year.csv"), `${lines.join("\n")}\n`);
    const started = performance.now();
    const out = await runCli(["kpi", "import", "year.csv"], dir);
    const ms = performance.now() - started;
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain("300 measurements added in 25 KPI files");
    const content = loadContent({ cwd: dir });
    expect(content.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(content.kpis.find((k) => k.data.id === "k07")!.data.measurements).toHaveLength(13);
    expect(ms).toBeLessThan(15_000);
  });

  it("reads an analytics export through the config's mapping (columns, month dates, metric names)", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "ga4.csv"), "Month,Metric,Actual,Sessions\n2026-02,Checkout conversion (GA4),\"54.1%\",1000\n2026-02,Net promoter score,33,0\n");
    const out = await runCli(["kpi", "import", "ga4.csv"], dir);
    expect(out.stderr).toBe("");
    const content = loadContent({ cwd: dir });
    expect(content.kpis.find((k) => k.data.id === "conversion")!.data.measurements.map((m) => m.date)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
    expect(read(dir, "journeys/kpis/nps.yaml")).toContain("  - { date: 2026-01-31, value: 31 }\n  - { date: 2026-02-28, value: 33 }\n");
    expect(out.stdout).toContain("1 already there");
  });

  it("reports every bad row as FILE:row:column and writes nothing", async () => {
    const dir = workspace();
    const before = read(dir, "journeys/kpis/conversion.yaml");
    writeFileSync(join(dir, "bad.csv"), "Month,Metric,Actual\n2026-02,Checkout conversion (GA4),abc\n13/2026,conversion,50\n2026-04,convresion,50\n2026-03,conversion,12\n");
    const out = await runCli(["kpi", "import", "bad.csv"], dir);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("bad.csv:2:3 error `abc` is not a number");
    expect(out.stderr).toContain("bad.csv:3:1 error `13/2026` is not a date in the format YYYY-MM");
    expect(out.stderr).toContain("bad.csv:4:2 error unknown KPI `convresion`");
    expect(read(dir, "journeys/kpis/conversion.yaml")).toBe(before);
    // Conflicts are reported at the row once the rows themselves are fine.
    writeFileSync(join(dir, "conflict.csv"), "Month,Metric,Actual\n2026-03,conversion,12\n");
    const conflict = await runCli(["kpi", "import", "conflict.csv"], dir);
    expect(conflict.stderr).toContain("conflict.csv:2:3 error KPI `conversion` already has 58 on 2026-03-31, not 12");
  });

  it("parses dates and numbers as analytics exports write them", () => {
    expect(parseDate("2026-10", "YYYY-MM")).toBe("2026-10-31");
    expect(parseDate("31/10/2026", "DD/MM/YYYY")).toBe("2026-10-31");
    expect(parseDate("2026-02-30", "YYYY-MM-DD")).toBeUndefined();
    expect([parseNumber("54,1", ","), parseNumber("1,204.5", "."), parseNumber("12.5%", "."), parseNumber("x", ".")]).toEqual([54.1, 1204.5, 12.5, undefined]);
  });
});

describe("CODEOWNERS", () => {
  const rules = parseCodeOwners(["# comment", "*       @org/everyone", "/journeys/ @org/cx", "journeys/retail/** @org/e-commerce @sanne", "*.md @org/docs # docs", "journeys/saas/legacy.yaml"].join("\n"));
  it("follows GitHub's rules: the last matching pattern wins, anchored folders, ** across folders, no owners", () => {
    expect(ownersOf(rules, "journeys/retail/online.yaml").owners).toEqual(["@org/e-commerce", "@sanne"]);
    expect(ownersOf(rules, "journeys/banking/account.yaml").owners).toEqual(["@org/cx"]);
    expect(ownersOf(rules, "journeys/saas/legacy.yaml").owners).toEqual([]);
    expect(ownersOf(rules, "docs/README.md").owners).toEqual(["@org/docs"]);
    expect(ownersOf(rules, "other/journeys/x.yaml").owners).toEqual(["@org/everyone"]);
  });
});
