import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { searchRecords, type SearchRecord } from "./search-index.ts";
import { siteAnalysis } from "./site-content.ts";

/**
 * Writes the full-text search index to `<outDir>/pagefind/` at the end of `astro build`, from the same content the
 * pages render: one record per journey, touchpoint, gap, persona and KPI, added in a fixed order so that the same
 * content gives the same bytes. Result URLs carry no base path; the search script adds it (see src/scripts/search.ts).
 * The records come from the analysis the pages rendered (site-content.ts shares it within the process): the content
 * is not loaded or analysed again.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: "journeymap-pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const records = searchRecords(siteAnalysis());
        const out = join(fileURLToPath(dir), "pagefind");
        const files = await writeSearchIndex(records, out);
        logger.info(`search index: ${records.length} records, ${files} files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** The Pagefind index of these records, written to `out` (emptied first). Returns the number of files written. */
export async function writeSearchIndex(records: readonly SearchRecord[], out: string, language = "en"): Promise<number> {
  const pagefind = await import("pagefind");
  rmSync(out, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    // Pagefind numbers records in the order they arrive, and the output must not depend on timing. All are sent at
    // once, in order, without waiting for each answer: its service reads them from one pipe into one queue and adds
    // them in that order (the same bytes as one at a time, in half the time; test/unit/api checks the bytes).
    const added = await Promise.all(records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language, meta: { ...r.meta }, filters: r.filters })));
    added.forEach((a, i) => {
      if (a.errors.length > 0) throw new Error(`pagefind: ${records[i]!.url}: ${a.errors.join("; ")}`);
    });
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    // The site has its own search dialog (src/scripts/search.ts): Pagefind's ready-made UIs are not shipped.
    for (const file of readdirSync(out)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(out, file));
    return readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } finally {
    await pagefind.close();
  }
}
