import type { Evidence, Journey, Opportunity, System, Touchpoint } from "../model/index.ts";
import type { Analysis } from "../analysis/analyse.ts";
import type { KpiStatusName } from "../analysis/kpi-status.ts";
import type { RedesignComparison } from "../analysis/redesign.ts";
import { emotionCurveLayout, type CurveInput, type CurveLayout } from "./emotion-curve.layout.ts";
import { emotionLabel } from "./emotion.ts";
import { mermaidJourney } from "../output/mermaid-journey.ts";
import { t, type Locale } from "../i18n/index.ts";
import { localChannel } from "../model/channel.ts";

/** Width of one touchpoint column in CSS pixels; the curve's points sit at the centre of each. */
export const COLUMN_WIDTH = 176;

export interface KpiChip {
  id: string;
  name: string;
  status: KpiStatusName;
  /** The latest measurement is older than the KPI's cadence allows. */
  stale: boolean;
}

export interface MapColumn {
  /** A stage with no touchpoints shows one empty column, so it is still on the map. */
  placeholder?: boolean;
  id: string;
  index: number;
  name: string;
  description?: string;
  stageId: string;
  stageName: string;
  channel: { id: string; label: string; online: boolean };
  category?: string;
  control: Touchpoint["control"];
  owner?: string;
  emotion: number;
  emotionLabel: string;
  /** How each persona feels here, when the touchpoint tells them apart (`emotions`). */
  personaEmotions: { id: string; name: string; emotion: number; label: string }[];
  momentOfTruth: boolean;
  confidence: Touchpoint["confidence"];
  importance?: number;
  satisfaction?: number;
  does?: string;
  thinks?: string;
  feels?: string;
  pains: string[];
  highlights: string[];
  opportunities: Opportunity[];
  systems: System[];
  needs: string[];
  evidence: Evidence[];
  kpis: KpiChip[];
}

export interface MapStage {
  id: string;
  /** 1-based, in the journey: a printed part that starts at stage 4 still says 4. */
  number: number;
  name: string;
  goal?: string;
  start: number;
  count: number;
  kpis: KpiChip[];
}

export type LaneId = "does" | "thinks" | "feels" | "emotion" | "pains" | "highlights" | "opportunities" | "owner" | "systems" | "kpis" | "evidence";

export interface Lane {
  id: LaneId;
  label: string;
  /** Lanes with nothing in any column are left out of the map. */
  empty: boolean;
}

export interface JourneyMapView {
  journey: Journey;
  personas: { id: string; name: string; role: string }[];
  stages: MapStage[];
  columns: MapColumn[];
  /** The real touchpoints, without the empty columns that stand in for empty stages. */
  touchpoints: MapColumn[];
  momentsOfTruth: number;
  lanes: Lane[];
  /** The lanes the map shows and the toolbar can toggle: those with content. */
  visibleLanes: Lane[];
  curve: CurveLayout;
  filters: { channels: { id: string; label: string }[]; owners: string[]; confidences: string[] };
  mermaid: string;
  /** For a future-state journey: the current-state journey it redesigns, to compare curves. */
  comparison?: { journey: Journey; redesign: RedesignComparison };
  redesignedBy: { id: string; title: string }[];
  /** On paper the map is cut into parts of whole stages, at most PRINT_COLUMNS wide, so text stays legible and no word breaks. */
  printParts: { columns: MapColumn[]; stages: MapStage[]; curve: CurveLayout }[];
}

/** Touchpoint columns per printed part of the map: 12 fit an A3 landscape page at 7 pt. */
export const PRINT_COLUMNS = 12;

// The curve comes first: it is what a stakeholder looks at before reading anything.
const LANES: [LaneId, string][] = [
  ["emotion", "Emotion"],
  ["does", "Does"],
  ["thinks", "Thinks"],
  ["feels", "Feels"],
  ["pains", "Pain points"],
  ["highlights", "Highlights"],
  ["opportunities", "Opportunities"],
  ["owner", "Owner"],
  ["systems", "Systems & data"],
  ["kpis", "KPIs"],
  ["evidence", "Evidence"],
];

/** Everything the journey page shows, computed once: the grid's columns and lanes, the curve, filters, mermaid. */
export function journeyMapView(analysis: Analysis, journeyId: string): JourneyMapView {
  const analysed = analysis.journey(journeyId);
  if (!analysed) throw new Error(`no journey \`${journeyId}\``);
  const { index } = analysis;
  const { journey, current, redesign } = analysed;
  const { columns, stages } = layoutColumns(analysis, journey);
  const words = t(analysis.locale).ui.map;
  const curve = curveOf(journey, COLUMN_WIDTH);
  const lanes = LANES.map(([id]) => ({ id, label: words.lanes[id], empty: id !== "emotion" && columns.every((c) => c.placeholder || laneIsEmpty(c, id)) }));
  const real = columns.filter((c) => !c.placeholder);
  return {
    journey,
    personas: journey.persona.flatMap((id) => {
      const p = index.personas.get(id)?.data;
      return p ? [{ id: p.id, name: p.name, role: p.role }] : [];
    }),
    stages,
    columns,
    touchpoints: real,
    momentsOfTruth: real.filter((c) => c.momentOfTruth).length,
    lanes,
    visibleLanes: lanes.filter((l) => !l.empty),
    curve,
    filters: {
      channels: uniqueBy(real.map((c) => c.channel), (c) => c.id).map((c) => ({ id: c.id, label: c.label })),
      owners: [...new Set(real.flatMap((c) => (c.owner ? [c.owner] : [])))].sort(),
      confidences: [...new Set(real.map((c) => c.confidence))].sort(),
    },
    mermaid: mermaidJourney(journey, journey.persona.map((id) => index.personas.get(id)?.data.name ?? id)),
    comparison: current && redesign ? { journey: current, redesign } : undefined,
    redesignedBy: analysed.redesignedBy.map((j) => ({ id: j.id, title: j.title })),
    printParts: printParts(columns, stages, analysis.locale),
  };
}

