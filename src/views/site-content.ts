import { indexContent, type ContentIndex } from "../analysis/content-index.ts";
import { formatPretty } from "../diagnostics/format-pretty.ts";
import { loadContent } from "../load/load-content.ts";

/** Bumped by the dev server's file watcher (see content-integration.ts) when a YAML file changes. */
const VERSION_KEY = "__journeymapContentVersion";

let cached: { version: number; index: ContentIndex } | undefined;

/**
 * The content every page renders, loaded once per build (and again in dev after an edit).
 * Invalid content stops the build with the same messages `journeymap validate` prints.
 */
export function siteContent(): ContentIndex {
  const version = Number((globalThis as Record<string, unknown>)[VERSION_KEY] ?? 0);
  if (!cached || cached.version !== version) {
    const content = loadContent({ dir: process.env.JOURNEYMAP_DIR || undefined });
    const errors = content.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      throw new Error(`journeymap: the content has ${errors.length} error(s)\n\n${formatPretty(errors, { color: false })}`);
    }
    cached = { version, index: indexContent(content) };
  }
  return cached.index;
}

export function bumpContentVersion(): void {
  const store = globalThis as Record<string, unknown>;
  store[VERSION_KEY] = Number(store[VERSION_KEY] ?? 0) + 1;
}
