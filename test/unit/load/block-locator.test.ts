import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { blockLocator } from "../../../src/load/block-locator.ts";
import { SourceFile } from "../../../src/load/source-file.ts";
import { locate } from "../../../src/load/yaml-document.ts";
import { generateContent } from "../../../bench/generate-content.ts";

// The block index must give exactly the positions `yaml` gives, for every path of every file, or say it does not know.

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every path into the value, and a few that go past what it has. */
function pathsOf(value: unknown, prefix: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
    out.push([...prefix, value.length], [...prefix, "missing"]);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
    out.push([...prefix, "missing", 0]);
  } else {
    out.push([...prefix, "beyond"]);
  }
  return out;
}

function compare(name: string, text: string): { answered: number; asked: number; supported: boolean } {
  const source = new SourceFile(name, text);
  const doc = parseDocument(text, { uniqueKeys: false });
  const block = blockLocator(text);
  if (!block) return { answered: 0, asked: 0, supported: false };
  let answered = 0;
  const paths = pathsOf(doc.toJS());
  for (const path of paths) {
    const found = block(path);
    if (found === undefined) continue;
    answered++;
    expect({ name, path, at: found }).toEqual({ name, path, at: locate(doc, source, path) });
  }
  return { answered, asked: paths.length, supported: true };
}

describe("the block-YAML locator", () => {
  it("gives yaml's positions for every path of the examples and the valid fixtures", () => {
    const files = [...yamlFiles("journeys"), ...yamlFiles("test/fixtures/valid"), "journeymap.config.yaml"];
    let supported = 0;
    let answered = 0;
    let asked = 0;
    for (const file of files) {
      const r = compare(file, readFileSync(file, "utf8"));
      if (r.supported) supported++;
      answered += r.answered;
      asked += r.asked;
    }
    // Most files and most paths are answered without yaml.
    expect(supported / files.length).toBeGreaterThan(0.9);
    expect(answered / asked).toBeGreaterThan(0.8);
  });

  it("answers every path of generated content, with CRLF line ends too", () => {
    const dir = mkdtempSync(join(tmpdir(), "journeymap-locator-"));
    try {
      generateContent(dir, 3, 12);
      for (const file of yamlFiles(dir)) {
        const text = readFileSync(file, "utf8");
        expect(compare(file, text).supported).toBe(true);
        expect(compare(`${file} (CRLF)`, text.replace(/\n/g, "\r\n")).supported).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds keys beyond the shared list of field names, which holds 10,000", () => {
    // 10,050 distinct keys (the list fills up in the first file), then a second file with keys of its own: both
    // still answer every path as yaml does, and a key neither file has is not found.
    const many = Array.from({ length: 10_050 }, (_, i) => `field_${i}: value ${i}`).join("\n");
    const r = compare("many.yaml", `top:\n  ${many.replace(/\n/g, "\n  ")}\n`);
    expect(r).toMatchObject({ supported: true });
    expect(r.answered).toBeGreaterThan(10_050);
    const other = "other_a: 1\nnested:\n  other_b: [1, 2]\n  other_c:\n    - x\n";
    expect(compare("other.yaml", other).answered).toBeGreaterThan(5);
    const block = blockLocator(other)!;
    const doc = parseDocument(other);
    for (const path of [["nested", "other_c", 0], ["nested", "field_10049"], ["field_10049"]]) {
      expect(block(path)).toEqual(locate(doc, new SourceFile("other.yaml", other), path));
    }
    expect(block(["nested", "other_c", 0])).toMatchObject({ line: 5 });
  });

  it("answers past line 65,535 and column 65,535", () => {
    const long = `items:\n${Array.from({ length: 70_000 }, (_, i) => `  - item ${i}`).join("\n")}\nwide: ${"x".repeat(70_000)}\n`;
    const block = blockLocator(long)!;
    expect(block(["items", 69_999])).toEqual({ line: 70_001, col: 5, endLine: 70_001, endCol: 15 });
    expect(block(["wide"])).toEqual({ line: 70_002, col: 7, endLine: 70_002, endCol: 70_007 });
  });

  it("matches yaml on tricky block YAML, or declines", () => {
    const cases = [
      "a: 1\nb:\n- x\n- y # note\nc:\n  - id: one\n    name: 'it''s'\n  -   id: two\n      name: \"say \\\"hi\\\"\"  # c\n",
      "title: a text\n  that goes on\nnext: [1, 2, {a: b}]\nempty:\nlast: >\n  folded\n  text\n\nafter: 2\n",
      "# comment\n\nlist:\n  -\n    id: x\n  - - nested\n",
      "a: &anchor 1\nb: *anchor\n",
      "k: C# and #hash # comment\nurl: http://example.com/a#b\n- bad\n",
      "---\na: 1\n",
      "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
      "x: 'multi\n  line'\n",
    ];
    for (const [i, text] of cases.entries()) compare(`case ${i}`, text);
  });
});
