import { ID_PATTERN, KNOWN_CHANNEL_IDS, STAGE_REF_PATTERN, type Journey } from "../model/index.ts";
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.ts";
import { formatPath } from "../diagnostics/diagnostic.ts";
import { didYouMean, listSome, Suggester } from "../diagnostics/suggest.ts";
import type { Content, Loaded } from "../model/content.ts";
import { checkDataNeeds } from "./check-data-needs.ts";
import { checkPersonaEmotions } from "./check-persona-emotions.ts";
import { derivedAnchors, isJourneyPageAnchor, mayBeDerivedAnchor } from "../model/page-anchors.ts";

type Path = readonly PropertyKey[];

/** Checks that span files: unique ids, references that resolve, future-state journeys that name a current one. */
export function crossCheck(content: Content, partial: PartialContent = { journeys: [], kpis: [] }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (doc: Loaded<unknown>, path: Path, rule: string, message: string, hint?: string, severity: Severity = "error") =>
    out.push({ severity, rule, message, hint, file: doc.file, ...doc.at(path), path: formatPath(path) || undefined });

  const journeys = uniqueById("journey", content.journeys, report);
  const personas = uniqueById("persona", content.personas, report);
  const kpis = uniqueById("KPI", content.kpis, report);
  const channelList = [...KNOWN_CHANNEL_IDS, ...content.config.channels.map((c) => c.id)];
  const channels = new Set<string>(channelList);
  const usedPersonas = new Set<string>();
  const usedKpis = new Set<string>();

  const broken = content.broken;
  const brokenIds: Record<string, Set<string>> = { journey: broken.journey.ids, persona: broken.persona.ids, KPI: broken.kpi.ids };
  // Each set of known ids is sorted and indexed for suggestions once, however many references miss it.
  const indexes = new Map<Map<string, unknown>, { ids: string[]; suggester: Suggester }>();
  const indexOf = (known: Map<string, unknown>) => {
    let index = indexes.get(known);
    if (!index) {
      const ids = [...known.keys()].sort();
      indexes.set(known, (index = { ids, suggester: new Suggester(ids) }));
    }
    return index;
  };
  const channelSuggester = new Suggester(channelList);
  const checkRef = (doc: Loaded<unknown>, path: Path, kind: string, id: string, known: Map<string, unknown>, used?: Set<string>) => {
    used?.add(id);
    // A file that failed to load already has its own errors; references to it are not problems of their own.
    if (known.has(id) || brokenIds[kind]?.has(id)) return;
    const { ids, suggester } = indexOf(known);
    const guess = suggester.suggest(id);
    const hint = guess ? `did you mean \`${guess}\`?` : ids.length ? `known ${kind}s: ${listSome(ids)}` : `add a ${kind} file first`;
    report(doc, path, `ref/unknown-${kind.toLowerCase()}`, `${kind} \`${id}\` does not exist`, hint);
  };
  const checkKpis = (doc: Loaded<unknown>, path: Path, ids: readonly (string | undefined)[]) =>
    ids.forEach((id, i) => id !== undefined && checkRef(doc, [...path, i], "KPI", id, kpis, usedKpis));

  for (const doc of content.journeys) {
    checkRedesign(doc, content, report);
    checkJourneyRefs(doc, refsOfJourney(doc.data), true);
  }
  // A journey that failed the schema still has its references checked, as far as their shapes are right:
  // one invalid touchpoint must not hide a persona typo elsewhere in the same file.
  for (const { doc, raw } of partial.journeys) checkJourneyRefs(doc, salvageJourney(raw), false);

  function checkJourneyRefs(doc: Loaded<unknown>, journey: JourneyRefs, valid: boolean): void {
    journey.persona.forEach((id, i) => id !== undefined && checkRef(doc, ["persona", i], "persona", id, personas, usedPersonas));
    const stageIds = new Map<string, Path>();
    const touchpointIds = new Map<string, Path>();
    journey.stages.forEach((stage, s) => {
      if (stage.id !== undefined) uniqueWithin(doc, "stage", stage.id, ["stages", s, "id"], stageIds, report);
      checkKpis(doc, ["stages", s, "kpis"], stage.kpis);
      stage.touchpoints.forEach((touchpoint, t) => {
        const at: Path = ["stages", s, "touchpoints", t];
        if (touchpoint.id !== undefined) uniqueWithin(doc, "touchpoint", touchpoint.id, [...at, "id"], touchpointIds, report);
        checkKpis(doc, [...at, "kpis"], touchpoint.kpis);
        if (touchpoint.channel !== undefined && !channels.has(touchpoint.channel)) {
          const guess = channelSuggester.suggest(touchpoint.channel);
          report(doc, [...at, "channel"], "ref/unknown-channel", `channel \`${touchpoint.channel}\` is not a known channel`,
            guess ? `did you mean \`${guess}\`? Custom channels go under \`channels\` in journeymap.config.yaml` : `known channels: ${listSome(channelList, 40)}; declare custom ones under \`channels\` in journeymap.config.yaml`);
        }
        if (valid && touchpoint.validatedWithoutEvidence) {
          report(doc, [...at, "confidence"], "evidence/validated-without-evidence", `touchpoint \`${touchpoint.id}\` is marked validated but cites no evidence`,
            "add the quote, survey or analytics figure under `evidence`, or set `confidence: hypothesis`", "warning");
        }
      });
    });
    // A touchpoint's id is its anchor on the journey page: it may not be one the page already gives a part of its own.
    let derived: Map<string, string> | undefined;
    for (const [id, at] of touchpointIds) {
      const taken = isJourneyPageAnchor(id) ? "a part of the journey page" : mayBeDerivedAnchor(id) ? (derived ??= derivedAnchors(journey)).get(id) : undefined;
      if (taken) report(doc, at, "ref/taken-anchor", `touchpoint id \`${id}\` is already the anchor of ${taken}: a link to the touchpoint would land there`, `choose another id, e.g. \`${id}-step\``);
    }
    const pathIds = new Map<string, Path>();
    journey.paths.forEach((p, i) => {
      if (p.id !== undefined) uniqueWithin(doc, "path", p.id, ["paths", i, "id"], pathIds, report);
      checkKpis(doc, ["paths", i, "kpis"], p.kpis);
      // Unknown touchpoints are only reported when every touchpoint of the journey could be read.
      if (!journey.allTouchpointsKnown) return;
      p.touchpoints.forEach((id, j) => {
        if (id === undefined || touchpointIds.has(id) || journey.otherTouchpointIds.has(id)) return;
        const { ids: known, suggester } = indexOf(touchpointIds);
        const guess = suggester.suggest(id);
        report(doc, ["paths", i, "touchpoints", j], "ref/unknown-touchpoint", `touchpoint \`${id}\` is not in journey${journey.id ? ` \`${journey.id}\`` : ""}`,
          guess ? `did you mean \`${guess}\`?` : `touchpoints of this journey: ${listSome(known)}`);
      });
    });
  }

  const checkStageRefs = (doc: Loaded<unknown>, kpiId: string | undefined, refs: readonly (string | undefined)[]) =>
    refs.forEach((ref, i) => {
      if (kpiId !== undefined) usedKpis.add(kpiId);
      if (ref === undefined) return;
      const [journeyId = "", stageId = ""] = ref.split("/");
      const journey = journeys.get(journeyId);
      if (!journey && broken.journey.ids.has(journeyId)) return;
      if (!journey) return checkRef(doc, ["stages", i], "journey", journeyId, journeys);
      const stages = journey.data.stages.map((s) => s.id);
      if (stages.includes(stageId)) return;
      const guess = didYouMean(stageId, stages);
      report(doc, ["stages", i], "ref/unknown-stage", `stage \`${stageId}\` is not in journey \`${journeyId}\``,
        guess ? `did you mean \`${journeyId}/${guess}\`?` : `stages of \`${journeyId}\`: ${stages.join(", ")}`);
    });
  for (const doc of content.kpis) checkStageRefs(doc, doc.data.id, doc.data.stages);
  for (const { doc, raw } of partial.kpis) {
    const { stages } = record(raw);
    checkStageRefs(doc, undefined, Array.isArray(stages) ? stages.map((s) => (typeof s === "string" && STAGE_REF_PATTERN.test(s) ? s : undefined)) : []);
  }

  for (const doc of content.personas) {
    if (!usedPersonas.has(doc.data.id) && content.journeys.length > 0 && broken.journey.count === 0) {
      report(doc, ["id"], "ref/unused-persona", `persona \`${doc.data.id}\` is in no journey`, "name it in a journey's `persona`, or remove the file", "warning");
    }
  }
  for (const doc of content.kpis) {
    if (!usedKpis.has(doc.data.id) && content.journeys.length > 0 && broken.journey.count === 0) {
      report(doc, ["id"], "ref/unused-kpi", `KPI \`${doc.data.id}\` measures no stage, touchpoint or path`, "list it in a stage's `kpis`, or add `stages: [journey-id/stage-id]`", "warning");
    }
  }
  out.push(...checkDataNeeds(content));
  out.push(...checkPersonaEmotions(content));
  return out;
}

