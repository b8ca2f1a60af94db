import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../../src/model/index.ts";
import { copyContent } from "../support/temp-content.ts";
import { runCli } from "./run-cli.ts";

describe("journeymap schema", () => {
  it("the committed schemas/ match what the model generates (run `npx journeymap schema` after changing the model)", () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(`schemas/${name}`, "utf8"), name).toBe(text);
    }
  });

  it("writes the four schema files, then --check passes; a stale file makes --check exit 1", async () => {
    const dir = copyContent("test/fixtures/valid");
    expect((await runCli(["schema", "--out", "out"], dir)).stdout).toBe("wrote out/journey.schema.json, out/persona.schema.json, out/kpi.schema.json, out/config.schema.json\n");
    expect(await runCli(["schema", "--out", "out", "--check"], dir)).toMatchObject({ code: 0 });
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${dir}/out/kpi.schema.json`, "{}\n");
    const stale = await runCli(["schema", "--out", "out", "--check"], dir);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("out of date: out/kpi.schema.json");
  });

  it("the journey schema describes fields for the editor and forbids unknown ones", () => {
    const schema = JSON.parse(jsonSchemas()["journey.schema.json"]!);
    const touchpoint = schema.properties.stages.items.properties.touchpoints.items;
    expect(touchpoint.additionalProperties).toBe(false);
    expect(touchpoint.required).toEqual(["id", "name", "channel", "emotion"]);
    expect(touchpoint.properties.emotion).toMatchObject({ type: "integer", minimum: -2, maximum: 2 });
    expect(touchpoint.properties.emotion.description).toMatch(/-2 \(very negative\)/);
    expect(touchpoint.properties.channel.anyOf[0].enum).toContain("contact-center");
  });
});
