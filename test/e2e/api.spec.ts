import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { expect, test } from "@playwright/test";
import { examples, journeys } from "./support/examples.ts";
import { BASE_DIST, BASE_PATH, HOSTILE_DIST, HOSTILE_PATH } from "./support/sites.ts";

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

test.describe("the JSON API", () => {
  for (const [dist, base] of [["dist", "/"], [BASE_DIST, BASE_PATH]] as const) {
    test(`index.json lists every journey, and each journey document validates against the published schema (${base})`, async ({ request }) => {
      const index = await (await request.get(`${base}api/index.json`)).json();
      expect(index.version).toBe(1);
      expect(index.journeys.map((j: { id: string }) => j.id).sort()).toEqual(journeys.map((j) => j.id).sort());
      expect(index.personas).toHaveLength(examples.personas.length);
      expect(index.kpis).toHaveLength(examples.kpis.length);
      const schema = await (await request.get(`${base}api/schema/journey.schema.json`)).json();
      const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
      for (const entry of index.journeys) {
        expect(entry.href).toBe(`${base}journeys/${entry.id}/`);
        expect(entry.api).toBe(`${base}api/journeys/${entry.id}.json`);
        const response = await request.get(entry.api);
        expect(response.headers()["content-type"]).toContain("application/json");
        const doc = await response.json();
        expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(doc).toEqual(readJson(join(dist, "api", "journeys", `${entry.id}.json`)));
        expect(doc.curve.length).toBe(journeys.find((j) => j.id === entry.id)!.touchpoints.length);
      }
    });
  }

  test("personas, KPIs and gaps validate against their schemas too", () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const schema = (name: string) => ajv.compile(readJson(join("dist", "api", "schema", `${name}.schema.json`)));
    const persona = schema("persona");
    for (const p of examples.personas) expect(persona(readJson(join("dist", "api", "personas", `${p.data.id}.json`)))).toBe(true);
    expect(schema("kpis")(readJson("dist/api/kpis.json"))).toBe(true);
    expect(schema("gaps")(readJson("dist/api/gaps.json"))).toBe(true);
    expect(schema("index")(readJson("dist/api/index.json"))).toBe(true);
  });

  test("what an author writes stays data: hostile content is JSON text", () => {
    const index = readJson(join(HOSTILE_DIST, "api", "index.json"));
    const doc = readJson(join(HOSTILE_DIST, "api", "journeys", `${index.journeys[0].id}.json`));
    expect(doc.journey.title).toContain("<script>");
    expect(doc.href.startsWith(HOSTILE_PATH)).toBe(true);
  });
});

test.describe("the Atom feed of What changed", () => {
  for (const base of ["/", HOSTILE_PATH]) {
    test(`parses as Atom and its entries read back as the page's commits (${base})`, async ({ page }) => {
      await page.goto(`${base}changes/`);
      const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
      expect(feedHref).toBe(`${base}changes/feed.xml`);
      await expect(page.getByRole("link", { name: /Follow these changes/ })).toHaveAttribute("href", feedHref!);
      const subjects = await page.locator(".change-subject").allTextContents();
      const feed = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, "application/xml");
        const ns = "http://www.w3.org/2005/Atom";
        const child = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0];
        return {
          error: doc.getElementsByTagName("parsererror").length > 0,
          root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
          title: child(doc.documentElement, "title")?.textContent,
          updated: child(doc.documentElement, "updated")?.textContent,
          entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => ({
            title: child(e, "title")?.textContent,
            id: child(e, "id")?.textContent,
            updated: child(e, "updated")?.textContent,
            author: child(child(e, "author")!, "name")?.textContent,
            content: child(e, "content")?.textContent,
            type: child(e, "content")?.getAttribute("type"),
          })),
        };
      }, feedHref!);
      expect(feed.error).toBe(false);
      expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
      expect(feed.title).toMatch(/^What changed · /);
      expect(Number.isNaN(Date.parse(feed.updated!))).toBe(false);
      expect(feed.entries.map((e) => e.title)).toEqual(subjects.map((s) => s.trim()));
      for (const entry of feed.entries) {
        expect(entry.id).toMatch(/^urn:journeymap:commit:[0-9a-f]{40}$/);
        expect(Number.isNaN(Date.parse(entry.updated!))).toBe(false);
        expect(entry.author).toBeTruthy();
        expect(entry.type).toBe("html");
        // The entry's HTML holds no element an author wrote: only the list the feed builds.
        const tags = [...(entry.content ?? "").matchAll(/<([a-z]+)/g)].map((m) => m[1]);
        expect(tags.every((t) => ["ul", "li", "a", "p"].includes(t!))).toBe(true);
      }
    });
  }
});

