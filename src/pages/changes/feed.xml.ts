// changes/feed.xml: the "What changed" page as an Atom feed, for feed readers, Slack and Teams.
import { atomFeed } from "../../views/feed.ts";
import { href } from "../../views/href.ts";
import { siteAnalysis, siteHistory } from "../../views/site-content.ts";
import { siteSourceLinks, siteUrl } from "../../views/source-links.ts";

export function GET(): Response {
  const analysis = siteAnalysis();
  const { content } = analysis;
  const xml = atomFeed(siteHistory().analysis, {
    title: content.config.title,
    href,
    site: siteUrl(content),
    repository: siteSourceLinks(analysis).info.repository,
    base: import.meta.env.BASE_URL ?? "/",
    asOf: analysis.asOf,
    locale: analysis.locale,
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
