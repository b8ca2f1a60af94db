import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startJourneyFilesWriter, type WriteJob } from "../../../src/views/journey-files-writer.ts";

// The build hands each journey's files to a writer thread: written to the output and kept in the cache, or copied
// from the cache for a journey that did not change.

const temp: string[] = [];
afterEach(() => {
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder, removed after the test. */
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), "jm-writer-"));
  temp.push(root);
  return root;
}

function job(root: string, files?: WriteJob["files"]): WriteJob {
  return { outs: [join(root, "out/api/j.json"), join(root, "out/og/j.png")], entry: join(root, "cache/entry"), names: ["api", "og"], files };
}

describe("the journey files' writer", () => {
  it("writes text and bytes to the output and the cache entry, then copies them from the entry", async () => {
    const root = scratch();
    const writer = startJourneyFilesWriter();
    try {
      expect(await writer.run(job(root, ['{"id":"j","title":"Café"}\n', new Uint8Array([137, 80, 78, 71])]))).toBe("written");
      expect(readFileSync(join(root, "out/api/j.json"), "utf8")).toBe('{"id":"j","title":"Café"}\n');
      expect([...readFileSync(join(root, "out/og/j.png"))]).toEqual([137, 80, 78, 71]);
      expect(readdirSync(join(root, "cache"))).toEqual(["entry"]);
      expect(readdirSync(join(root, "cache/entry")).sort()).toEqual(["api", "og"]);

      const copy = { ...job(root), outs: [join(root, "second/api/j.json"), join(root, "second/og/j.png")] };
      expect(await writer.run(copy)).toBe("copied");
      expect(readFileSync(join(root, "second/api/j.json"), "utf8")).toBe('{"id":"j","title":"Café"}\n');

      rmSync(join(root, "cache/entry"), { recursive: true });
      expect(await writer.run(copy)).toBe("missing");
    } finally {
      await writer.stop();
    }
  });

  it("leaves an entry that holds the same bytes as it is, and replaces one that differs or lacks a file", async () => {
    const root = scratch();
    const writer = startJourneyFilesWriter();
    const files = () => ['{"id":"j"}\n', new Uint8Array([137, 80, 78, 71])];
    const inodes = () => ["api", "og"].map((name) => statSync(join(root, "cache/entry", name)).ino);
    try {
      expect(await writer.run(job(root, files()))).toBe("written");
      const first = inodes();
      // Written again (a --force build): the output afresh, the entry untouched.
      rmSync(join(root, "out"), { recursive: true });
      expect(await writer.run(job(root, files()))).toBe("written");
      expect(readFileSync(join(root, "out/api/j.json"), "utf8")).toBe('{"id":"j"}\n');
      expect(inodes()).toEqual(first);

      // A damaged entry is written afresh.
      writeFileSync(join(root, "cache/entry/api"), '{"id":"other"}\n');
      expect(await writer.run(job(root, files()))).toBe("written");
      expect(readFileSync(join(root, "cache/entry/api"), "utf8")).toBe('{"id":"j"}\n');
      rmSync(join(root, "cache/entry/og"));
      expect(await writer.run(job(root, files()))).toBe("written");
      expect([...readFileSync(join(root, "cache/entry/og"))]).toEqual([137, 80, 78, 71]);
      expect(readdirSync(join(root, "cache"))).toEqual(["entry"]);
    } finally {
      await writer.stop();
    }
  });

  it("answers a job still waiting when it is stopped, on the calling thread", async () => {
    const root = scratch();
    const writer = startJourneyFilesWriter();
    const waiting = writer.run(job(root, ["{}\n", new Uint8Array([2])]));
    await writer.stop();
    expect(await waiting).toBe("written");
    expect([...readFileSync(join(root, "out/og/j.png"))]).toEqual([2]);
  });

  it("does the jobs on the calling thread once its own has stopped, with the same result", async () => {
    const root = scratch();
    const writer = startJourneyFilesWriter();
    await writer.stop();
    expect(await writer.run(job(root, ["{}\n", new Uint8Array([1])]))).toBe("written");
    expect(existsSync(join(root, "cache/entry/og"))).toBe(true);
    expect(await writer.run({ ...job(root), outs: [join(root, "x/a"), join(root, "x/b")] })).toBe("copied");
  });
});