test.describe("with a repository (GitHub Actions' variables) and the Pages address", () => {
  const out = "test-results/sites/edit";
  const repo = "https://github.com/acme/journeys";
  const sha = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).stdout.trim();
  // One build for the group: its tests run in one worker, after it.
  test.describe.configure({ mode: "serial" });

  test.beforeAll(() => {
    test.setTimeout(120_000);
    const run = spawnSync("node", ["scripts/build.ts"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ASTRO_OUT_DIR: out, GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/journeys", GITHUB_REF_TYPE: "branch", GITHUB_REF_NAME: "main" },
    });
    if (run.status !== 0) throw new Error("site build with a repository failed");
  });

  test("every journey page links to its YAML file, each touchpoint to its own line, and the footer to the commit", () => {
    for (const j of examples.journeys) {
      const html = readFileSync(join(out, "journeys", j.data.id, "index.html"), "utf8");
      expect(html).toContain(`href="${repo}/edit/main/${j.file}"`);
      expect(html).toContain("Edit this journey");
      for (const [s, stage] of j.data.stages.entries()) {
        for (const [t] of stage.touchpoints.entries()) {
          expect(html).toContain(`href="${repo}/blob/${sha}/${j.file}#L${j.at(["stages", s, "touchpoints", t]).line}"`);
        }
      }
      expect(html).toContain(`href="${repo}/commit/${sha}"`);
      expect(html).toContain(`<link rel="canonical" href="https://acme.github.io/journeys/journeys/${j.data.id}/">`);
      expect(html).toContain(`<meta property="og:url" content="https://acme.github.io/journeys/journeys/${j.data.id}/">`);
      expect(html).toContain(`<meta property="og:image" content="https://acme.github.io/journeys/og/journeys/${j.data.id}.png">`);
      expect(readFileSync(join(out, "og", "journeys", `${j.data.id}.png`)).subarray(1, 4).toString()).toBe("PNG");
    }
    for (const p of examples.personas) {
      expect(readFileSync(join(out, "personas", p.data.id, "index.html"), "utf8")).toContain(`href="${repo}/edit/main/${p.file}"`);
    }
    const kpis = readFileSync(join(out, "kpis", "index.html"), "utf8");
    for (const k of examples.kpis) expect(kpis).toContain(`href="${repo}/edit/main/${k.file}"`);
    const feed = readFileSync(join(out, "changes", "feed.xml"), "utf8");
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="https://acme.github.io/journeys/changes/feed.xml"/>`);
  });

});

test("without a repository no page shows an edit link or a commit link", () => {
  for (const j of examples.journeys) {
    const html = readFileSync(join("dist", "journeys", j.data.id, "index.html"), "utf8");
    expect(html).not.toContain("Edit this");
    expect(html).not.toContain("/commit/");
    expect(html).not.toContain('rel="canonical"');
  }
});

test("every page has Open Graph and Twitter card meta", async ({ page }) => {
  for (const path of ["", `journeys/${journeys[0]!.id}/`, "personas/", "kpis/", "changes/", "gaps/"]) {
    await page.goto(path);
    const title = await page.locator('meta[property="og:title"]').getAttribute("content");
    expect(title, path).toBeTruthy();
    expect(await page.locator('meta[property="og:description"]').getAttribute("content"), path).toBeTruthy();
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content"), path).toBe("summary");
    expect(await page.locator('meta[name="twitter:title"]').getAttribute("content"), path).toBe(title);
  }
});
