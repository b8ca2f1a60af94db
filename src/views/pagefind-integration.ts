import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { lowerChildren } from "./background-priority.ts";
import { eachSearchRecord, searchDocuments, type SearchRecord } from "./search-index.ts";
import { siteAnalysis } from "./site-content.ts";

/**
 * Writes the full-text search index to `<outDir>/pagefind/` at the end of `astro build`, from the same content the
 * pages render: one record per journey, touchpoint, gap group, persona and KPI, indexed as one document per page
 * (a journey's touchpoints and gaps are its sections; see searchDocuments), added in a fixed order so that the same
 * content gives the same bytes. Result URLs carry no base path; the search script adds it (see src/scripts/search.ts).
 * The records come from the analysis the pages rendered (site-content.ts shares it within the process): the content
 * is not loaded or analysed again. Indexing starts when the build starts: Pagefind indexes in a process of its own,
 * on the other core, while Astro renders the pages, and writes its files as soon as it is done, into a folder beside
 * the output (Astro empties the output folder after the build starts), which is moved in when the pages are done.
 * Writing them at the end had kept a 1,000-journey build waiting 2–3 s after its last page.
 */
export function pagefindIntegration(): AstroIntegration {
  let indexing: { started: number; counted: { records: number }; written: Promise<{ folder: string; files: number; ms: number }> } | undefined;
  let outDir = "";
  const start = () => {
    const started = performance.now();
    const analysis = siteAnalysis();
    // Records are made as Pagefind takes them, never all at once; counted on the way for the log.
    const counted = { records: 0 };
    const records = (function* () {
      for (const record of eachSearchRecord(analysis)) {
        counted.records++;
        yield record;
      }
    })();
    // Stemming and word splitting in the site's language (locale: es, it or en).
    // Beside the output folder, named so that a later `npm run build` removes it if this one is killed.
    const folder = mkdtempSync(`${outDir.replace(/[\\/]+$/, "")}.pagefind-${process.pid}-`);
    const written = writeSearchIndex(records, join(folder, "pagefind"), analysis.locale, searchPartBytes()).then((files) => ({ folder, files, ms: performance.now() - started }));
    // Reported when awaited, at the end of the build. A failed index removes its folder; one a failed or killed build
    // leaves behind, the next `npm run build` removes (scripts/site-folder.ts).
    written.catch(() => rmSync(folder, { recursive: true, force: true }));
    return { started, counted, written };
  };
  return {
    name: "journeymap-pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": () => {
        indexing = start();
      },
      "astro:build:done": async ({ dir, logger }) => {
        const { started, counted, written } = indexing ?? start();
        indexing = undefined;
        const { folder, files, ms } = await written;
        const target = join(fileURLToPath(dir), "pagefind");
        rmSync(target, { recursive: true, force: true });
        renameSync(join(folder, "pagefind"), target);
        rmSync(folder, { recursive: true, force: true });
        logger.info(`search index: ${counted.records} records, ${files} files, written ${Math.round(ms)} ms after the build started, ${Math.round(performance.now() - started)} ms to the end of the pages`);
      },
    },
  };
}

/**
 * How much page text one part of the index holds. Pagefind keeps an index in memory until it writes it, at about 20
 * times the text's size: the 51 MB of a thousand journeys took its process to 0.9 GB beside the build's own 1.0 GB.
 * In parts of 5 MB, written and dropped one after the other, it peaks at 0.19 GB (0.28 GB in parts of 10 MB), in the
 * same time: room for the build's own heap to grow further between full collections (package.json's build script).
 * Parts after the first go to `part-1/`, `part-2/`, … inside the index, listed in `parts.json`; the search script
 * merges them into the first (Pagefind's mergeIndex, all at once), so a search covers every part. Up to about 100
 * journeys of 40 touchpoints make one part.
 */
export const SEARCH_PART_BYTES = 5 * 1024 * 1024;

/** The part size in effect: JOURNEYMAP_SEARCH_PART_BYTES when it is a positive number (less memory, more parts). */
export function searchPartBytes(env: Record<string, string | undefined> = process.env): number {
  const chosen = Number(env.JOURNEYMAP_SEARCH_PART_BYTES);
  return Number.isFinite(chosen) && chosen > 0 ? chosen : SEARCH_PART_BYTES;
}

/** The parts after the first, as the search script finds them: folder names inside the index. */
export const SEARCH_PARTS_FILE = "parts.json";

/**
 * Writes the index of `records` to `out` (emptied first), in parts of at most `partBytes` of page text. Pagefind numbers
 * records in the order they arrive, and the output must not depend on timing: documents are sent in order without
 * waiting for each answer (its service reads them from one pipe into one queue and adds them in that order: the same
 * bytes as one at a time, in half the time; test/unit/api checks the bytes), at most IN_FLIGHT at a time, so the
 * encoded messages waiting in the pipe stay a few MB, not the whole corpus. Returns the number of files written.
 */
export async function writeSearchIndex(records: Iterable<SearchRecord>, out: string, language = "en", partBytes = SEARCH_PART_BYTES): Promise<number> {
  const pagefind = await import("pagefind");
  const IN_FLIGHT = 64;
  const parts: string[] = [];
  try {
    rmSync(out, { recursive: true, force: true });
    let index: Awaited<ReturnType<typeof pagefind.createIndex>>["index"];
    let bytes = 0;
    let written = 0;
    const pending = new Set<Promise<void>>();
    const open = async () => {
      const created = await pagefind.createIndex({ forceLanguage: language });
      if (!created.index) throw new Error(`pagefind: ${created.errors.join("; ")}`);
      // The index is needed only when the pages are done: the page renders go first (background-priority.ts).
      lowerChildren(/^pagefind/);
      return created.index;
    };
    // Writes the part built so far and frees it in Pagefind's process.
    const close = async () => {
      await Promise.all(pending);
      const part = written++;
      const folder = part === 0 ? out : join(out, `part-${part}`);
      const result = await index!.writeFiles({ outputPath: folder });
      if (result.errors.length > 0) throw new Error(`pagefind: ${result.errors.join("; ")}`);
      await index!.deleteIndex();
      index = undefined;
      // The site has its own search dialog (src/scripts/search.ts): Pagefind's ready-made UIs are not shipped.
      for (const file of readdirSync(folder)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(folder, file));
      if (part > 0) parts.push(`part-${part}`);
    };
    for (const doc of searchDocuments(records, language)) {
      if (index && bytes > 0 && bytes + doc.html.length > partBytes) await close();
      if (!index) {
        index = await open();
        bytes = 0;
      }
      bytes += doc.html.length;
      const sent: Promise<void> = index.addHTMLFile({ url: doc.url, content: doc.html }).then((added) => {
        pending.delete(sent);
        if (added.errors.length > 0) throw new Error(`pagefind: ${doc.url}: ${added.errors.join("; ")}`);
      });
      sent.catch(() => {}); // reported through race() or all() below; not again as unhandled
      pending.add(sent);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    if (!index) index = await open(); // no content: an empty index, so the search script still loads one
    await close();
    writeFileSync(join(out, SEARCH_PARTS_FILE), `${JSON.stringify(parts)}\n`);
    return readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } finally {
    await pagefind.close();
  }
}
