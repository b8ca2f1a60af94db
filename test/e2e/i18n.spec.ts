import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { CATALOGUES, type Locale } from "../../src/i18n/index.ts";

// The English, Spanish and Italian builds of the examples, compared page by page (issue 12.2): each sets <html lang>,
// and no UI string of the English build is left in the navigation, headings, buttons, labels or aria labels of the
// others. Content stays in its authors' language, so the check looks only for the catalogue's English strings (those a
// language translates differently), never for English words in general.

const ROOT = resolve(import.meta.dirname, "../..");

function build(locale: Locale, out: string): void {
  const run = spawnSync(process.execPath, ["scripts/build.ts"], {
    cwd: ROOT,
    env: { ...process.env, JOURNEYMAP_LOCALE: locale, ASTRO_OUT_DIR: out, JOURNEYMAP_CACHE_DIR: join(out, "..", `cache-${locale}`) },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`the ${locale} build failed:\n${run.stdout}\n${run.stderr}`);
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const text = (html: string) => decode(html.replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, "").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim();

/** What a reader meets as interface: navigation links, headings, buttons, summaries, labels, legends, table headers, aria labels. */
function interfaceTexts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<nav\b[^>]*>([\s\S]*?)<\/nav>/g)) for (const a of m[1]!.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)) out.push(text(a[1]!));
  for (const m of html.matchAll(/<(h[1-6]|button|summary|label|legend|caption|th|dt|option)\b[^>]*>([\s\S]*?)<\/\1>/g)) out.push(text(m[2]!));
  for (const m of html.matchAll(/\saria-label="([^"]*)"/g)) out.push(decode(m[1]!));
  return out.filter(Boolean);
}

/** The English strings a language says differently: leaves of the catalogue (functions are left out). */
function englishUiStrings(locale: Locale): string[] {
  const walk = (en: unknown, other: unknown): string[] => {
    if (typeof en === "string") return en !== other && en.trim().length > 2 ? [en.trim()] : [];
    if (en && typeof en === "object") return Object.entries(en).flatMap(([k, v]) => walk(v, (other as Record<string, unknown> | undefined)?.[k]));
    return [];
  };
  return [...new Set(walk(CATALOGUES.en.ui, CATALOGUES[locale].ui))];
}

test.describe("the site in English, Spanish and Italian", () => {
  test.describe.configure({ mode: "serial", timeout: 900_000 });
  let dir = "";
  const out = (locale: Locale) => join(dir, locale);
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "journeymap-i18n-"));
    for (const locale of ["en", "es", "it"] as const) build(locale, out(locale));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the builds set <html lang>, and the es and it builds keep no English UI string", () => {
    const en = pages(out("en"));
    expect(en.length).toBeGreaterThan(10);
    for (const locale of ["es", "it"] as const) {
      const english = englishUiStrings(locale);
      const found: string[] = [];
      for (const file of pages(out(locale))) {
        const html = readFileSync(file, "utf8");
        if (!/<html\b[^>]*>/.test(html)) continue;
        expect(html, file).toMatch(new RegExp(`<html lang="${locale}"`));
        for (const t of interfaceTexts(html)) {
          // Whole texts, and longer phrases inside a text: "Detailed map" in a heading, "Skip to content" in a link.
          const hit = english.find((e) => t === e || (e.includes(" ") && e.length > 12 && t.includes(e)));
          if (hit) found.push(`${file.slice(out(locale).length)}: “${t}” has “${hit}”`);
        }
      }
      expect([...new Set(found)].slice(0, 40), `English UI strings in the ${locale} build`).toEqual([]);
    }
    expect(readFileSync(join(out("en"), "index.html"), "utf8")).toMatch(/<html lang="en"/);
  });

  test("each build's search index is in its language (stemming and word splitting)", () => {
    for (const locale of ["en", "es", "it"] as const) {
      const entry = JSON.parse(readFileSync(join(out(locale), "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, unknown> };
      expect(Object.keys(entry.languages)).toEqual([locale]);
    }
  });

  test("dates read 31 oct 2026 and 31 ott 2026", () => {
    // The gaps page names the reference date of the examples' analysis.
    const es = readFileSync(join(out("es"), "gaps", "index.html"), "utf8");
    const it = readFileSync(join(out("it"), "gaps", "index.html"), "utf8");
    expect(es).toMatch(/\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}/);
    expect(it).toMatch(/\d{1,2} (gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic) \d{4}/);
  });
});
