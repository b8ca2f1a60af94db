import { loadContent } from "../../../src/load/load-content.ts";

/** The example content as the site was built from it: what each page must show. */
export const examples = loadContent();

export const journeys = examples.journeys.map(({ data }) => ({
  id: data.id,
  title: data.title,
  touchpoints: data.stages.flatMap((s) => s.touchpoints.map((t) => t.id)),
  state: data.state,
}));
