import { analyse, type Analysis } from "../analysis/analyse.ts";
import { formatPretty } from "../diagnostics/format-pretty.ts";
import { loadContent } from "../load/load-content.ts";
import { analyseHistory, type HistoryAnalysis } from "../analysis/history.ts";
import { contentHistory, type ContentHistory } from "../load/git-history.ts";
import type { Availability } from "./history-view.ts";

/** Bumped by the dev server's file watcher (see content-integration.ts) when a YAML file changes. */
const VERSION_KEY = "__journeymapContentVersion";

let cached: { version: number; analysis: Analysis } | undefined;

/**
 * The analysed content every page renders: loaded and analysed once per build (and again in dev after an edit).
 * Invalid content stops the build with the same messages `journeymap validate` prints.
 */
export function siteAnalysis(): Analysis {
  const version = Number((globalThis as Record<string, unknown>)[VERSION_KEY] ?? 0);
  if (!cached || cached.version !== version) {
    const content = loadContent({ dir: process.env.JOURNEYMAP_DIR || undefined });
    const errors = content.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      throw new Error(`journeymap: the content has ${errors.length} error(s)\n\n${formatPretty(errors, { color: false })}`);
    }
    cached = { version, analysis: analyse(content) };
  }
  return cached.analysis;
}

let cachedHistory: { version: number; value: SiteHistory } | undefined;

export interface SiteHistory {
  availability: Availability;
  analysis?: HistoryAnalysis;
}

/**
 * The content's git history (the last 20 commits that touched it, or JOURNEYMAP_HISTORY_COMMITS; 0 turns it off),
 * read once per build. Fixed for a given commit, so builds stay deterministic.
 */
export function siteHistory(): SiteHistory {
  const version = Number((globalThis as Record<string, unknown>)[VERSION_KEY] ?? 0);
  if (!cachedHistory || cachedHistory.version !== version) {
    const limit = Number(process.env.JOURNEYMAP_HISTORY_COMMITS ?? 20);
    const { content } = siteAnalysis();
    const history: ContentHistory = limit > 0 ? contentHistory(content.cwd, content.dir, limit) : { available: false, reason: "history is turned off (JOURNEYMAP_HISTORY_COMMITS=0)" };
    cachedHistory = {
      version,
      value: history.available ? { availability: { available: true, partial: history.partial }, analysis: analyseHistory(history.commits) } : { availability: { available: false, reason: history.reason } },
    };
  }
  return cachedHistory.value;
}

export function bumpContentVersion(): void {
  const store = globalThis as Record<string, unknown>;
  store[VERSION_KEY] = Number(store[VERSION_KEY] ?? 0) + 1;
}
