import { describe, expect, it } from "vitest";
import { checkDataNeeds } from "../../../../src/load/check-data-needs.ts";
import { dataKey } from "../../../../src/model/data-name.ts";
import { fixture, lineOf } from "./findings.ts";

describe("data names match tolerantly: case, spaces, plural", () => {
  it("gives one key for the ways authors write the same data", () => {
    expect(dataKey(" Order  Numbers ")).toBe(dataKey("order number"));
    expect(dataKey("Delivery Addresses")).toBe(dataKey("delivery address"));
    expect(dataKey("policies")).toBe("policy");
    expect(dataKey("IDs")).toBe(dataKey("id"));
    expect(dataKey("status")).toBe(dataKey("statuses"));
    expect(dataKey("order number")).not.toBe(dataKey("order"));
  });
});

describe("data/asked-again [000, 003]: data captured earlier reaches a step only through its systems", () => {
  const { errors, journey } = fixture("data");
  const asked = () => journey("data").of("data/asked-again");

  it("fires where the data was captured in a system that does not pass it on to this step's, naming both", () => {
    expect(errors).toEqual([]);
    const visit = asked().filter((g) => g.touchpoint === "field-visit");
    expect(visit).toHaveLength(1);
    expect(visit[0]!.title).toContain("delivery address, which Web form captured earlier but does not pass on to Field app");
    expect(visit[0]!.location.line).toBe(lineOf(visit[0]!.location.file, "needs: [delivery address]"));
  });

  it("is met across two sends_to hops, whatever the case and number of the names", () => {
    expect(asked().filter((g) => g.touchpoint === "support-call")).toEqual([]);
  });

  it("fires for data captured nowhere, once per need", () => {
    const survey = asked().filter((g) => g.touchpoint === "survey");
    expect(survey.map((g) => g.title)).toEqual([
      "“Survey” needs loyalty card number, which no earlier step captured: the customer has to give it again",
      "“Survey” needs order nubmer, which no earlier step captured: the customer has to give it again",
    ]);
  });
});

describe("ref/unknown-data: a need no system of the journey captures", () => {
  const { content } = fixture("data");

  it("is a warning at the need, with a did-you-mean for a typo and the captured data otherwise", () => {
    const found = checkDataNeeds(content);
    expect(found.map((d) => [d.rule, d.severity, d.path, d.message])).toEqual([
      ["ref/unknown-data", "warning", "stages[1].touchpoints[2].needs[0]", "`loyalty card number` is captured by no system in journey `data`"],
      ["ref/unknown-data", "warning", "stages[1].touchpoints[2].needs[1]", "`order nubmer` is captured by no system in journey `data`"],
    ]);
    expect(found[0]!.hint).toBe("data captured in this journey: Delivery address, NPS score, Order Numbers; or add it to the `data` of the system that captures it");
    expect(found[1]!.hint).toBe("did you mean `Order Numbers`?");
  });

  it("is reported by validation, with the other reference checks", () => {
    expect(content.diagnostics.filter((d) => d.rule === "ref/unknown-data")).toHaveLength(2);
  });
});