function layoutColumns(analysis: Analysis, journey: Journey): { columns: MapColumn[]; stages: MapStage[] } {
  const { index } = analysis;
  const columns: MapColumn[] = [];
  const stages: MapStage[] = [];
  const chip = (id: string): KpiChip[] => {
    const kpi = analysis.kpi(id);
    return kpi ? [{ id, name: kpi.kpi.name, status: kpi.status.status, stale: kpi.status.stale }] : [];
  };
  for (const stage of journey.stages) {
    stages.push({
      id: stage.id,
      number: stages.length + 1,
      name: stage.name,
      goal: stage.goal,
      start: columns.length,
      count: Math.max(1, stage.touchpoints.length),
      kpis: index.stageKpis(journey, stage).flatMap((k) => chip(k.id)),
    });
    if (stage.touchpoints.length === 0) columns.push(placeholderColumn(stage.id, stage.name, columns.length, t(analysis.locale).ui.map.noTouchpoints));
    for (const tp of stage.touchpoints) {
      columns.push({
        id: tp.id,
        index: columns.length,
        name: tp.name,
        description: tp.description,
        stageId: stage.id,
        stageName: stage.name,
        channel: localChannel(index.channel(tp.channel), analysis.locale),
        category: tp.category,
        control: tp.control,
        owner: tp.owner,
        emotion: tp.emotion,
        emotionLabel: emotionLabel(tp.emotion, analysis.locale),
        personaEmotions: Object.entries(tp.emotions ?? {}).map(([id, emotion]) => ({ id, name: index.personas.get(id)?.data.name ?? id, emotion, label: emotionLabel(emotion, analysis.locale) })),
        momentOfTruth: tp.moment_of_truth,
        confidence: tp.confidence,
        importance: tp.importance,
        satisfaction: tp.satisfaction,
        does: tp.does,
        thinks: tp.thinks,
        feels: tp.feels,
        pains: tp.pains,
        highlights: tp.highlights,
        opportunities: tp.opportunities,
        systems: tp.systems,
        needs: tp.needs,
        evidence: tp.evidence,
        kpis: tp.kpis.flatMap(chip),
      });
    }
  }
  return { columns, stages };
}

/**
 * Whole stages per part while they fit PRINT_COLUMNS; a stage longer than that is split, its later parts
 * named "(continued)". Each part gets its own curve over its own columns.
 */
function printParts(columns: readonly MapColumn[], stages: readonly MapStage[], locale: Locale = "en"): JourneyMapView["printParts"] {
  const parts: { columns: MapColumn[]; stages: MapStage[] }[] = [];
  let part: { columns: MapColumn[]; stages: MapStage[] } = { columns: [], stages: [] };
  for (const stage of stages) {
    let rest = columns.slice(stage.start, stage.start + stage.count);
    let piece = 0;
    while (rest.length > 0) {
      const room = PRINT_COLUMNS - part.columns.length;
      if (room < rest.length && part.columns.length > 0) {
        parts.push(part);
        part = { columns: [], stages: [] };
        continue;
      }
      const take = rest.slice(0, PRINT_COLUMNS);
      part.stages.push({ ...stage, name: piece > 0 ? t(locale).ui.map.continued(stage.name) : stage.name, start: part.columns.length, count: take.length });
      part.columns.push(...take);
      rest = rest.slice(take.length);
      piece++;
    }
  }
  if (part.columns.length > 0) parts.push(part);
  return parts.map((p) => {
    const points = p.columns.flatMap((c, column) => (c.placeholder ? [] : [{ column, id: c.id, name: c.name, emotion: c.emotion, momentOfTruth: c.momentOfTruth }]));
    const curve = emotionCurveLayout(points, p.stages.map((s) => ({ id: s.id, name: s.name, start: s.start, count: s.count })), p.columns.length, COLUMN_WIDTH);
    return { ...p, curve };
  });
}

/** The curve over the same columns as the map: one point per touchpoint, an empty column per empty stage. */
export function curveOf(journey: Journey, columnWidth: number): CurveLayout {
  const stages: { id: string; name: string; start: number; count: number }[] = [];
  const points: CurveInput[] = [];
  let column = 0;
  for (const stage of journey.stages) {
    const count = Math.max(1, stage.touchpoints.length);
    stages.push({ id: stage.id, name: stage.name, start: column, count });
    stage.touchpoints.forEach((tp, i) => points.push({ column: column + i, id: tp.id, name: tp.name, emotion: tp.emotion, momentOfTruth: tp.moment_of_truth }));
    column += count;
  }
  return emotionCurveLayout(points, stages, column, columnWidth);
}

function placeholderColumn(stageId: string, stageName: string, index: number, name = "No touchpoints yet"): MapColumn {
  return {
    placeholder: true, id: `${stageId}-empty`, index, name, stageId, stageName,
    channel: { id: "", label: "", online: false }, control: "owned", emotion: 0, emotionLabel: "", personaEmotions: [], momentOfTruth: false,
    confidence: "hypothesis", pains: [], highlights: [], opportunities: [], systems: [], needs: [], evidence: [], kpis: [],
  };
}

function laneIsEmpty(c: MapColumn, lane: LaneId): boolean {
  switch (lane) {
    case "does":
    case "thinks":
    case "feels":
    case "owner":
      return !c[lane];
    case "pains":
    case "highlights":
    case "opportunities":
    case "systems":
    case "kpis":
    case "evidence":
      return c[lane].length === 0;
    case "emotion":
      return false;
  }
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
