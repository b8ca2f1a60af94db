// One gap as every report shows it, as markup text (see html.ts): a journey's gap report lists dozens, each page of
// /gaps/ a hundred. GapReport.astro and GapPortfolio.astro list them; the styles are global (styles/gap-item.css).
import type { GapItemView } from "../views/gap-item.ts";
import { ui } from "../views/ui.ts";
import { attr, classList, html, type Html } from "./html.ts";

export interface GapItemHtmlOptions {
  /** On the portfolio report: the team the filters match on. */
  team?: string;
  /** On the portfolio report: name the journey. */
  showJourney?: boolean;
}

export function gapItemHtml(item: GapItemView, { team, showJourney = false }: GapItemHtmlOptions = {}): Html {
  const m = ui().ui.gapItem;
  // On the journey page a touchpoint link opens the detail panel (journey-map.ts); elsewhere it is a plain link.
  const touchpointLink = !showJourney && item.target?.kind === "touchpoint" ? item.touchpoint : undefined;
  const action = item.acceptedReason
    ? html`<p class="gap-action"><span class="gap-arrow" aria-hidden="true">✓</span> <span class="visually-hidden">${m.acceptedBecause}</span><span aria-hidden="true">${m.acceptedShort}</span>${item.acceptedReason}</p>`
    : html`<p class="gap-action"><span class="gap-arrow" aria-hidden="true">→</span> <span class="visually-hidden">${m.suggested}</span>${item.action}</p>`;
  return html`<li class="${classList("gap-item", `severity-${item.severity}`, { accepted: item.acceptedReason })}"${attr("id", item.anchor)} data-filter-item${attr("data-severity", item.severity)}${attr("data-rule", item.rule)}${attr("data-team", team)}${attr("data-journey", item.journey.id)}${attr("data-gap-touchpoint", item.touchpoint)}><span class="gap-severity"><span class="status-icon" aria-hidden="true">${item.icon}</span>${item.severityLabel}${item.acceptedReason && html`<span class="gap-accepted-tag">${m.accepted}</span>`}</span><div class="gap-body">${showJourney && html`<p class="gap-journey"><a${attr("href", item.journey.href)}>${item.journey.title}</a></p>`}<p class="gap-title">${item.title}</p>${action}<p class="gap-meta"><span class="gap-team">${item.owner ? html`${m.team} <strong>${item.owner}</strong>` : html`<em>${m.noTeam}</em>`}</span>${item.target && html`<a class="gap-target"${attr("href", item.target.href)}${attr("data-touchpoint-link", touchpointLink)}>${item.target.kindLabel}: ${item.target.label}</a>`}<a class="gap-rule"${attr("href", item.ruleHref)}>${item.rule}</a><span class="gap-source"><span class="visually-hidden">${m.source}</span>${item.source}</span></p></div></li>`;
}

/** A list's items, for `<Fragment set:html={gapItemsHtml(items).chunks()} />`; `options` per item. */
export function gapItemsHtml(items: readonly GapItemView[], options?: (item: GapItemView) => GapItemHtmlOptions): Html {
  return html`${items.map((item) => gapItemHtml(item, options?.(item)))}`;
}
