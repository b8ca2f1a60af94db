import type { Journey, Kpi, Stage } from "../../model/index.ts";
import type { Loaded } from "../../model/content.ts";
import type { ContentIndex } from "../content-index.ts";

/** Each KPI that measures the journey once, with the first stage it measures (touchpoint KPIs count for their stage). */
export function journeyKpis(index: ContentIndex, journey: Journey): { kpi: Loaded<Kpi>; stage?: Stage }[] {
  const seen = new Map<string, { kpi: Loaded<Kpi>; stage?: Stage }>();
  for (const stage of journey.stages) {
    const ids = [...index.stageKpis(journey, stage).map((k) => k.id), ...stage.touchpoints.flatMap((t) => t.kpis)];
    for (const id of ids) {
      const kpi = index.kpis.get(id);
      if (kpi && !seen.has(id)) seen.set(id, { kpi, stage });
    }
  }
  for (const id of journey.paths.flatMap((p) => p.kpis)) {
    const kpi = index.kpis.get(id);
    if (kpi && !seen.has(id)) seen.set(id, { kpi });
  }
  return [...seen.values()];
}