type Report = (doc: Loaded<unknown>, path: Path, rule: string, message: string, hint?: string, severity?: Severity) => void;

/** Index documents by id, reporting every later duplicate at its `id` with the first one's place. */
function uniqueById<T extends { id: string }, D extends Loaded<T>>(kind: string, docs: readonly D[], report: Report): Map<string, D> {
  const byId = new Map<string, D>();
  for (const doc of docs) {
    const first = byId.get(doc.data.id);
    if (!first) {
      byId.set(doc.data.id, doc);
      continue;
    }
    const at = first.at(["id"]);
    report(doc, ["id"], "ref/duplicate-id", `${kind} id \`${doc.data.id}\` is already used in ${first.file}:${at.line}`, `${kind} ids must be unique: rename one of them`);
  }
  return byId;
}

function uniqueWithin(doc: Loaded<unknown>, kind: string, id: string, path: Path, seen: Map<string, Path>, report: Report): void {
  const first = seen.get(id);
  if (!first) {
    seen.set(id, path);
    return;
  }
  report(doc, path, "ref/duplicate-id", `${kind} id \`${id}\` is already used at line ${doc.at(first).line} of this journey`,
    `${kind} ids must be unique within a journey (they are the map's links): rename one of them`);
}

function checkRedesign(doc: Loaded<Journey>, content: Content, report: Report): void {
  const { state, redesigns, id } = doc.data;
  if (state === "current") {
    if (redesigns) report(doc, ["redesigns"], "ref/redesign-of-current", `journey \`${id}\` is a current-state journey but names \`${redesigns}\` in \`redesigns\``, "set `state: future`, or remove `redesigns`");
    return;
  }
  if (!redesigns) {
    report(doc, ["state"], "ref/future-without-current", `future-state journey \`${id}\` does not say which journey it redesigns`, "add `redesigns: <current-state journey id>`");
    return;
  }
  // With a duplicated id, any current journey of that id will do: the duplicate is reported on its own.
  const targets = content.journeys.filter((j) => j.data.id === redesigns);
  if (targets.length === 0 && !content.broken.journey.ids.has(redesigns)) {
    const ids = content.journeys.filter((j) => j.data.state === "current").map((j) => j.data.id).sort();
    const guess = didYouMean(redesigns, ids);
    report(doc, ["redesigns"], "ref/unknown-journey", `journey \`${redesigns}\` does not exist`, guess ? `did you mean \`${guess}\`?` : `current-state journeys: ${listSome(ids)}`);
  } else if (targets.length > 0 && targets.every((t) => t.data.state !== "current")) {
    report(doc, ["redesigns"], "ref/redesign-of-future", `\`${redesigns}\` is itself a future-state journey`, "a future-state journey redesigns a current-state one");
  }
}

