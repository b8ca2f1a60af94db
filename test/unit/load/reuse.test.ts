import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, loadContentReusing, loadMemo } from "../../../src/load/load-content.ts";
import { copyContent, edit, lineOf } from "../support/temp-content.ts";

const JOURNEY = "shop/purchase.yaml";

describe("reloading content after a save (the dev server)", () => {
  it("reads only the changed file again and gives what a fresh load gives", () => {
    const dir = copyContent("test/fixtures/valid");
    const memo = loadMemo();
    const first = loadContentReusing({ dir }, memo);
    const future = first.journeys.find((j) => j.data.id === "purchase-future")!;
    edit(dir, JOURNEY, "title: Buying a gift online", "# a new first comment line\ntitle: Buying a gift online, edited");
    const second = loadContentReusing({ dir }, memo, new Set([join(dir, JOURNEY)]));
    const fresh = loadContent({ dir });
    expect(second.journeys.map((j) => j.data)).toEqual(fresh.journeys.map((j) => j.data));
    expect(second.diagnostics).toEqual(fresh.diagnostics);
    // The untouched journey is the same object: not read, parsed or validated again.
    expect(second.journeys.find((j) => j.data.id === "purchase-future")!.data).toBe(future.data);
    expect(second.journeys.find((j) => j.data.id === "purchase")!.data.title).toBe("Buying a gift online, edited");
    // Positions come from the new text.
    const purchase = second.journeys.find((j) => j.data.id === "purchase")!;
    expect(purchase.at(["title"]).line).toBe(lineOf(dir, JOURNEY, "title: Buying"));
  });

  it("notices a changed file even when no watcher named it, and files added or removed", () => {
    const dir = copyContent("test/fixtures/valid");
    const memo = loadMemo();
    loadContentReusing({ dir }, memo);
    edit(dir, JOURNEY, "title: Buying a gift online", "title: Changed behind the watcher's back, and longer");
    const again = loadContentReusing({ dir }, memo);
    expect(again.journeys.find((j) => j.data.id === "purchase")!.data.title).toBe("Changed behind the watcher's back, and longer");
  });

  it("reruns the cross-file checks: a reference broken by the edit is reported", () => {
    const dir = copyContent("test/fixtures/valid");
    const memo = loadMemo();
    expect(loadContentReusing({ dir }, memo).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const persona = lineOf(dir, JOURNEY, "persona:");
    edit(dir, JOURNEY, "\npersona: ", "\npersona: nobody-");
    const again = loadContentReusing({ dir }, memo, new Set([join(dir, JOURNEY)]));
    const errors = again.diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.line).toBe(persona);
  });
});
