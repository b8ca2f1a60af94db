/**
 * The English message catalogue: the source of every key. es.ts and it.ts `satisfies Messages`, so a key missing in a
 * language is a type error, and test/unit/i18n checks that none is empty. Functions take values already formatted
 * for the language (numbers, dates, signed emotions) and quote names as the English text does.
 */
import type { GapRuleId, OpportunityStatus } from "../model/index.ts";
import type { KpiStatusName } from "../analysis/kpi-status.ts";
import { count } from "./plural.ts";

const n = (c: number, one: string, other = `${one}s`) => count("en", c, one, other);

export const en = {
  emotion: {
    labels: { "-2": "Very negative", "-1": "Negative", "0": "Neutral", "1": "Positive", "2": "Very positive" },
    unknown: "Unknown",
  },
  units: { days: "days", percent: "%" },
  opportunityStatus: { idea: "Idea", planned: "Planned", "in-progress": "In progress", done: "Done", dropped: "Dropped" } satisfies Record<OpportunityStatus, string>,
  kpiStatus: { "on-track": "On track", "at-risk": "At risk", "off-track": "Off track", "no-data": "No data" } satisfies Record<KpiStatusName, string>,
  health: {
    bands: { good: "Good", fair: "Fair", poor: "Poor" },
    text: (score: number, band: string) => `Health ${score} out of 100, ${band}`,
    parts: { emotion: "Emotion", kpis: "KPIs", gaps: "Gaps" },
    notes: {
      emotion: "Mean emotion on a 0–100 scale; moments of truth count twice",
      noKpis: "No KPI measures this journey yet, so this part counts as 0",
      kpis: (k: number) => `Share of its ${k} KPIs on track; at risk counts half`,
      gaps: "100, minus 10 per error and 3 per warning",
    },
  },
  severity: {
    labels: { error: "Error", warning: "Warning", info: "Info" },
    plurals: { error: "Errors", warning: "Warnings", info: "Info" },
    count: { error: (c: number) => n(c, "error"), warning: (c: number) => n(c, "warning"), info: (c: number) => `${c} info` },
    gaps: (c: number) => n(c, "gap"),
    off: "Off",
  },
  /** The gap rules' findings: titles name what is wrong, actions what to do. Names arrive unquoted; quotes are the catalogue's. */
  gaps: {
    negativeMomentOfTruth: {
      title: (name: string, feeling: string, score: string) => `Moment of truth “${name}” feels ${feeling} (${score})`,
      prioritise: (opportunity: string) => `Prioritise: ${opportunity}`,
      action: "Make this step the first one to redesign, and name the opportunity",
    },
    weakestLink: {
      title: (name: string, score: string) => `Weakest link: “${name}” (${score}) is the lowest point of the journey`,
      action: "Fix the lowest point first: it colours how the whole journey is remembered",
    },
    sharpDrop: {
      title: (drop: number, from: string, fromScore: string, to: string, toScore: string) => `Emotion drops ${drop} points from “${from}” (${fromScore}) to “${to}” (${toScore})`,
      action: "Look at what the customer expected after the previous step and did not get",
    },
    unvalidated: {
      title: (name: string, noEvidence: boolean) => `Moment of truth “${name}” is still a hypothesis${noEvidence ? " with no evidence" : ""}`,
      action: "Check it with customers: interviews, a survey or analytics, then add the evidence and set `confidence: validated`",
    },
    kpiNoData: {
      title: (kpi: string) => `${kpi} has no measurement yet`,
      action: (source: string | undefined) => `Add the first value from ${source ?? "its data source"} under \`measurements\``,
    },
    kpiStale: {
      title: (kpi: string, date: string, age: number, asOf: string, cadence: string | undefined) =>
        `${kpi} was last measured on ${date}, ${age} days before ${asOf}${cadence ? `, and it is measured ${cadence}` : ""}`,
      action: (source: string | undefined) => `Add a current measurement, or check that ${source ?? "its source"} still reports it`,
    },
    kpiOffTarget: {
      title: (kpi: string, offTrack: boolean, value: number, target: number, gap: number, percent: boolean, above: boolean) =>
        `${kpi} is ${offTrack ? "off track" : "at risk"}: ${value} against a target of ${target} (${gap}${percent ? " points" : ""} ${above ? "above" : "below"})`,
      action: (owner: string | undefined, stage: string | undefined) => `Have ${owner ?? "the KPI's owner"} find what drives it at ${stage ?? "this stage"} and act on the touchpoints there`,
    },
    missingOwner: { title: (name: string) => `Nobody owns “${name}”`, action: "Name the team responsible under `owner`" },
    siloHandoff: {
      title: (from: string, to: string, fromScore: string, fromName: string, toScore: string, toName: string) =>
        `Handoff from ${from} to ${to}: emotion falls from ${fromScore} at “${fromName}” to ${toScore} at “${toName}”`,
      action: (from: string, to: string) => `Agree one joint metric and what passes across: ${from} and ${to} together own this step`,
    },
    inconsistentPromise: {
      title: (name: string, key: string, value: string, earlier: string, earlierValue: string) => `“${name}” promises ${key} “${value}”, but “${earlier}” promised “${earlierValue}”`,
      action: (key: string) => `Agree one ${key} across channels, and say it the same way at every touchpoint`,
    },
    painWithoutOpportunity: {
      title: (name: string, pains: number, first: string) => `“${name}” has ${pains === 1 ? "a pain point" : `${pains} pain points`} and no opportunity: ${first}`,
      action: "Add at least one opportunity under `opportunities`, even a first idea to test",
    },
    criticalLowPoint: {
      share: (share: number) => `${share}% of customers`,
      priority: (priority: number) => `priority ${priority}`,
      title: (path: string, rank: string, name: string, score: string) => `Critical path “${path}” (${rank}) bottoms out at “${name}” (${score})`,
      withOpportunity: (opportunity: string) => `Fix the low point of this path first: ${opportunity}`,
      action: (name: string) => `Fix the low point of this path first: many customers pass “${name}” on their way`,
    },
    stageWorse: {
      mean: (future: string, current: string) => `mean emotion ${future} against ${current} today`,
      lowest: (future: string, current: string) => `lowest point ${future} against ${current} today`,
      title: (stage: string, worse: string) => `The redesign makes stage “${stage}” worse than today: ${worse}`,
      action: "Check the redesigned touchpoints of this stage against today's: a future state should not feel worse anywhere",
    },
    droppedTouchpoint: {
      momentOfTruth: "a moment of truth",
      measuredBy: (kpis: string) => `measured by ${kpis}`,
      title: (name: string, id: string, stage: string, carried: string) => `The redesign drops “${name}” (\`${id}\`, stage ${stage}), which today is ${carried}`,
      kpiAction: (kpis: string) => `Say where ${kpis} will be measured in the redesign, or keep the touchpoint`,
      action: "Say which step of the redesign takes over this moment of truth, or keep the touchpoint",
    },
    importantUnsatisfied: {
      title: (name: string, importance: number, satisfaction: number) =>
        `“${name}” matters a lot to customers (importance ${importance}/5) and leaves them unsatisfied (satisfaction ${satisfaction}/5)`,
      withOpportunity: (opportunity: string) => `Put it first in the plan: ${opportunity}`,
      action: "Put it first in the plan: find out with customers what they miss here, and name the opportunity",
    },
    stageNoKpi: {
      title: (stage: string) => `Stage “${stage}” has no KPI`,
      action: "Choose one joint customer metric for this stage (conversion, CSAT, time to value…) and add it under `kpis`",
    },
    emptyStage: { title: (stage: string) => `Stage “${stage}” has no touchpoints`, action: "Map how the customer goes through this stage, or remove it" },
    singleChannel: {
      title: (stage: string, channel: string, touchpoints: number) => `Stage “${stage}” is served only by ${channel} (${n(touchpoints, "touchpoint")})`,
      action: "Check whether customers need another channel here (phone, chat, in person)",
    },
    uncontrolled: {
      title: (stage: string) => `The business controls none of stage “${stage}”: every touchpoint is earned or third-party`,
      action: "Add an owned touchpoint here, or work with the third parties that shape this stage",
    },
    missingSystem: { title: (name: string) => `No system behind “${name}”`, action: "Name the system that records this step and the data it passes on under `systems`" },
    dataAskedAgain: {
      here: "this step's systems",
      notPassed: (name: string, item: string, holders: string, where: string) => `“${name}” needs ${item}, which ${holders} captured earlier but does not pass on to ${where}: the customer has to give it again`,
      notCaptured: (name: string, item: string) => `“${name}” needs ${item}, which no earlier step captured: the customer has to give it again`,
      passOn: (holder: string, item: string, where: string) => `Have ${holder} pass ${item} on to ${where} (then record it with \`sends_to\`), or look it up there`,
      capture: (item: string) => `Capture ${item} earlier and pass it on, or look it up from the systems that have it`,
    },
  },
  /** What each rule looks for, for the legend on the gaps page. */
  rules: {
    "kpi/off-track": "A KPI's latest value is past its warning threshold (or misses a target that has none).",
    "kpi/at-risk": "A KPI's latest value misses its target but not its warning threshold.",
    "kpi/no-data": "A KPI that measures the journey has no measurement yet.",
    "kpi/stale":
      "A KPI's latest measurement is older than its cadence allows (two periods: weekly 15 days, monthly 62, quarterly 184, yearly 400), or than `stale_after_days` without a cadence, before the reference date.",
    "emotion/negative-moment-of-truth": "A moment of truth where the customer feels negative: where customers are lost.",
    "emotion/weakest-link": "The journey's lowest point, when it is negative: one frustrating step spoils the whole experience.",
    "emotion/sharp-drop": "Emotion falls by `sharp_drop` points or more from one touchpoint to the next, into a negative step.",
    "evidence/unvalidated-moment-of-truth": "A moment of truth that is still a hypothesis: the most important steps deserve evidence.",
    "owner/missing": "A touchpoint no team owns: nobody will fix it.",
    "owner/silo-handoff": "The emotion falls into a negative step where the owner team changes: a handoff between silos the customer feels.",
    "message/inconsistent-promise": "Two touchpoints of a journey promise different values for the same promise key: an inconsistent message.",
    "pain/no-opportunity": "A touchpoint with pain points and no opportunity or action planned.",
    "path/critical-low-point": "A high-priority path (`priority` ≤ `critical_priority` or `share` ≥ `critical_share`) whose lowest step feels `critical_low` or worse.",
    "redesign/stage-worse": "A future-state journey makes a stage feel worse than today: a lower mean emotion, or a lower lowest point (stages matched by id).",
    "redesign/dropped-touchpoint": "A future-state journey drops a touchpoint of today's journey that carried a KPI or was a moment of truth.",
    "satisfaction/important-unsatisfied":
      "A touchpoint customers rate very important (`importance` ≥ `important_from`) and are unsatisfied with (`satisfaction` ≤ `unsatisfied_up_to`): the priority quadrant.",
    "stage/no-kpi": "A stage with no KPI: nothing tells whether it works.",
    "stage/empty": "A stage with no touchpoints.",
    "stage/single-channel":
      "A stage served by a single channel, with more than one touchpoint: customers who prefer another channel have no way through. Not reported when the stage says `single_channel: true`.",
    "stage/uncontrolled": "A stage whose touchpoints are all earned or third-party: the business controls none of it.",
    "system/missing": "A touchpoint with no system behind it: nothing records what happens there.",
    "data/asked-again":
      "A touchpoint needs data that no earlier touchpoint captured in a system this one uses, or in one that passes it on (`sends_to`): the customer has to repeat it.",
  } satisfies Record<GapRuleId, string>,
};

export type Messages = typeof en;
