import { KNOWN_CHANNELS, type ChannelInfo, type Journey, type Kpi, type Persona, type Stage } from "../model/index.ts";
import type { Content, Loaded, LoadedJourney } from "../model/content.ts";

export interface ContentIndex {
  content: Content;
  journeys: Map<string, LoadedJourney>;
  personas: Map<string, Loaded<Persona>>;
  kpis: Map<string, Loaded<Kpi>>;
  channel(id: string): ChannelInfo & { id: string };
  /** KPIs of a stage: those it lists and those that name it in their `stages`, in a stable order. */
  stageKpis(journey: Journey, stage: Stage): Kpi[];
  /** Journeys that name this persona. */
  journeysOf(personaId: string): Journey[];
}

/** Lookups every view needs, built once per load. */
export function indexContent(content: Content): ContentIndex {
  const journeys = new Map(content.journeys.map((j) => [j.data.id, j]));
  const personas = new Map(content.personas.map((p) => [p.data.id, p]));
  const kpis = new Map(content.kpis.map((k) => [k.data.id, k]));
  const custom = new Map(content.config.channels.map((c) => [c.id, c]));
  const measuring = new Map<string, string[]>();
  for (const { data: kpi } of content.kpis) {
    for (const ref of kpi.stages) measuring.set(ref, [...(measuring.get(ref) ?? []), kpi.id]);
  }
  return {
    content,
    journeys,
    personas,
    kpis,
    channel(id) {
      // Own keys only: a custom channel called `constructor` is not Object's constructor.
      const known = Object.hasOwn(KNOWN_CHANNELS, id) ? (KNOWN_CHANNELS as Record<string, ChannelInfo>)[id] : undefined;
      const info = known ?? custom.get(id) ?? { label: id, online: true };
      return { id, label: info.label, online: info.online };
    },
    stageKpis(journey, stage) {
      const ids = [...new Set([...stage.kpis, ...(measuring.get(`${journey.id}/${stage.id}`) ?? [])])];
      return ids.flatMap((id) => {
        const kpi = kpis.get(id)?.data;
        return kpi ? [kpi] : [];
      });
    },
    journeysOf(personaId) {
      return content.journeys.filter((j) => j.data.persona.includes(personaId)).map((j) => j.data);
    },
  };
}
