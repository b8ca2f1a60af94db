// The journey map's emotion curve as markup text (see html.ts): a journey page draws it on screen and once per
// printed part of the map, forty-odd points each. A point's eyes and mouth point at a shape drawn once per page
// (FaceSymbols.astro), as the face icons do; its disc stays here, for the highlight. Styles: styles/emotion-curve.css.
import type { CurveLayout } from "../views/emotion-curve.layout.ts";
import { emotionClass, emotionLabel, signed } from "../views/emotion.ts";
import { pointFaceId } from "../views/face.ts";
import { siteLocale, ui } from "../views/ui.ts";
import { attr, classList, html, type Html } from "./html.ts";

export interface EmotionCurveProps {
  layout: CurveLayout;
  /** Unique on the page: clip-path ids derive from it. */
  id: string;
  title: string;
  /** Points link to the map's columns (journey page) or not (thumbnails). */
  interactive?: boolean;
  showStageNames?: boolean;
  /** Labels −2 … +2 at the left edge, where no y axis column exists (the map). */
  showScale?: boolean;
}

/** The dot's radius. */
const R = 9;

export function emotionCurveHtml({ layout, id, title, interactive = false, showStageNames = false, showScale = false }: EmotionCurveProps): Html {
  const locale = siteLocale();
  const m = ui();
  const top = showStageNames ? 18 : 0;
  const height = layout.height + top;
  const description =
    layout.points.length === 0
      ? `${m.ui.overview.noTouchpoints}.`
      : `${layout.points.length} ${m.ui.filter.nouns.touchpoints}. ` +
        layout.points.map((p) => `${p.name}: ${signed(p.emotion)} (${emotionLabel(p.emotion, locale).toLowerCase()})${p.momentOfTruth ? m.ui.overview.mot : ""}`).join("; ") +
        (layout.lowest ? m.ui.overview.lowest(layout.lowest.name, signed(layout.lowest.emotion)) : "");
  const bands = layout.bands.map(
    (band, i) =>
      html`<g class="band"><rect x="${band.x}" y="${-top}" width="${band.width}" height="${height}" class="${classList("band-bg", { alt: i % 2 === 1 })}"></rect>${showStageNames && band.width > 0 && html`<text x="${band.x + 8}" y="-5" class="band-label">${band.name}</text>`}</g>`,
  );
  const levels = layout.levels.map((level) => html`<line x1="0" x2="${layout.width}" y1="${level.y}" y2="${level.y}" class="${classList("gridline", { zero: level.emotion === 0 })}"></line>`);
  const scale = showScale && layout.levels.map((level) => html`<text x="4" y="${level.y + 3.5}" class="scale-label">${signed(level.emotion)}</text>`);
  const points = layout.points.map(
    (p) =>
      html`<g class="${classList("point", emotionClass(p.emotion), { mot: p.momentOfTruth })}"${attr("data-touchpoint", interactive ? p.id : undefined)} transform="translate(${p.x} ${p.y})">${p.momentOfTruth && html`<path class="mot-ring" d="M0 ${-R - 5} L${R + 5} 0 L0 ${R + 5} L${-R - 5} 0 Z"></path>`}<circle r="${R}" fill="var(--emotion)" class="dot"></circle><use href="#${pointFaceId(p.emotion)}"></use></g>`,
  );
  return html`<svg class="curve"${attr("id", id)} width="${layout.width}" height="${height}" viewBox="0 ${-top} ${layout.width} ${height}" role="img"${attr("aria-labelledby", `${id}-title ${id}-desc`)}><title${attr("id", `${id}-title`)}>${title}</title><desc${attr("id", `${id}-desc`)}>${description}</desc><defs><clipPath${attr("id", `${id}-above`)}><rect x="0" y="${-top}" width="${layout.width}" height="${layout.zeroY + top}"></rect></clipPath><clipPath${attr("id", `${id}-below`)}><rect x="0" y="${layout.zeroY}" width="${layout.width}" height="${layout.height - layout.zeroY}"></rect></clipPath></defs>${bands}${levels}${scale}${layout.area && html`<path${attr("d", layout.area)} class="area-pos"${attr("clip-path", `url(#${id}-above)`)}></path>`}${layout.area && html`<path${attr("d", layout.area)} class="area-neg"${attr("clip-path", `url(#${id}-below)`)}></path>`}${layout.line && html`<path${attr("d", layout.line)} class="line"></path>`}${points}</svg>`;
}
