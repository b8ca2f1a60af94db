import { describe, expect, it } from "vitest";
import { compareText } from "../../../src/i18n/text-order.ts";

describe("the order names are listed in", () => {
  it("puts numbers in numeric order and ignores case and accents before telling them apart", () => {
    const names = ["Journey 10", "journey 2", "Journey 1", "Étape", "Zebra", "etape", "Onboarding v10", "Onboarding v9"];
    expect([...names].sort(compareText)).toEqual(["etape", "Étape", "Journey 1", "journey 2", "Journey 10", "Onboarding v9", "Onboarding v10", "Zebra"]);
  });

  it("is the same whatever the machine's language (it names its collation instead of taking the default)", () => {
    // Swedish sorts ä after z; the default collation would follow LANG on a Swedish runner.
    expect(compareText("ä", "z")).toBeLessThan(0);
    expect(["ä", "z"].sort((a, b) => a.localeCompare(b, "sv"))).toEqual(["z", "ä"]);
  });
});
