import type { Analysis } from "../analysis/analyse.ts";
import type { Journey, Persona } from "../model/index.ts";
import { signed } from "./emotion.ts";
import { t } from "../i18n/index.ts";
import { href } from "./href.ts";
import { personaCurvesLayout, type OverlayBand, type OverlayCurve, type OverlayPoint, type PersonaCurvesLayout } from "./persona-curves.layout.ts";
import { compareText } from "../i18n/text-order.ts";

export interface PersonaSummary {
  id: string;
  name: string;
  role: string;
  initials: string;
  /** `41 · Utrecht, the Netherlands`: whichever of the two the persona has. */
  meta?: string;
  quote?: string;
  /** The first goals, enough to tell personas apart on the index. */
  goals: string[];
  moreGoals: number;
  moreText: string;
  journeys: number;
  journeysText: string;
}

export interface PersonaList {
  id: "goals" | "motivations" | "challenges" | "doubts";
  label: string;
  items: string[];
}

export interface PersonaJourney {
  id: string;
  title: string;
  state: Journey["state"];
  touchpoints: number;
  curve: OverlayCurve;
  /** Where the curve starts, dips lowest and ends (or its only point), each linking to its touchpoint. */
  landmarks: { key: "start" | "lowest" | "end" | "only"; label: string; point: OverlayPoint }[];
  /** `solid line`, in the site's language. */
  lineText: string;
  stateLabel: string;
  touchpointsText: string;
}

export interface PersonaPageView {
  persona: Persona;
  initials: string;
  /** The photo's URL: a path under public/ gets the site's base. */
  photo?: string;
  /** Age, location and income, where given. */
  facts: { label: string; value: string }[];
  /** Goals, motivations, challenges and doubts that have something in them. */
  lists: PersonaList[];
  /** Says / thinks / does / feels, in the empathy map's usual reading order; absent when the persona has none. */
  empathy?: { id: "says" | "thinks" | "does" | "feels"; label: string; items: string[] }[];
  /** The journeys whose curves the chart overlays: the first CURVES_SHOWN by title. */
  journeys: PersonaJourney[];
  /** The persona's other journeys, as links: a chart of a hundred curves reads as none, and the page must stay small. */
  more: { id: string; title: string; href: string; stateLabel: string; touchpointsText: string }[];
  chart: PersonaCurvesLayout;
  /** The chart's text alternative: each curve's start, lowest point and end. */
  chartDescription: string;
  /** The page's sentences around the chart, in the site's language. */
  text: { journeysBadge: string; chartTitle: string; lead: string; notMapped: string; caption: string; more: string };
}

/** More curves than this on one chart cannot be told apart. */
export const CURVES_SHOWN = 8;

const GOALS_ON_CARD = 2;

/** The persona index: one summary per persona, by name. */
export function personaSummaries({ index, locale }: Analysis): PersonaSummary[] {
  const words = t(locale).ui.personas;
  return [...index.personas.values()]
    .map(({ data: p }) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      initials: initialsOf(p.name),
      meta: [p.age === undefined ? undefined : `${p.age}`, p.location].filter(Boolean).join(" · ") || undefined,
      quote: p.quote,
      goals: p.goals.slice(0, GOALS_ON_CARD),
      moreGoals: Math.max(0, p.goals.length - GOALS_ON_CARD),
      moreText: words.more(Math.max(0, p.goals.length - GOALS_ON_CARD)),
      journeys: index.journeysOf(p.id).length,
      journeysText: index.journeysOf(p.id).length === 0 ? words.notInJourney : words.inJourneys(index.journeysOf(p.id).length),
    }))
    .sort((a, b) => compareText(a.name, b.name));
}

