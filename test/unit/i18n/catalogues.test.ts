import { describe, expect, it } from "vitest";
import { CATALOGUES, LOCALES, t, type Locale } from "../../../src/i18n/index.ts";
import { formatDate, formatKpiValue, formatNumber, emotionLabel } from "../../../src/model/vocabulary.ts";
import { resolveLocale } from "../../../src/i18n/locale.ts";

// Every key of the English catalogue (the source of keys) must exist, with a non-empty text, in every language.
// A function is called with sample arguments of each type its English version formats.

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ""): Leaf[] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}

const SAMPLES: unknown[][] = [[3, 2, 1, 4, 5, 6, 7], ["Checkout", "Payment", "+1", "Delivery", "−2", "Returns", "x"], [1, "a", "b", "c", "d", "e", "f"], ["NPS", true, 54.2, 60, 5.8, true, false]];

function render(fn: (...args: unknown[]) => unknown): string[] {
  const out: string[] = [];
  for (const args of SAMPLES.filter((a) => a.length >= fn.length)) {
    try {
      const text = fn(...args);
      if (typeof text === "string") out.push(text);
    } catch {
      // a sample of the wrong shape for this function
    }
  }
  return out;
}

const english = leaves(CATALOGUES.en);

describe("the message catalogues", () => {
  it("has the English keys", () => {
    expect(english.length).toBeGreaterThan(300);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every key is there and says something`, () => {
      const mine = new Map(leaves(CATALOGUES[locale]).map((l) => [l.path, l.value]));
      const missing = english.filter((l) => !mine.has(l.path)).map((l) => l.path);
      expect(missing, `missing in ${locale}`).toEqual([]);
      const empty = english.filter((l) => {
        const value = mine.get(l.path);
        if (typeof value === "string") return value.trim() === "";
        if (typeof value === "function") return render(value as (...a: unknown[]) => unknown).some((s) => s.trim() === "" || s.includes("undefined"));
        return value === undefined || value === null;
      });
      expect(empty.map((l) => l.path), `empty in ${locale}`).toEqual([]);
      const extra = [...mine.keys()].filter((k) => !english.some((l) => l.path === k));
      expect(extra, `keys ${locale} has that English has not`).toEqual([]);
    });
  }

  it("Spanish and Italian are translated, not copied: most of their texts differ from the English", () => {
    for (const locale of ["es", "it"] as Locale[]) {
      const mine = new Map(leaves(CATALOGUES[locale]).map((l) => [l.path, l.value]));
      const strings = english.filter((l) => typeof l.value === "string" && (l.value as string).length > 12);
      const same = strings.filter((l) => mine.get(l.path) === l.value).map((l) => l.path);
      expect(same, `${locale} texts identical to English`).toEqual([]);
    }
  });
});

describe("dates, numbers and words follow the locale", () => {
  it("dates read 31 Oct 2026, 31 oct 2026 and 31 ott 2026", () => {
    expect(formatDate("2026-10-31")).toBe("31 Oct 2026");
    expect(formatDate("2026-10-31", "es")).toBe("31 oct 2026");
    expect(formatDate("2026-10-31", "it")).toBe("31 ott 2026");
  });

  it("numbers group and decimal as the language does", () => {
    expect(formatNumber(12345.5)).toBe("12,345.5");
    expect(formatNumber(12345.5, 2, "es")).toBe("12.345,5");
    expect(formatNumber(12345.5, 2, "it")).toBe("12.345,5");
    expect(formatKpiValue(3.5, { unit: "days" }, "es")).toBe("3,5 días");
    expect(formatKpiValue(3.5, { unit: "days" }, "it")).toBe("3,5 giorni");
    expect(formatKpiValue(54.2, { unit: "percent" })).toBe("54.2%");
  });

  it("counts group their thousands, so a portfolio's totals read at a glance", () => {
    expect(t("en").ui.gapsPage.lead(67600, 1000, "30 Sep 2026")).toBe("67,600 places to act across 1,000 journeys, most severe first, checked as of 30 Sep 2026.");
    expect(t("en").severity.count.warning(57600)).toBe("57,600 warnings");
    expect(t("en").ui.gapsPage.range(201, 400, 67600, 2, 338)).toBe("Gaps 201–400 of 67,600, page 2 of 338");
    // Spanish and Italian group with a dot, and leave four digits as they are.
    expect(t("es").severity.count.warning(57600)).toBe("57.600 avisos");
    expect(t("it").ui.channels.onlineOffline(24000, 2000)).toBe("24.000 online · 2000 offline");
  });

  it("plurals use each language's rules", () => {
    expect(t("es").severity.gaps(1)).toBe("1 brecha");
    expect(t("es").severity.gaps(0)).toBe("0 brechas");
    expect(t("it").severity.gaps(2)).toBe("2 lacune");
    expect(t("en").severity.count.warning(1)).toBe("1 warning");
  });

  it("emotion words", () => {
    expect(emotionLabel(-2)).toBe("Very negative");
    expect(emotionLabel(-2, "es")).toBe("Muy negativa");
    expect(emotionLabel(2, "it")).toBe("Molto positiva");
  });

  it("JOURNEYMAP_LOCALE overrides the config; anything else falls back to it", () => {
    expect(resolveLocale("es", {})).toBe("es");
    expect(resolveLocale("es", { JOURNEYMAP_LOCALE: "it" })).toBe("it");
    expect(resolveLocale(undefined, { JOURNEYMAP_LOCALE: "es-ES" })).toBe("es");
    expect(resolveLocale("it", { JOURNEYMAP_LOCALE: "fr" })).toBe("it");
    expect(resolveLocale(undefined, {})).toBe("en");
  });
});
