import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { SEARCH_PART_BYTES, searchPartBytes, writeSearchIndex } from "../../../src/views/pagefind-integration.ts";
import { searchDocuments, searchRecords, type SearchSections } from "../../../src/views/search-index.ts";
import { entriesOf, type PagefindData } from "../../../src/scripts/search-entries.ts";
import { absoluteUrl, editLinkFor, siteUrl, sourceLinks } from "../../../src/views/source-links.ts";
import { apiJourney } from "../../../src/views/api.ts";

const ROOT = join(import.meta.dirname, "../../..");
const analysis = analyse(loadContent({ cwd: ROOT }));
const records = searchRecords(analysis);

/** Every file under `dir`, by path, with its bytes. */
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((f) => [relative(dir, f), readFileSync(f).toString("base64")]);

describe("search records", () => {
  it("one record per URL, since Pagefind keeps one per URL", () => {
    const urls = records.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("every touchpoint has a record at its anchor holding every field a stakeholder searches", () => {
    for (const { journey } of analysis.journeys) {
      for (const t of journey.stages.flatMap((s) => s.touchpoints)) {
        const record = records.find((r) => r.url === `/journeys/${journey.id}/#${t.id}`);
        expect(record?.meta.kind).toBe("Touchpoint");
        for (const field of [t.does, t.thinks, t.feels, ...t.pains, ...t.opportunities.map((o) => o.text), ...t.evidence.map((e) => e.text)]) {
          if (field) expect(record!.content).toContain(field);
        }
      }
    }
  });

  it("a touchpoint's gaps are found through its record, which the Gap filter also finds", () => {
    const withGaps = analysis.journeys.flatMap((j) => j.gaps.filter((g) => g.touchpoint).map((g) => ({ j, g })));
    expect(withGaps.length).toBeGreaterThan(0);
    for (const { j, g } of withGaps) {
      const record = records.find((r) => r.url === `/journeys/${j.id}/#${g.touchpoint}`)!;
      expect(record.filters.kind).toEqual(["Touchpoint", "Gap"]);
      expect(record.content).toContain(g.rule);
      expect(record.meta.context).toMatch(/\d+ gaps?, /);
    }
    const without = records.filter((r) => r.meta.kind === "Touchpoint" && !r.filters.kind.includes("Gap"));
    expect(without.length).toBeGreaterThan(0);
    for (const r of without) expect(r.meta.context).not.toMatch(/gap/);
  });

  it("journeys, personas, KPIs and gaps are all there, each with the four filters", () => {
    const kinds = new Set(records.map((r) => r.meta.kind));
    expect([...kinds].sort()).toEqual(["Gap", "Journey", "KPI", "Persona", "Touchpoint"]);
    for (const r of records) expect(Object.keys(r.filters).sort()).toEqual(["area", "journey", "kind", "persona"]);
    expect(records.filter((r) => r.meta.kind === "Persona")).toHaveLength(analysis.content.personas.length);
    expect(records.filter((r) => r.meta.kind === "KPI")).toHaveLength(analysis.kpis.length);
  });

  it("Pagefind gets one document per page: a journey's touchpoints and gap groups are its sections", () => {
    const documents = [...searchDocuments(records)];
    expect(new Set(documents.map((d) => d.url)).size).toBe(documents.length);
    expect(documents).toHaveLength(analysis.journeys.length + analysis.content.personas.length + analysis.kpis.length);
    for (const { journey } of analysis.journeys) {
      const doc = documents.find((d) => d.url === `/journeys/${journey.id}/`)!;
      const ownRecords = records.filter((r) => r.url.startsWith(`/journeys/${journey.id}/#`));
      const meta = /<span data-pagefind-meta="sections">([^<]*)<\/span>/.exec(doc.html)![1]!;
      const sections = JSON.parse(meta.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")) as SearchSections;
      expect(Object.keys(sections)).toEqual(ownRecords.map((r) => r.url.split("#")[1]));
      for (const t of journey.stages.flatMap((s) => s.touchpoints)) {
        expect(doc.html).toContain(`<h2 id="${t.id}">`);
        expect(sections[t.id]!.kinds[0]).toBe("Touchpoint");
      }
      expect(doc.html).toContain('<span data-pagefind-filter="kind">Journey</span>');
    }
  });

  it("an author's text reaches Pagefind as text, never as markup", () => {
    const hostile = [{ url: "/journeys/x/", content: "<script>alert(1)</script>", meta: { title: '<img src=x onerror="alert(1)">', kind: "Journey" as const }, filters: { kind: ["Journey" as const], journey: ["</span><b>"], area: ["a"], persona: [] } }, { url: '/journeys/x/#"><script>', content: "<iframe>", meta: { title: "<b>t</b>", kind: "Touchpoint" as const, context: "</span>" }, filters: { kind: ["Touchpoint" as const], journey: ["x"], area: ["a"], persona: [] } }];
    const [doc] = [...searchDocuments(hostile)];
    expect(doc!.html).not.toMatch(/<(script|img|iframe|b)[\s>]/);
    expect(doc!.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(doc!.html).toContain('<h2 id="&quot;&gt;&lt;script&gt;">');
  });

  it("the results list shows each section found, best first, with its kind; filters alone list every section", () => {
    const sections: SearchSections = { pay: { kinds: ["Touchpoint", "Gap"], context: "J · Buy · 1 gap, Error" }, browse: { kinds: ["Touchpoint"], context: "J · Look" }, gaps: { kinds: ["Gap"] } };
    const data: PagefindData = {
      url: "/base/journeys/j/",
      excerpt: "the journey",
      meta: { title: "J", kind: "Journey", context: "Retail", sections: JSON.stringify(sections) },
      filters: { journey: ["J"] },
      sub_results: [
        { title: "Browse", url: "/base/journeys/j/#browse", excerpt: "a <mark>word</mark>", weighted_locations: [{ balanced_score: 1 }] },
        { title: "Pay", url: "/base/journeys/j/#pay", excerpt: "<mark>word</mark> <mark>word</mark>", weighted_locations: [{ balanced_score: 2 }, { balanced_score: 3 }] },
        { title: "Unknown", url: "/base/journeys/j/#nowhere", excerpt: "" },
      ],
      anchors: [{ id: "pay", text: "Pay" }, { id: "browse", text: "Browse" }, { id: "gaps", text: "2 gaps in J" }],
    };
    expect(entriesOf(data).map((e) => [e.url, e.kind, e.context])).toEqual([
      ["/base/journeys/j/#pay", "Touchpoint", "J · Buy · 1 gap, Error"],
      ["/base/journeys/j/#browse", "Touchpoint", "J · Look"],
    ]);
    expect(entriesOf(data, "Gap").map((e) => e.title)).toEqual(["Pay"]);
    expect(entriesOf(data, "Gap", false).map((e) => e.title)).toEqual(["Pay", "2 gaps in J"]);
    expect(entriesOf(data, undefined, false).map((e) => e.title)).toEqual(["J", "Pay", "Browse", "2 gaps in J"]);
    expect(entriesOf({ ...data, meta: { ...data.meta, sections: "{not json" } }, undefined, false).map((e) => e.title)).toEqual(["J"]);
  });

  it("the index is deterministic: the same content gives the same bytes", async () => {
    const dirs = [mkdtempSync(join(tmpdir(), "jm-pf-")), mkdtempSync(join(tmpdir(), "jm-pf-"))];
    try {
      for (const dir of dirs) await writeSearchIndex(records, join(dir, "pagefind"));
      expect(JSON.parse(readFileSync(join(dirs[0]!, "pagefind", "parts.json"), "utf8"))).toEqual([]);
      expect(filesOf(dirs[0]!)).toEqual(filesOf(dirs[1]!));
      expect(filesOf(dirs[0]!).length).toBeGreaterThan(10);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("an index in parts", () => {
  it("cuts a large index into parts of at most the size given, each a Pagefind index, listed for the search script, the same bytes every time", async () => {
    const dirs = [mkdtempSync(join(tmpdir(), "jm-pf-")), mkdtempSync(join(tmpdir(), "jm-pf-"))];
    try {
      const docs = [...searchDocuments(records)];
      const partBytes = Math.max(...docs.map((d) => d.html.length)) + 1;
      for (const dir of dirs) await writeSearchIndex(records, join(dir, "pagefind"), "en", partBytes);
      const parts = JSON.parse(readFileSync(join(dirs[0]!, "pagefind", "parts.json"), "utf8")) as string[];
      // Every document fits a part, and none shares one with a document it would overflow.
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.length).toBeLessThan(docs.length);
      expect(parts).toEqual(parts.map((_, i) => `part-${i + 1}`));
      for (const folder of ["", ...parts]) expect(existsSync(join(dirs[0]!, "pagefind", folder, "pagefind-entry.json"))).toBe(true);
      expect(filesOf(dirs[0]!)).toEqual(filesOf(dirs[1]!));
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("takes its part size from JOURNEYMAP_SEARCH_PART_BYTES when that is a positive number", () => {
    expect(searchPartBytes({})).toBe(SEARCH_PART_BYTES);
    expect(searchPartBytes({ JOURNEYMAP_SEARCH_PART_BYTES: "16384" })).toBe(16384);
    expect(searchPartBytes({ JOURNEYMAP_SEARCH_PART_BYTES: "-1" })).toBe(SEARCH_PART_BYTES);
    expect(searchPartBytes({ JOURNEYMAP_SEARCH_PART_BYTES: "lots" })).toBe(SEARCH_PART_BYTES);
  });
});

describe("links back to the source", () => {
  const journey = analysis.journeys[0]!;
  const touchpoint = journey.journey.stages[0]!.touchpoints[0]!;

  it("shows no link without a repository", () => {
    const links = sourceLinks(analysis, {});
    expect(editLinkFor(analysis, links, { journey: journey.id })).toBeUndefined();
    expect(editLinkFor(analysis, links, { journey: journey.id, touchpoint: touchpoint.id })).toBeUndefined();
    expect(links.commit?.href).toBeUndefined();
  });

  it("links each file and a touchpoint's own line from GitHub Actions' variables", () => {
    const env = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/journeys", GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567", GITHUB_REF_TYPE: "branch", GITHUB_REF_NAME: "main" };
    const links = sourceLinks(analysis, env);
    const edit = editLinkFor(analysis, links, { journey: journey.id })!;
    expect(edit.label).toBe("Edit this journey");
    expect(edit.href).toBe(`https://github.com/acme/journeys/edit/main/${journey.loaded.file}`);
    const line = editLinkFor(analysis, links, { journey: journey.id, touchpoint: touchpoint.id })!;
    const at = journey.loaded.at(["stages", 0, "touchpoints", 0]).line;
    expect(line.href).toBe(`https://github.com/acme/journeys/blob/${env.GITHUB_SHA}/${journey.loaded.file}#L${at}`);
    expect(readFileSync(join(ROOT, journey.loaded.file), "utf8").split("\n")[at - 1]).toContain(`id: ${touchpoint.id}`);
    expect(editLinkFor(analysis, links, { persona: analysis.content.personas[0]!.data.id })?.label).toBe("Edit this persona");
    expect(editLinkFor(analysis, links, { kpi: analysis.kpis[0]!.id })?.label).toBe("Edit this KPI");
    expect(links.commit).toEqual({ short: "0123456", full: env.GITHUB_SHA, href: `https://github.com/acme/journeys/commit/${env.GITHUB_SHA}` });
  });

  it("links a file inside the content's own repository and commit, not the working directory's", () => {
    // The content in a repository of its own (JOURNEYMAP_DIR pointing at another checkout), built from this one.
    const repo = mkdtempSync(join(tmpdir(), "journeymap-links-"));
    try {
      cpSync(join(ROOT, "test/fixtures/valid"), join(repo, "cx"), { recursive: true });
      const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" }).trim();
      git("init", "-q");
      git("add", ".");
      git("commit", "-q", "-m", "content");
      const head = git("rev-parse", "HEAD");
      const other = analyse(loadContent({ dir: join(repo, "cx"), cwd: ROOT }));
      const links = sourceLinks(other, { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/cx" });
      const first = other.journeys[0]!;
      expect(editLinkFor(other, links, { journey: first.id })?.href).toBe(`https://github.com/acme/cx/edit/main/cx/${relative(join(repo, "cx"), resolve(ROOT, first.loaded.file))}`);
      expect(links.commit?.full).toBe(head);
      // Reached through a symbolic link (git names the real folder), paths stay inside the repository, in the API too.
      symlinkSync(repo, `${repo}-link`);
      const linked = analyse(loadContent({ dir: join(`${repo}-link`, "cx"), cwd: `${repo}-link` }));
      const path = relative(join(`${repo}-link`, "cx"), resolve(`${repo}-link`, linked.journeys[0]!.loaded.file));
      expect(editLinkFor(linked, sourceLinks(linked, { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/cx" }), { journey: linked.journeys[0]!.id })?.href).toBe(`https://github.com/acme/cx/edit/main/cx/${path}`);
      expect(apiJourney(linked, linked.journeys[0]!.id, (p) => p).file).toBe(`cx/${path}`);
    } finally {
      rmSync(`${repo}-link`, { force: true });
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it("the config's repository wins, and nothing but an http(s) URL gets into a link", () => {
    const withRepo = { ...analysis, content: { ...analysis.content, config: { ...analysis.content.config, repository: "https://github.com/acme/cx/" } } };
    expect(editLinkFor(withRepo, sourceLinks(withRepo, { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "x/y" }), { journey: journey.id })?.href).toMatch(/^https:\/\/github\.com\/acme\/cx\/edit\/main\//);
    const hostile = sourceLinks(analysis, { GITHUB_SERVER_URL: "javascript:alert(1)//", GITHUB_REPOSITORY: "a/b" });
    expect(hostile.info.repository).toBeUndefined();
  });

  it("canonical URLs come from `site:` or the GitHub Pages address", () => {
    expect(siteUrl({ config: { ...analysis.content.config, site: "https://cx.example.com/maps" } }, {})).toBe("https://cx.example.com/maps/");
    expect(siteUrl({ config: analysis.content.config }, { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "Acme/journeys" })).toBe("https://acme.github.io/journeys/");
    expect(siteUrl({ config: analysis.content.config }, {})).toBeUndefined();
    expect(absoluteUrl("https://acme.github.io/journeys/", "/journeys/journeys/checkout/", "/journeys/")).toBe("https://acme.github.io/journeys/journeys/checkout/");
    expect(absoluteUrl("https://cx.example.com/", "/kpis/", "/")).toBe("https://cx.example.com/kpis/");
  });
});
