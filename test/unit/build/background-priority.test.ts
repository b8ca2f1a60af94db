import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BACKGROUND_NICE, lowerChildren } from "../../../src/views/background-priority.ts";
import { startOgDrawer } from "../../../src/views/og-drawer.ts";
import { pngOfSvg } from "../../../src/views/og-image.ts";
import { writeSearchIndex } from "../../../src/views/pagefind-integration.ts";
import type { SearchRecord } from "../../../src/views/search-index.ts";

// The build's main thread renders the pages; the link previews and Pagefind's indexer, needed only at the end, run at
// the lowest priority so that they take only what it leaves. Priorities are per thread on Linux, read here from /proc.

const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
const threadsOf = (pid: number | string) => readdirSync(`/proc/${pid}/task`).map((tid) => ({ tid, stat: readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8") }));
const childrenOf = (pid: number) =>
  readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .flatMap((e) => {
      try {
        const stat = readFileSync(`/proc/${e}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid ? [{ pid: e, name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) }] : [];
      } catch {
        return [];
      }
    });

describe.runIf(existsSync("/proc/thread-self/stat"))("work the pages do not wait for", () => {
  it("the link previews are drawn on a thread of the lowest priority, and the main thread keeps its own", async () => {
    const before = threadsOf(process.pid).map((t) => t.tid);
    const drawer = startOgDrawer(pngOfSvg);
    try {
      await drawer.draw(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#fff"/></svg>`);
      const started = threadsOf(process.pid).filter((t) => !before.includes(t.tid));
      expect(started.map((t) => niceOf(t.stat))).toContain(BACKGROUND_NICE);
      expect(niceOf(readFileSync(`/proc/${process.pid}/stat`, "utf8"))).toBe(0);
    } finally {
      await drawer.stop();
    }
  });

  it("Pagefind's indexer runs at the lowest priority, all its threads", async () => {
    const out = mkdtempSync(join(tmpdir(), "jm-priority-"));
    const seen: { name: string; nices: number[] }[] = [];
    // Records are taken one at a time while Pagefind indexes: by the second, its process is running.
    function* records(): Generator<SearchRecord> {
      for (let i = 0; i < 3; i++) {
        if (i === 2) for (const child of childrenOf(process.pid)) seen.push({ name: child.name, nices: threadsOf(child.pid).map((t) => niceOf(t.stat)) });
        yield { url: `/personas/p${i}/`, content: `Persona ${i}.`, meta: { title: `P${i}`, kind: "Persona" }, filters: { kind: ["Persona"], journey: [], area: [], persona: [`P${i}`] } };
      }
    }
    try {
      await writeSearchIndex(records(), join(out, "pagefind"));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    const pagefind = seen.filter((c) => c.name.startsWith("pagefind"));
    expect(pagefind).toHaveLength(1);
    expect(new Set(pagefind[0]!.nices)).toEqual(new Set([BACKGROUND_NICE]));
  }, 30_000);

  it("lowers only this process's children whose command matches", async () => {
    const mine = spawn("sleep", ["30"]);
    const other = spawn("tail", ["-f", "/dev/null"]);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(lowerChildren(/^sleep$/)).toBe(1);
      expect(niceOf(readFileSync(`/proc/${mine.pid}/stat`, "utf8"))).toBe(BACKGROUND_NICE);
      expect(niceOf(readFileSync(`/proc/${other.pid}/stat`, "utf8"))).toBe(0);
    } finally {
      mine.kill();
      other.kill();
    }
  });
});
