import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compareText } from "../../../src/i18n/text-order.ts";

describe("the order names are listed in", () => {
  it("puts numbers in numeric order and ignores case and accents before telling them apart", () => {
    const names = ["Journey 10", "journey 2", "Journey 1", "Étape", "Zebra", "etape", "Onboarding v10", "Onboarding v9"];
    expect([...names].sort(compareText)).toEqual(["etape", "Étape", "Journey 1", "journey 2", "Journey 10", "Onboarding v9", "Onboarding v10", "Zebra"]);
  });

  it("is the same whatever the machine's language: a Swedish runner sorts as an English one", () => {
    // Swedish sorts ä after z; the default collation follows LANG, so a build on a Swedish runner would have differed.
    const script = `import { compareText } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, "../../../src/i18n/text-order.ts")).href)};
      console.log(JSON.stringify({ ours: ["z", "ä"].sort(compareText), theirs: ["z", "ä"].sort((a, b) => a.localeCompare(b)) }));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, LANG: "sv_SE.UTF-8", LC_ALL: "sv_SE.UTF-8" }, encoding: "utf8" });
    expect(JSON.parse(run.stdout)).toEqual({ ours: ["ä", "z"], theirs: ["z", "ä"] });
  });
});
