import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { parseBlockYaml } from "../../../src/load/block-parse.ts";
import { generateContent } from "../../../bench/generate-content.ts";

// The block reader must give exactly what js-yaml's core schema gives, or decline (undefined) so js-yaml reads the
// file. Above all it must never accept a file js-yaml refuses.

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

type Verdict = "same" | "declined" | { differs: string };

function compare(text: string): Verdict {
  const fast = parseBlockYaml(text);
  if (fast === undefined) return "declined";
  let slow: unknown;
  try {
    slow = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    return { differs: `js-yaml refuses it (${(error as Error).message.split("\n")[0]}) but the block reader gave ${JSON.stringify(fast)}` };
  }
  return isDeepStrictEqual(fast, slow) ? "same" : { differs: `block reader ${JSON.stringify(fast)}\njs-yaml      ${JSON.stringify(slow)}` };
}

/** A small deterministic generator (mulberry32), so a failure is the same failure on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!, int: (n: number) => Math.floor(next() * n) };
}

// Scalars that look alike but are not: numbers, keywords, dates, indicators inside text, quotes, escapes, comments.
const EDGE_SCALARS = [
  "plain text", "Ünïcödé text", "emoji 🚀 ok", "C# and F#", "a # comment", "R&D team", "50% off", "x: y", "x:y", "http://example.com/a#b",
  "- not a list", "-1", "+2", "0", "-0", "007", "1_000", "0x1F", "0o17", "1e3", "4.95", ".5", ".inf", "-.Inf", ".nan", "1.", "2026-03-31",
  "12:30", "true", "True", "TRUE", "tRUE", "yes", "no", "on", "null", "Null", "~", "", "'single'", "'it''s'", '"double"', '"esc \\" \\\\ \\n \\t \\u00e9 \\x41"',
  '"bad \\q escape"', '"unclosed', "'unclosed", "[a, b, c]", "[1, -2, 3.5, true, null]", "[]", "[ ]", "[a, [b]]", "[a, b,]", "{ a: 1, b: two }", "{}",
  "{a: 1}", "{ a: 1, a: 2 }", "{ a: [1] }", "&anchor value", "*alias", "!tag value", "%percent", "@at", "`tick`", "?question", ":colon",
  "value with trailing spaces   ", "ends with colon:", "a, b, c", "[not closed", "{ not: closed", "| literal", "> folded", "trailing # c",
  "text\twith tab", "quote \" inside", "it's", "<b>html</b>", "__proto__", "a  b", "null # c", "1 # c", "- ",
];
/** What content files mostly hold: the reader must take these itself. */
const COMMON_SCALARS = ["Product page", "Compares delivery options", "-2", "1", "0", "true", "false", "web", "E-commerce", "[Clear photos, Fast]", '"Will it arrive?"', "4.95", "2026-03-31", "{ a: 1, b: -1 }", "[]"];
const scalar = (r: ReturnType<typeof random>) => (r.next() < 0.7 ? r.pick(COMMON_SCALARS) : r.pick(EDGE_SCALARS));
const KEYS = ["id", "name", "emotion", "pains", "a", "b", "key.with.dots", "path/like", "$dollar", "_under", "x-y", "1numeric", "true", "__proto__", "on", "Key"];

function block(r: ReturnType<typeof random>, indent: number, depth: number): string[] {
  const pad = " ".repeat(indent);
  const lines: string[] = [];
  const kind = r.int(depth > 2 ? 2 : 4);
  if (kind === 0 || kind === 2) {
    const keys = new Set<string>();
    const n = 1 + r.int(4);
    for (let k = 0; k < n; k++) {
      let key = r.next() < 0.8 ? r.pick(KEYS.slice(0, 4)) : r.pick(KEYS);
      if (r.next() < 0.95) while (keys.has(key)) key = `${r.pick(KEYS.slice(0, 8))}${r.int(99)}`;
      keys.add(key);
      const choice = r.int(10);
      if (choice < 5 || depth > 3) lines.push(`${pad}${key}: ${scalar(r)}`);
      else if (choice < 7) lines.push(`${pad}${key}:`, ...block(r, indent + 1 + r.int(3), depth + 1));
      else if (choice < 8) lines.push(`${pad}${key}:`, ...list(r, indent + (r.next() < 0.5 ? 0 : 2), depth + 1));
      else lines.push(...blockScalar(r, `${pad}${key}: `, indent));
      if (r.next() < 0.15) lines.push(r.pick(["", `${pad}# a comment`, "   ", `${" ".repeat(r.int(6))}# deeper comment`]));
    }
    return lines;
  }
  return list(r, indent, depth);
}

function list(r: ReturnType<typeof random>, indent: number, depth: number): string[] {
  const pad = " ".repeat(indent);
  const lines: string[] = [];
  const n = 1 + r.int(4);
  for (let k = 0; k < n; k++) {
    const choice = r.int(10);
    if (choice < 5 || depth > 3) lines.push(`${pad}- ${scalar(r)}`);
    else if (choice < 7) {
      const [first, ...rest] = block(r, indent + 2, depth + 1);
      lines.push(`${pad}- ${first!.trimStart()}`, ...rest);
    } else if (choice < 8) lines.push(`${pad}-`, ...block(r, indent + 2, depth + 1));
    else lines.push(...blockScalar(r, `${pad}- `, indent));
  }
  return lines;
}

