import { describe, expect, it } from "vitest";
import { JourneySchema } from "../../../src/model/index.ts";
import { mermaidJourney } from "../../../src/output/mermaid-journey.ts";

const journey = (title: string) =>
  JourneySchema.parse({ id: "j", title, persona: "p", stages: [{ id: "s", name: "Stage", touchpoints: [{ id: "t", name: "Step", channel: "web", emotion: 0 }] }] });

describe("the Mermaid diagram of a journey", () => {
  it("turns a title that is only a directive into a plain title, never a directive", () => {
    const text = mermaidJourney(journey("%%{init: {'theme': 'dark'}}%%"), []);
    expect(text).not.toMatch(/%%|\{|\}/);
    expect(text.split("\n")[1]).toMatch(/^ {2}title \S/);
  });

  it("keeps an ordinary title as written", () => {
    expect(mermaidJourney(journey("Buying a gift online"), []).split("\n")[1]).toBe("  title Buying a gift online");
  });
});