/** Everything the persona page shows: the profile, and the journeys naming the persona with their curves overlaid. */
export function personaPageView({ index, locale }: Analysis, personaId: string): PersonaPageView {
  const all = t(locale).ui;
  const words = all.personas;
  const persona = index.personas.get(personaId)?.data;
  if (!persona) throw new Error(`no persona \`${personaId}\``);
  // By title, so a redesign ("… (2027 redesign)") follows the journey it redesigns.
  const every = [...index.journeysOf(personaId)].sort((a, b) => compareText(a.title, b.title));
  const journeys = every.slice(0, CURVES_SHOWN);
  const { bands, bandOf } = stageBands(journeys, words.stageN);
  const chart = personaCurvesLayout(
    journeys.map((j) => ({ id: j.id, title: j.title, points: j.stages.flatMap((s, i) => s.touchpoints.map((t) => ({ id: t.id, name: t.name, emotion: t.emotion, band: bandOf(s.id, i) }))) })),
    720,
    300,
    bands,
    words.ticks,
  );
  const views = journeys.map((j, i): PersonaJourney => {
    const curve = chart.curves[i]!;
    return {
      id: j.id,
      title: j.title,
      state: j.state,
      stateLabel: j.state === "future" ? all.state.future : all.state.current,
      touchpoints: curve.points.length,
      touchpointsText: words.touchpoints(curve.points.length),
      lineText: words.line(words.styles[curve.style] ?? curve.style),
      curve,
      landmarks: landmarksOf(curve, words.landmarks),
    };
  });
  const lists: PersonaList[] = [
    { id: "goals", label: words.lists.goals, items: persona.goals },
    { id: "motivations", label: words.lists.motivations, items: persona.motivations },
    { id: "challenges", label: words.lists.challenges, items: persona.challenges },
    { id: "doubts", label: words.lists.doubts, items: persona.doubts },
  ];
  const { empathy } = persona;
  return {
    persona,
    initials: initialsOf(persona.name),
    photo: persona.photo && (persona.photo.startsWith("https://") ? persona.photo : href(persona.photo)),
    facts: [
      { label: words.facts.age, value: persona.age === undefined ? "" : `${persona.age}` },
      { label: words.facts.location, value: persona.location ?? "" },
      { label: words.facts.income, value: persona.income ?? "" },
    ].filter((f) => f.value),
    lists: lists.filter((l) => l.items.length > 0),
    empathy: empathy && [
      { id: "says", label: words.quadrants.says, items: empathy.says },
      { id: "thinks", label: words.quadrants.thinks, items: empathy.thinks },
      { id: "does", label: words.quadrants.does, items: empathy.does },
      { id: "feels", label: words.quadrants.feels, items: empathy.feels },
    ],
    journeys: views,
    more: every.slice(CURVES_SHOWN).map((j) => ({
      id: j.id,
      title: j.title,
      href: href(`/journeys/${j.id}/`),
      stateLabel: j.state === "future" ? all.state.future : all.state.current,
      touchpointsText: words.touchpoints(j.stages.reduce((sum, s) => sum + s.touchpoints.length, 0)),
    })),
    chart,
    chartDescription: describeCurves(views, words),
    text: {
      journeysBadge: words.inJourneys(every.length),
      chartTitle: words.curvesTitle(persona.name),
      lead: words.curvesLead(persona.name),
      notMapped: words.notMapped(persona.name),
      more: words.moreJourneys(Math.max(0, every.length - CURVES_SHOWN), CURVES_SHOWN),
      caption: `${bands.length > 0 && bands[0]!.key.startsWith("#") ? words.captionPositions : words.captionShared} ${words.hover}`,
    },
  };
}

/**
 * The stage axis the persona's journeys share. Journeys that share stage ids (today and its redesign) line up
 * stage by stage; journeys with stages of their own line up by stage position (1st stage, 2nd stage, …).
 */
function stageBands(journeys: readonly Journey[], stageN: (i: number) => string = (i) => `Stage ${i}`): { bands: OverlayBand[]; bandOf: (stageId: string, index: number) => string } {
  const counts = new Map<string, number>();
  for (const j of journeys) for (const s of new Set(j.stages.map((x) => x.id))) counts.set(s, (counts.get(s) ?? 0) + 1);
  const sharesStages = journeys.length <= 1 || [...counts.values()].some((n) => n > 1);
  if (sharesStages) {
    // A stage one journey adds goes after the stage that precedes it in that journey.
    const merged: OverlayBand[] = [];
    for (const j of journeys) {
      let after = -1;
      for (const stage of j.stages) {
        const at = merged.findIndex((m) => m.key === stage.id);
        if (at >= 0) after = at;
        else merged.splice(++after, 0, { key: stage.id, label: stage.name });
      }
    }
    return { bands: merged, bandOf: (id) => id };
  }
  const most = Math.max(0, ...journeys.map((j) => j.stages.length));
  return {
    bands: Array.from({ length: most }, (_, i) => ({ key: `#${i + 1}`, label: stageN(i + 1) })),
    bandOf: (_, i) => `#${i + 1}`,
  };
}

function landmarksOf({ start, lowest, end, points }: OverlayCurve, labels: Record<"start" | "lowest" | "end" | "only", string>): PersonaJourney["landmarks"] {
  if (!start || !lowest || !end) return [];
  if (points.length === 1) return [{ key: "only", label: labels.only, point: start }];
  return [
    { key: "start", label: labels.start, point: start },
    { key: "lowest", label: labels.lowest, point: lowest },
    { key: "end", label: labels.end, point: end },
  ];
}

function describeCurves(journeys: readonly PersonaJourney[], words: ReturnType<typeof t>["ui"]["personas"]): string {
  if (journeys.length === 0) return words.noJourneys;
  const sentences = journeys.map(({ curve, state, touchpoints, landmarks }) => {
    const head = words.curveHead(curve.title, state === "future", words.styles[curve.style] ?? curve.style, touchpoints);
    const parts = landmarks.map(({ key, label, point }) => words.landmarkAt(key === "only" ? "" : label, signed(point.emotion), point.name));
    return `${head}: ${parts.length ? parts.join(", ") : words.noTouchpoints}.`;
  });
  return words.describe(sentences.join(" "));
}

/** `Sanne de Vries` → `SV`: the avatar when a persona has no photo. */
function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : [words[0] ?? name];
  return picked.map((w) => [...w][0]!.toUpperCase()).join("");
}
