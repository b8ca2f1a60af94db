import { createHash } from "node:crypto";
import { analyse, type Analysis } from "../analysis/analyse.ts";
import { formatPretty } from "../diagnostics/format-pretty.ts";
import type { Content } from "../model/content.ts";
import { loadContentReusing, loadMemo, sourceDigest, type LoadMemo } from "../load/load-content.ts";
import { analyseHistory, type HistoryAnalysis } from "../analysis/history.ts";
import { contentHistory, type ContentHistory } from "../load/git-history.ts";
import { git } from "../load/git.ts";
import type { Availability } from "./history-view.ts";

// Astro loads this module more than once in one process: through astro.config.mjs (the integrations) and inside the
// bundle that renders the pages. Everything that must be shared, so that the content is loaded and analysed once
// per build, lives in one object on globalThis.
const STORE_KEY = "__journeymapSite";

interface SiteStore {
  /** Bumped by the dev server's file watcher (content-integration.ts) when a YAML file changes. */
  version: number;
  /** Files named by the watcher since the last load; the config changing clears `memo` instead. */
  changed: Set<string>;
  memo: LoadMemo;
  /** Content validated and analysed before Astro started (scripts/build.ts), for the folder it was loaded from. */
  handedOver?: { dir: string | undefined; analysis: Analysis };
  analysis?: { version: number; analysis: Analysis };
  history?: { key: string; value: SiteHistory };
  head?: { version: number; checked: number; commit: string };
  keys?: { analysis: Analysis; shared: string; byId: Map<string, string> };
  /** Set by the dev server: HEAD may move while it runs (a commit), so it is asked again now and then. */
  watching?: boolean;
}

function store(): SiteStore {
  const global = globalThis as Record<string, unknown>;
  return (global[STORE_KEY] ??= { version: 0, changed: new Set(), memo: loadMemo() }) as SiteStore;
}

const contentDir = () => process.env.JOURNEYMAP_DIR || undefined;

/**
 * The analysed content every page renders: loaded and analysed once per build (and again in dev after an edit, reading
 * only the files that changed). Invalid content stops the build with the same messages `journeymap validate` prints.
 */
export function siteAnalysis(): Analysis {
  const site = store();
  if (site.analysis?.version === site.version) return site.analysis.analysis;
  const handed = site.handedOver;
  if (handed && site.version === 0 && handed.dir === contentDir()) {
    site.analysis = { version: 0, analysis: handed.analysis };
    return handed.analysis;
  }
  const changed = site.changed;
  site.changed = new Set();
  const content = loadContentReusing({ dir: contentDir() }, site.memo, changed);
  const errors = content.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    throw new Error(`journeymap: the content has ${errors.length} error(s)\n\n${formatPretty(errors, { color: false })}`);
  }
  site.analysis = { version: site.version, analysis: analyse(content) };
  return site.analysis.analysis;
}

/**
 * Hands the content that `npm run build` has just validated (and analysed) to the pages, so Astro does not load it
 * again. Only valid content is handed over; the pages then use it for the same content folder.
 */
export function handOverContent(content: Content, analysis: Analysis = analyse(content)): void {
  store().handedOver = { dir: contentDir(), analysis };
}

export interface SiteHistory {
  availability: Availability;
  analysis?: HistoryAnalysis;
}

/**
 * The content's git history (the last 20 commits that touched it, or JOURNEYMAP_HISTORY_COMMITS; 0 turns it off),
 * read once per HEAD commit: a working-tree edit cannot change it, so the dev server does not read it again on a
 * save. Fixed for a given commit, so builds stay deterministic.
 */
export function siteHistory(): SiteHistory {
  const site = store();
  const limit = Number(process.env.JOURNEYMAP_HISTORY_COMMITS ?? 20);
  const { content } = siteAnalysis();
  const key = limit > 0 ? `${headCommit(content.cwd)}\0${limit}\0${content.dir}\0${content.cwd}` : "off";
  if (site.history?.key !== key) {
    const history: ContentHistory = limit > 0 ? contentHistory(content.cwd, content.dir, limit) : { available: false, reason: "history is turned off (JOURNEYMAP_HISTORY_COMMITS=0)" };
    site.history = {
      key,
      value: history.available ? { availability: { available: true, partial: history.partial }, analysis: analyseHistory(history.commits) } : { availability: { available: false, reason: history.reason } },
    };
  }
  return site.history.value;
}

