import type { JourneyAnalysis } from "../analysis/analyse.ts";
import type { Touchpoint } from "../model/index.ts";
import { emotionLabel, signed } from "../model/vocabulary.ts";
import { t, type Locale } from "../i18n/index.ts";
import type { TouchpointGaps } from "./journey-gaps.ts";
import { mergedStages, overviewLayout, seriesPoints, type OverviewLayout, type SeriesInput, type SeriesRole } from "./journey-overview.layout.ts";

export interface OverviewTouchpoint {
  id: string;
  /** 1-based, in journey order: the same number on the curve's marker and in the list. */
  number: number;
  name: string;
  emotion: number;
  emotionLabel: string;
  momentOfTruth: boolean;
  gaps?: TouchpointGaps;
}

export interface OverviewStage {
  id: string;
  number: number;
  name: string;
  goal?: string;
  touchpoints: OverviewTouchpoint[];
  /** The stage's worst pain: the first pain of its lowest touchpoint (a moment of truth first on a tie). */
  worstPain?: { text: string; touchpoint: string; touchpointName: string };
  /** For a redesign: the mean emotion gained against today, `▲ +1.5`; `new stage` / `only today`. */
  change?: { text: string; direction: "up" | "down" | "same" | "new" | "removed" };
  /** A stage only today's journey has: shown as a band so both curves share the axis. */
  onlyToday: boolean;
}

export interface JourneyOverviewView {
  chart: OverviewLayout;
  stages: OverviewStage[];
  /** A legend when more than one curve is drawn; persona curves carry their index for a distinct line style. */
  legend: { id: string; label: string; role: SeriesRole; index: number }[];
  start?: string;
  end?: string;
  /** Numbers drawn in the markers only while they fit: dots alone past this many touchpoints. */
  numbered: boolean;
  /** For screen readers: the curve in words. */
  description: string;
}

/** Markers carry numbers up to this many touchpoints; the lists below always number them. */
const NUMBERED_UP_TO = 40;

/** The journey at a glance: stage bands, every touchpoint's name, the curve over the full width, gaps and the worst pains. */
export function journeyOverviewView(analysed: JourneyAnalysis, gaps: Record<string, TouchpointGaps>, personaName: (id: string) => string, locale: Locale = "en"): JourneyOverviewView {
  const words = t(locale).ui.overview;
  const { journey, current, redesign } = analysed;
  const stages = mergedStages(journey, current);
  // Personas get a curve each once any touchpoint tells them apart; the plain `emotion` stays the overall curve.
  const touchpoints = journey.stages.flatMap((s) => s.touchpoints);
  const perPersona = journey.persona.length > 1 && touchpoints.some((t) => t.emotions && Object.keys(t.emotions).length > 0);
  const overall = journey.state === "future" ? words.redesign : perPersona ? words.allPersonas : journey.title;
  const series: SeriesInput[] = [{ id: journey.id, label: overall, role: "main", points: seriesPoints(journey) }];
  if (current) series.unshift({ id: current.id, label: words.today, role: "compare", points: seriesPoints(current) });
  if (perPersona) {
    for (const id of journey.persona) series.push({ id: `persona-${id}`, label: personaName(id), role: "persona", points: seriesPoints(journey, (t) => (t.emotions && Object.hasOwn(t.emotions, id) ? t.emotions[id]! : t.emotion)) });
  }
  const chart = overviewLayout(stages.map((s) => ({ id: s.id, name: s.name })), series);

  let number = 0;
  const own = new Set(journey.stages.map((s) => s.id));
  const overviewStages = stages.map((stage, i): OverviewStage => {
    const mine = own.has(stage.id) ? journey.stages.find((s) => s.id === stage.id)! : undefined;
    const touchpoints = (mine?.touchpoints ?? []).map((t) => ({
      id: t.id,
      number: ++number,
      name: t.name,
      emotion: t.emotion,
      emotionLabel: emotionLabel(t.emotion, locale),
      momentOfTruth: t.moment_of_truth,
      gaps: gaps[t.id],
    }));
    const compared = redesign?.stages.find((s) => s.id === stage.id);
    return {
      id: stage.id,
      number: i + 1,
      name: stage.name,
      goal: stage.goal,
      touchpoints,
      worstPain: mine ? worstPain(mine.touchpoints) : undefined,
      change: compared ? stageChange(compared, words) : undefined,
      onlyToday: !mine,
    };
  });

  const main = chart.series.find((s) => s.role === "main")!;
  const lowest = main.points.reduce<(typeof main.points)[number] | undefined>((low, p) => (!low || p.emotion < low.emotion ? p : low), undefined);
  const description =
    words.description(overviewStages.length, main.points.length) +
    overviewStages.map((s) => `${s.name} ${s.touchpoints.map((t) => signed(t.emotion)).join(", ") || words.noTouchpointsLower}`).join("; ") +
    (lowest ? words.lowest(lowest.name, signed(lowest.emotion)) : ".") +
    (current ? words.dashed : "") +
    (perPersona ? words.perPersona(chart.series.filter((s) => s.role === "persona").map((s) => `${s.label} ${s.points.map((p) => signed(p.emotion)).join(", ")}`).join("; ")) : "");
  return {
    chart,
    stages: overviewStages,
    legend: chart.series.length > 1 ? chart.series.map((s) => ({ id: s.id, label: s.label, role: s.role, index: chart.series.filter((x) => x.role === "persona").indexOf(s) })) : [],
    start: journey.start,
    end: journey.end,
    numbered: main.points.length <= NUMBERED_UP_TO,
    description,
  };
}

function worstPain(touchpoints: readonly Touchpoint[]): OverviewStage["worstPain"] {
  const painful = touchpoints.filter((t) => t.pains.length > 0);
  const worst = painful.reduce<Touchpoint | undefined>(
    (low, t) => (!low || t.emotion < low.emotion || (t.emotion === low.emotion && t.moment_of_truth && !low.moment_of_truth) ? t : low),
    undefined,
  );
  return worst ? { text: worst.pains[0]!, touchpoint: worst.id, touchpointName: worst.name } : undefined;
}

function stageChange(s: { current?: number; future?: number; gain?: number }, words = t("en").ui.overview): OverviewStage["change"] {
  if (s.gain === undefined) return s.current === undefined ? { text: words.newStage, direction: "new" } : { text: words.onlyTodayStage, direction: "removed" };
  if (s.gain === 0) return { text: words.noChange, direction: "same" };
  return { text: words.vsToday(signed(s.gain)), direction: s.gain > 0 ? "up" : "down" };
}
