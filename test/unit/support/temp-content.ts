import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch copy of a content folder, removed after the test. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "journeymap-test-"));
  made.push(dir);
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Replace exactly one occurrence of `from`, so a test cannot silently edit nothing. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) throw new Error(`expected exactly one \`${from}\` in ${file}`);
  writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}

/** The line (1-based) where `needle` first occurs, to assert positions without hard-coding them. */
export function lineOf(dir: string, file: string, needle: string): number {
  const text = readFileSync(join(dir, file), "utf8");
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`\`${needle}\` not in ${file}`);
  return text.slice(0, at).split("\n").length;
}