/** A file that parsed as YAML but failed the schema: its plain value, and positions in it. */
export interface PartialDocument {
  doc: Loaded<unknown>;
  raw: unknown;
}

export interface PartialContent {
  journeys: PartialDocument[];
  kpis: PartialDocument[];
}

/** What the reference checks read of a journey; `undefined` marks a value whose shape is wrong (the schema reports it). */
interface JourneyRefs {
  id?: string;
  persona: (string | undefined)[];
  stages: { id?: string; kpis: (string | undefined)[]; touchpoints: { id?: string; kpis: (string | undefined)[]; channel?: string; validatedWithoutEvidence: boolean }[] }[];
  paths: { id?: string; kpis: (string | undefined)[]; touchpoints: (string | undefined)[] }[];
  /** False when some touchpoint could not be read, so a path's unknown touchpoint may be that one. */
  allTouchpointsKnown: boolean;
  /** Ids of touchpoints that exist but are not checked for uniqueness (badly formed ids). */
  otherTouchpointIds: Set<string>;
}

function refsOfJourney(journey: Journey): JourneyRefs {
  return {
    id: journey.id,
    persona: journey.persona,
    stages: journey.stages.map((stage) => ({
      id: stage.id,
      kpis: stage.kpis,
      touchpoints: stage.touchpoints.map((t) => ({ id: t.id, kpis: t.kpis, channel: t.channel, validatedWithoutEvidence: t.confidence === "validated" && t.evidence.length === 0 })),
    })),
    paths: journey.paths.map((p) => ({ id: p.id, kpis: p.kpis, touchpoints: p.touchpoints })),
    allTouchpointsKnown: true,
    otherTouchpointIds: new Set(),
  };
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const idOf = (value: unknown): string | undefined => (typeof value === "string" && ID_PATTERN.test(value) ? value : undefined);
/** An id or a list of ids, as the schema accepts them; items of the wrong form read as undefined. */
const idsOf = (value: unknown): (string | undefined)[] => (typeof value === "string" ? [idOf(value)] : Array.isArray(value) ? value.map(idOf) : []);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The references of a journey that failed the schema, read from its plain value where their shapes are right. */
function salvageJourney(raw: unknown): JourneyRefs {
  const journey = record(raw);
  let allTouchpointsKnown = Array.isArray(journey.stages);
  const otherTouchpointIds = new Set<string>();
  const stages = listOf(journey.stages).map((value) => {
    const stage = record(value);
    if (!Array.isArray(stage.touchpoints)) allTouchpointsKnown = false;
    const touchpoints = listOf(stage.touchpoints).map((item) => {
      const touchpoint = record(item);
      if (typeof touchpoint.id === "string" && !ID_PATTERN.test(touchpoint.id)) otherTouchpointIds.add(touchpoint.id);
      else if (touchpoint.id === undefined || typeof touchpoint.id !== "string") allTouchpointsKnown = false;
      return { id: idOf(touchpoint.id), kpis: idsOf(touchpoint.kpis), channel: idOf(touchpoint.channel), validatedWithoutEvidence: false };
    });
    return { id: idOf(stage.id), kpis: idsOf(stage.kpis), touchpoints };
  });
  const paths = listOf(journey.paths).map((value) => {
    const path = record(value);
    return { id: idOf(path.id), kpis: idsOf(path.kpis), touchpoints: Array.isArray(path.touchpoints) ? path.touchpoints.map(idOf) : [] };
  });
  return { id: idOf(journey.id), persona: idsOf(journey.persona), stages, paths, allTouchpointsKnown, otherTouchpointIds };
}
