// A touchpoint's detail card as markup text (see html.ts): a journey page holds one per touchpoint, and the detail
// panel on the map copies it. TouchpointDetails.astro lays the cards out.
import { formatDate, opportunityStatusLabel } from "../model/vocabulary.ts";
import { signed } from "../views/emotion.ts";
import type { TouchpointGaps } from "../views/journey-gaps.ts";
import type { MapColumn } from "../views/journey-map.ts";
import type { EditLinkView } from "../views/source-links.ts";
import { siteLocale, ui } from "../views/ui.ts";
import { editLinkHtml, faceHtml, kpiBadgeHtml } from "./badges-html.ts";
import { attr, classList, html, type Html, type HtmlPart } from "./html.ts";

/** A heading and its content, when there is content. */
const titled = (title: string, content: HtmlPart) => content && html`<h4>${title}</h4>${content}`;

export function touchpointCardHtml(c: MapColumn, gaps: TouchpointGaps | undefined, edit: EditLinkView | undefined): Html {
  const m = ui().ui;
  const locale = siteLocale();
  const d = m.details;
  const list = (items: string[], className?: string) => items.length > 0 && html`<ul${attr("class", className)}>${items.map((p) => html`<li>${p}</li>`)}</ul>`;
  return html`<article id="${c.id}" class="touchpoint-detail" data-touchpoint="${c.id}" tabindex="-1" aria-labelledby="${c.id}-name"><p class="eyebrow">${c.stageName} · ${d.touchpoint(c.index + 1)}</p><h3 id="${c.id}-name">${c.name}</h3>${c.description && html`<p>${c.description}</p>`}<p class="detail-emotion">${faceHtml({ emotion: c.emotion, size: 22, decorative: true })}<span><strong>${signed(c.emotion)}</strong> ${c.emotionLabel}</span>${c.momentOfTruth && html`<span class="badge mot-badge"><span aria-hidden="true">◆</span> ${m.journey.momentOfTruth}</span>`}</p>${
    c.personaEmotions.length > 0 &&
    html`<ul class="persona-emotions">${c.personaEmotions.map((p) => html`<li>${faceHtml({ emotion: p.emotion, size: 16, decorative: true })} ${p.name}: <strong>${signed(p.emotion)}</strong> ${p.label}</li>`)}</ul>`
  }<dl class="facts"><div><dt>${d.channel}</dt><dd>${c.channel.label} (${c.channel.online ? d.online : d.offline})</dd></div>${c.category && html`<div><dt>${d.category}</dt><dd>${c.category.replace(/-/g, " ")}</dd></div>`}<div><dt>${d.control}</dt><dd>${m.map.control[c.control]}</dd></div><div><dt>${d.owner}</dt><dd>${c.owner ?? html`<span class="missing">${d.noOwner}</span>`}</dd></div>${c.importance !== undefined && html`<div><dt>${d.importance}</dt><dd>${c.importance} / 5</dd></div>`}${c.satisfaction !== undefined && html`<div><dt>${d.satisfaction}</dt><dd>${c.satisfaction} / 5</dd></div>`}<div><dt>${d.confidence}</dt><dd>${c.confidence === "validated" ? d.validated : d.hypothesis}</dd></div></dl>${gapListHtml(gaps)}${titled(d.does, c.does && html`<p>${c.does}</p>`)}${titled(d.thinks, c.thinks && html`<p class="thought">“${c.thinks}”</p>`)}${titled(d.feels, c.feels && html`<p>${c.feels}</p>`)}${titled(d.pains, list(c.pains, "items items-pains"))}${titled(d.highlights, list(c.highlights, "items items-highlights"))}${titled(
    d.opportunities,
    c.opportunities.length > 0 &&
      html`<ul class="items items-opportunities">${c.opportunities.map((o) => html`<li>${o.text}${(o.status !== "idea" || o.owner) && html` <span class="${classList("opportunity-status", o.status)}">${opportunityStatusLabel(o.status, locale)}${o.owner && ` · ${o.owner}`}</span>`}</li>`)}</ul>`,
  )}${titled(
    d.systems,
    c.systems.length > 0 &&
      html`<ul class="systems">${c.systems.map((s) => html`<li><strong>${s.name}</strong>${s.data && s.data.length > 0 && html`<span class="data">${s.data.join(", ")}</span>`}${s.action && html`<span class="muted action">${s.action}</span>`}</li>`)}</ul>`,
  )}${titled(d.needs, list(c.needs))}${titled(d.kpis, c.kpis.length > 0 && html`<ul class="chips">${c.kpis.map((k) => html`<li>${kpiBadgeHtml(k)}</li>`)}</ul>`)}${titled(
    d.evidence,
    c.evidence.length > 0 &&
      html`<ul class="evidence">${c.evidence.map((e) => html`<li><span class="badge">${d.evidenceTypes[e.type]}</span>${e.type === "quote" ? html`<q>${e.text}</q>` : html`<span>${e.text}</span>`}<span class="muted source">${e.url ? html`<a${attr("href", e.url)} rel="noopener noreferrer nofollow">${e.source}</a>` : e.source}, ${formatDate(e.date, locale)}</span></li>`)}</ul>`,
  )}<p class="no-print back"><a href="#map-heading">${d.back}</a> ${editLinkHtml(edit)}</p></article>`;
}

/** The touchpoint's gaps, worst first, each with its suggested action; nothing without gaps. */
function gapListHtml(gaps: TouchpointGaps | undefined): Html | undefined {
  if (!gaps) return undefined;
  const m = ui().ui;
  return html`<h4>${m.details.gapsShort}</h4><ul class="tp-gaps">${gaps.items.map(
    (item) =>
      html`<li class="severity-${item.severity}"><span class="status-icon" aria-hidden="true">${item.icon}</span><span><span class="tp-gap-severity">${item.severityLabel}:</span> ${item.title}<span class="tp-gap-action"><span aria-hidden="true">→</span> <span class="visually-hidden">${m.gapItem.suggested}</span>${item.action}</span></span></li>`,
  )}</ul><p class="tp-gaps-link no-print"><a href="${gaps.href}">${m.details.inGapReport}</a></p>`;
}

/** Every card of a journey page, for `<Fragment set:html={touchpointCardsHtml(…).chunks()} />`. */
export function touchpointCardsHtml(columns: readonly MapColumn[], gaps: Record<string, TouchpointGaps>, edit: (touchpoint: string) => EditLinkView | undefined): Html {
  return html`${columns.map((c) => touchpointCardHtml(c, gaps[c.id], edit(c.id)))}`;
}
