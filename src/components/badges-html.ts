// The small pieces a page repeats hundreds of times, as markup text (see html.ts): the face icon, a KPI's badge, a
// touchpoint's gap badge and the edit link. Their .astro components render these, so there is one markup for each;
// their styles are global (styles/badges.css), as markup written here carries no Astro scope class.
import { KPI_STATUS_ICONS, type KpiStatusName } from "../analysis/kpi-status.ts";
import { emotionClass, emotionLabel } from "../views/emotion.ts";
import { faceSymbolId } from "../views/face.ts";
import { href } from "../views/href.ts";
import type { TouchpointGaps } from "../views/journey-gaps.ts";
import type { EditLinkView } from "../views/source-links.ts";
import { siteLocale, ui } from "../views/ui.ts";
import { attr, classList, html, type Html } from "./html.ts";

export interface FaceProps {
  emotion: number;
  size?: number;
  /** Decorative where the emotion is also written out next to it. */
  decorative?: boolean;
}

/** The face icon of an emotion: it points at the symbol drawn once per page (FaceSymbols.astro). */
export function faceHtml({ emotion, size = 20, decorative = false }: FaceProps): Html {
  const label = decorative ? undefined : `${ui().ui.map.lanes.emotion} ${emotion}: ${emotionLabel(emotion, siteLocale())}`;
  return html`<svg class="face ${emotionClass(emotion)}" width="${size}" height="${size}" viewBox="0 0 20 20"${attr("role", decorative ? undefined : "img")}${attr("aria-hidden", decorative ? "true" : undefined)}${attr("aria-label", label)}><use href="#${faceSymbolId(emotion)}"></use></svg>`;
}

export interface KpiBadgeProps {
  id: string;
  name: string;
  status: KpiStatusName;
  /** The latest value is older than the KPI's cadence allows: shown with a clock, and said. */
  stale?: boolean;
  link?: boolean;
}

/** A KPI's name with its status: icon and colour, and the status in words for screen readers. */
export function kpiBadgeHtml({ id, name, status, stale = false, link = true }: KpiBadgeProps): Html {
  const all = ui();
  const inner = html`<span class="status-icon" aria-hidden="true">${KPI_STATUS_ICONS[status]}</span>${name}${stale && html`<span class="stale-mark" aria-hidden="true" title="${all.ui.kpi.stale}">⏱</span>`}<span class="visually-hidden">: ${all.kpiStatus[status]}${stale && all.ui.kpi.staleShort}</span>`;
  return link
    ? html`<a class="kpi-badge status-${status}" href="${href(`/kpis/#kpi-${id}`)}">${inner}</a>`
    : html`<span class="kpi-badge status-${status}">${inner}</span>`;
}

/** A touchpoint's gaps as a badge: the worst severity's icon and the count, linking to them; nothing without gaps. */
export function gapBadgeHtml(gaps: TouchpointGaps | undefined): Html | undefined {
  if (!gaps) return undefined;
  return html`<a class="gap-badge severity-${gaps.worst}" href="${gaps.href}" data-gap-count="${gaps.count}" data-gap-worst="${gaps.worst}"><span class="status-icon" aria-hidden="true">${gaps.icon}</span><span aria-hidden="true">${gaps.count}</span><span class="visually-hidden">${gaps.label}</span></a>`;
}

/** "Edit this …" with a pencil: the YAML behind it on GitHub; nothing without a repository. */
export function editLinkHtml(link: EditLinkView | undefined, className?: string): Html | undefined {
  if (!link) return undefined;
  return html`<a class="${classList("edit-link", "no-print", className)}"${attr("href", link.href)}${attr("title", link.file)} rel="noopener noreferrer"><svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16"><path d="M11.5 1.5l3 3L5 14H2v-3z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"></path></svg>${link.label}</a>`;
}
