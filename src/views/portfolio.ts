import type { Content } from "../load/load-content.ts";

export interface JourneyCard {
  id: string;
  title: string;
  area: string;
  state: "current" | "future";
  personas: string[];
  stages: string[];
  touchpoints: number;
  summary?: string;
}

/** The home page's view: one card per journey, grouped by product area, in a stable order. */
export function portfolioView(content: Content): { title: string; areas: { name: string; journeys: JourneyCard[] }[] } {
  const personaNames = new Map(content.personas.map((p) => [p.data.id, p.data.name]));
  const areas = new Map<string, JourneyCard[]>();
  for (const { data: journey, area = "Other" } of content.journeys) {
    const card: JourneyCard = {
      id: journey.id,
      title: journey.title,
      area,
      state: journey.state,
      personas: journey.persona.map((id) => personaNames.get(id) ?? id),
      stages: journey.stages.map((s) => s.name),
      touchpoints: journey.stages.reduce((n, s) => n + s.touchpoints.length, 0),
      summary: journey.summary,
    };
    areas.set(area, [...(areas.get(area) ?? []), card]);
  }
  return {
    title: content.config.title,
    areas: [...areas.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, journeys]) => ({ name, journeys: journeys.sort((a, b) => a.title.localeCompare(b.title)) })),
  };
}
