import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const BIN = resolve("bin/journeymap.mjs");
let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with its stdout read like `| head -c 100`: the reader closes the pipe after the first bytes. */
function runIntoHead(args: string[], cwd: string): Promise<{ head: string; stderr: string; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let head = "";
    let stderr = "";
    child.stdout.once("data", (chunk: Buffer) => {
      head = chunk.subarray(0, 100).toString();
      child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => done({ head, stderr, code }));
  });
}

describe("output piped into a reader that stops early (`| head`)", () => {
  it("ends quietly: no EPIPE stack trace, no error message", async () => {
    dir = mkdtempSync(join(tmpdir(), "journeymap-pipe-"));
    mkdirSync(join(dir, "journeys"));
    let text = "id: big\ntitle: Big\npersona: nobody\nstate: current\nstages:\n  - id: s\n    name: S\n    touchpoints:\n";
    for (let i = 0; i < 3000; i++) text += `      - { id: t${i}, name: T, channel: web, emotion: banana }\n`;
    writeFileSync(join(dir, "journeys/big.yaml"), text);
    const run = await runIntoHead(["validate"], dir);
    expect(run.head).toContain("journeys/big.yaml");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });
});
