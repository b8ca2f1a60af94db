import { emptyStage, singleChannelStage, uncontrolledStage } from "./stages.ts";
import { kpiAtRisk, kpiOffTrack } from "./kpi-off-target.ts";
import { kpiNoData, kpiStale } from "./kpi-data.ts";
import { negativeMomentOfTruth, sharpDrop, weakestLink } from "./emotion.ts";
import { missingOwner, siloHandoff } from "./ownership.ts";
import { dataAskedAgain, missingSystem } from "./systems.ts";
import { painWithoutOpportunity } from "./pains.ts";
import { stageNoKpi } from "./stage-kpis.ts";
import { unvalidatedMomentOfTruth } from "./evidence.ts";
import { importantUnsatisfied } from "./satisfaction.ts";
import { criticalLowPoint } from "./paths.ts";
import { droppedTouchpoint, stageWorse } from "./redesign.ts";
import { inconsistentPromise } from "./message.ts";
import type { GapRule } from "./rule.ts";

/** Every rule, in the order their findings are listed within a severity. */
export const ALL_RULES: readonly GapRule[] = [
  kpiOffTrack,
  negativeMomentOfTruth,
  stageWorse,
  kpiAtRisk,
  kpiNoData,
  kpiStale,
  stageNoKpi,
  criticalLowPoint,
  importantUnsatisfied,
  sharpDrop,
  painWithoutOpportunity,
  siloHandoff,
  inconsistentPromise,
  droppedTouchpoint,
  missingOwner,
  dataAskedAgain,
  emptyStage,
  uncontrolledStage,
  unvalidatedMomentOfTruth,
  weakestLink,
  missingSystem,
  singleChannelStage,
];