function blockScalar(r: ReturnType<typeof random>, head: string, indent: number): string[] {
  const header = r.next() < 0.8 ? r.pick(["|", ">", "|-", ">-", ">- # note"]) : r.pick(["|+", ">+", "|2"]);
  const inner = indent + 1 + r.int(3);
  const body = Array.from({ length: 1 + r.int(4) }, () =>
    r.next() < 0.8 ? r.pick(["", "text line", "more text: here", "# not a comment", "last line  "]) : r.pick(["  indented more", " ".repeat(inner + 2)]),
  ).map((l) => (l === "" || l.trim() === "" ? l : `${" ".repeat(inner)}${l}`));
  return [`${head}${header}`, ...body];
}

/** Small edits that turn a valid file into a nearly valid one: the cases a reader is most likely to get wrong. */
function mutate(r: ReturnType<typeof random>, text: string): string {
  const at = r.int(text.length + 1);
  const edits = [
    () => text.slice(0, at) + text.slice(at + 1),
    () => text.slice(0, at) + r.pick([" ", ":", "-", "#", '"', "'", "\n", "  ", "[", "{", ",", "- ", ": "]) + text.slice(at),
    () => text.replace(/\n {2}/, "\n   "),
    () => text.replace(/\n(\s*)/, "\n$1 "),
  ];
  return r.pick(edits)();
}

describe("the block-YAML reader", () => {
  it("reads every fixture as js-yaml does, or declines", () => {
    for (const file of yamlFiles("test/fixtures")) {
      const verdict = compare(readFileSync(file, "utf8"));
      expect(verdict, file).not.toHaveProperty("differs");
    }
  });

  it("reads all of the generated benchmark content itself (what makes validation fast)", () => {
    const dir = mkdtempSync(join(tmpdir(), "journeymap-block-parse-"));
    try {
      generateContent(dir, 3, 12);
      const files = yamlFiles(dir);
      expect(files.length).toBeGreaterThan(3);
      for (const file of files) expect(compare(readFileSync(file, "utf8")), file).toBe("same");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads the plain block subset itself", () => {
    const text = [
      "id: checkout # the journey",
      "title: \"Buy a \\\"sofa\\\" online\"",
      "owner: 'It''s ours'",
      "stages:",
      "- id: browse",
      "  touchpoints:",
      "    - id: search",
      "      emotion: -1",
      "      moment_of_truth: true",
      "      score: 4.5",
      "      reviewed: 2026-03-31",
      "      pains: [Slow, \"Too many: filters\"]",
      "      emotions: { ops-lead: 0, finance-admin: -2 }",
      "      description: >-",
      "        Wrapped text that",
      "        goes on.",
      "",
      "        New paragraph.",
      "      notes: |",
      "        line one",
      "          indented",
      "      empty:",
      "  kpis: []",
    ].join("\n");
    expect(compare(text)).toBe("same");
    expect(compare(text.replaceAll("\n", "\r\n")), "with Windows line ends").toBe("same");
    expect(parseBlockYaml(text.replaceAll("\n", "\r\n"))).toEqual(parseBlockYaml(text));
  });

  it("declines what it leaves to js-yaml, and never accepts what js-yaml refuses", () => {
    const declined = [
      "a: 1\na: 2", // duplicate key: js-yaml's error, then yaml's position
      "a: &x 1\nb: *x",
      "a: !!str 1",
      "a: first line\n  continued",
      "a: \"first line\n  continued\"",
      "a:\n\tb: 1",
      "---\na: 1",
      "a: [1,\n  2]",
      "a: |+\n  kept\n\n",
      "a: >\n  folded\n    more indented\n",
      "a: b: c",
      "a:\n  - x\n   - y",
      "a: 1\rb: 2", // a CR that ends no line
      "\uFEFFa: 1",
      "1.0: number key",
      "__proto__: x",
      "a: { b: { c: 1 } }",
      "",
      "# only a comment",
    ];
    for (const text of declined) expect(compare(text), JSON.stringify(text)).toBe("declined");
  });

  it("declines files nested deeper than content files ever are, without running out of stack", () => {
    const deep = (levels: number) => Array.from({ length: levels }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + `\n${" ".repeat(levels)}v: 1\n`;
    expect(compare(deep(20))).toBe("same");
    expect(parseBlockYaml(deep(100))).toBeUndefined();
    expect(parseBlockYaml(deep(1_400))).toBeUndefined();
    const deepList = Array.from({ length: 1_000 }, (_, i) => `${" ".repeat(2 * i)}-`).join("\n") + "\n";
    expect(parseBlockYaml(deepList)).toBeUndefined();
  });

  it("agrees with js-yaml on thousands of generated and mutated files", () => {
    const r = random(14);
    const counts = { same: 0, declined: 0 };
    for (let n = 0; n < 6000; n++) {
      // Windows line ends in a quarter of the files.
      let text = block(r, 0, 0).join(r.next() < 0.25 ? "\r\n" : "\n") + (r.next() < 0.5 ? "\n" : "");
      if (n % 2 === 1) text = mutate(r, text);
      const verdict = compare(text);
      if (typeof verdict === "object") expect.fail(`${verdict.differs}\nfor:\n${text}`);
      counts[verdict]++;
    }
    // Both outcomes must be common, or the generator tests nothing.
    expect(counts.same).toBeGreaterThan(1500);
    expect(counts.declined).toBeGreaterThan(1500);
  });
});