/**
 * The incremental build's key for a page about one journey (Astro's `experimental.incrementalBuild`: a page whose key
 * and code are unchanged is copied from the previous build instead of rendered). It covers everything such a page
 * reads besides its code: the journey's file (its bytes: positions and edit links) and its analysis (gaps with their positions, health, the statuses of
 * the KPIs it reads, paths, the redesign either way), every persona and KPI, the settings, the reference date, the
 * history (through HEAD), the base path and the environment the links and the footer read (GITHUB_*,
 * SOURCE_DATE_EPOCH, JOURNEYMAP_SITE_URL…; not where the build writes, which changes every build).
 */
export function journeyCacheKey(id: string): string {
  const site = store();
  // The dev server renders every request afresh: no key to compute (it would hash every journey on each save).
  if (site.watching) return "dev";
  const analysis = siteAnalysis();
  if (site.keys?.analysis !== analysis) {
    const { content } = analysis;
    const env = Object.keys(process.env)
      .filter((k) => /^(GITHUB_\w+|JOURNEYMAP_(DIR|SITE_URL|HISTORY_COMMITS)|BASE_PATH|SOURCE_DATE_EPOCH)$/.test(k))
      .sort()
      .map((k) => [k, process.env[k]]);
    const shared = stableJson({
      env,
      head: headCommit(content.cwd),
      config: content.config,
      asOf: analysis.asOf,
      personas: content.personas.map((p) => [p.file, sourceDigest(p.data), p.data]),
      kpis: analysis.kpis.map((k) => [k.loaded.file, sourceDigest(k.kpi), k.kpi, k.status]),
    });
    site.keys = { analysis, shared: createHash("sha256").update(shared).digest("hex"), byId: new Map() };
  }
  const keys = site.keys!;
  let key = keys.byId.get(id);
  if (key === undefined) {
    const journey = analysis.journey(id);
    // A journey's analysis is worked out from its own data, the journey it redesigns and what the shared part holds
    // (analyse() reuses it on the same terms), so the key names those inputs rather than writing out what was derived
    // from them (1 s of a 1,000-journey build). A journey's data is what its file's bytes say: their digest stands for
    // it; the file's path gives its area and its links; the journeys that redesign it are named on its page.
    const data = (j: object) => sourceDigest(j) ?? j;
    const inputs = journey && { file: journey.loaded.file, area: journey.loaded.area, data: data(journey.loaded.data), current: journey.current && data(journey.current), redesignedBy: journey.redesignedBy.map(data) };
    key = createHash("sha256").update(keys.shared).update("\0").update(inputs ? stableJson(inputs) : "none").digest("hex").slice(0, 32);
    keys.byId.set(id, key);
  }
  return key;
}

/** JSON of plain data, with Maps and Sets as lists (functions are left out, as JSON does). */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));
}

/** The commit HEAD points at, or "" outside git: asked once per build, and at most every 2 s by the dev server. */
function headCommit(cwd: string): string {
  const site = store();
  const now = Date.now();
  if (!site.head || site.head.version !== site.version || (site.watching && now - site.head.checked > 2000)) {
    site.head = { version: site.version, checked: now, commit: git(["rev-parse", "--verify", "--quiet", "HEAD"], cwd).stdout.trim() };
  }
  return site.head.commit;
}

/** Called when the dev server starts: it watches the content, and HEAD may move while it runs. */
export function markDevServer(): void {
  store().watching = true;
}

/** The dev server's watcher saw `file` change (absolute path); without a file, reload everything. */
export function bumpContentVersion(file?: string): void {
  const site = store();
  site.version++;
  if (file) site.changed.add(file);
  else site.memo = loadMemo();
}
