import type { HistoryAnalysis } from "../analysis/history.ts";
import { changesView } from "./history-view.ts";
import { t, type Locale } from "../i18n/index.ts";

/** What the feed needs besides the history: all fixed for a given commit, so the feed is deterministic. */
export interface FeedOptions {
  title: string;
  /** Site paths with the base path. */
  href: (path: string) => string;
  /** The published site's address with a trailing slash, for absolute links; relative links without it. */
  site?: string;
  /** `https://github.com/acme/journeys`, for entry ids that point at the commit. */
  repository?: string;
  /** The base path, e.g. `/repo/`: stripped before joining a path to `site`. */
  base: string;
  /** When nothing is in the history: the analysis's reference date. */
  asOf: string;
  /** The site's language: the feed's own words and each entry's summary. */
  locale?: Locale;
}

/** Text for XML: the five special characters escaped, and characters XML 1.0 forbids dropped. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The "What changed" page as an Atom feed (RFC 4287): one entry per commit that touched the content, newest first,
 * with a line per journey, KPI and persona it changed. Entry content is HTML, escaped as text twice over: once as
 * HTML (what an author wrote stays text in the reader), once as XML.
 */
export function atomFeed(history: HistoryAnalysis | undefined, options: FeedOptions): string {
  const { title, href, site, repository, base, asOf, locale = "en" } = options;
  const words = t(locale).ui.changes;
  const url = (path: string) => {
    const full = href(path);
    if (!site) return full;
    const within = full.startsWith(base) ? full.slice(base.length) : full.replace(/^\//, "");
    return new URL(within, site).href;
  };
  const page = url("/changes/");
  const entries = changesView(history, url, locale);
  const commits = history?.changes ?? [];
  const updated = commits[0]?.commit.date ?? `${asOf}T00:00:00Z`;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <title>${xmlEscape(words.feedTitle(title))}</title>`,
    `  <subtitle>${xmlEscape(words.feedSubtitle)}</subtitle>`,
    `  <id>${xmlEscape(site ? page : `urn:journeymap:feed:${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(url("/changes/feed.xml"))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>`,
    `  <updated>${xmlEscape(updated)}</updated>`,
    `  <generator>journeymap</generator>`,
  ];
  entries.forEach((entry, i) => {
    const commit = commits[i]!.commit;
    const html = [
      entry.invalid ? "<p>The content had errors at this commit.</p>" : "",
      entry.lines.length === 0
        ? "<p>No change to journeys, personas or KPIs (layout or comments only).</p>"
        : `<ul>${entry.lines.map((l) => `<li>${l.href ? `<a href="${xmlEscape(l.href)}">${xmlEscape(l.text)}</a>` : xmlEscape(l.text)}${l.details.length ? `<ul>${l.details.map((d) => `<li>${xmlEscape(d)}</li>`).join("")}</ul>` : ""}</li>`).join("")}</ul>`,
      entry.subject ? `<p>“${xmlEscape(entry.subject)}”</p>` : "",
    ].join("");
    lines.push(
      `  <entry>`,
      // The entry's title is what the change did, as the page's heading says it; the commit message is in its body.
      `    <title>${xmlEscape(entry.headline || entry.subject || entry.commit)}</title>`,
      `    <id>${xmlEscape(repository ? `${repository}/commit/${commit.commit}` : `urn:journeymap:commit:${commit.commit}`)}</id>`,
      `    <updated>${xmlEscape(commit.date)}</updated>`,
      `    <author><name>${xmlEscape(entry.author || "unknown")}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>`,
      ...(repository ? [`    <link rel="related" type="text/html" href="${xmlEscape(`${repository}/commit/${commit.commit}`)}"/>`] : []),
      `    <content type="html">${xmlEscape(html)}</content>`,
      `  </entry>`,
    );
  });
  lines.push(`</feed>`);
  return `${lines.join("\n")}\n`;
}
