import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../src/load/load-document.ts";
import { JourneySchema, KpiSchema } from "../../../src/model/index.ts";

const DIR = "test/fixtures/invalid/";

/** Each broken file, with the exact position, rule and message fragment an author must see. */
const CASES: [file: string, line: number, col: number, rule: string, fragment: string, hint?: string][] = [
  ["syntax-unclosed-quote.yaml", 6, 11, "yaml/syntax", "a quoted text is not closed", "close the quote"],
  ["emotion-banana.yaml", 11, 18, "schema/invalid-type", 'touchpoint `a`: `emotion` must be a whole number from -2 to 2, got "banana"', "-2 (very negative)"],
  ["emotion-out-of-range.yaml", 11, 18, "schema/out-of-range", "`emotion` must be at most 2 (from -2 to 2), got 3"],
  ["misspelled-key.yaml", 11, 9, "schema/unknown-field", "unknown field `emtion`", "did you mean `emotion`?"],
  ["duplicate-key.yaml", 3, 1, "yaml/duplicate-key", "duplicate field `title`", "each field may appear once"],
  ["missing-emotion.yaml", 8, 9, "schema/missing-field", "touchpoint `a`: missing required field `emotion`", "add `emotion: …`"],
  ["list-not-map.yaml", 1, 1, "schema/invalid-type", "the file must be a mapping of fields (`id: …`), not a list"],
  ["empty.yaml", 1, 1, "yaml/empty", "the file is empty"],
  ["only-comment.yaml", 1, 1, "yaml/empty", "the file is empty"],
  ["bad-id.yaml", 1, 5, "schema/invalid-format", '`id` must be lower-case letters, digits and single hyphens, got "Checkout Page"', "`checkout-page`"],
  ["bad-enum.yaml", 4, 8, "schema/invalid-value", '`state` must be one of current, future; got "futur"', "did you mean `future`?"],
  ["tab-indent.yaml", 5, 1, "yaml/syntax", "tabs are not allowed as indentation", "indent with spaces"],
  ["no-stages.yaml", 4, 9, "schema/out-of-range", "`stages` needs at least 1 item, has 0"],
  ["two-documents.yaml", 7, 1, "yaml/syntax", "more than one YAML document", "remove the `---` separator"],
  ["evidence-bad-date-and-url.yaml", 16, 19, "schema/invalid-format", '`date` must be a date written YYYY-MM-DD, got "2026-02-30"'],
  ["persona-wrong-type.yaml", 3, 10, "schema/invalid-type", "`persona` must be an id or a list of ids, got 42"],
  ["kpi-bad-warning-and-order.yaml", 6, 10, "schema/warning-threshold", "warning threshold 60 must be below the target 50"],
  ["proto-key.yaml", 4, 1, "schema/unknown-field", "unknown field `__proto__`"],
  ["html-in-channel.yaml", 10, 18, "schema/invalid-format", "`channel` must be lower-case letters"],
  ["alias-bomb.yaml", 1, 1, "yaml/alias-limit", "the file expands too many aliases"],
  ["not-utf8.yaml", 2, 11, "file/encoding", "the file is not valid UTF-8 text", "save the file as UTF-8"],
  ["binary.yaml", 2, 1, "file/binary", "NUL byte"],
  ["too-large.yaml", 1, 1, "file/too-large", "over the 1024 KiB limit"],
  ["deep-nesting.yaml", 1, 68, "yaml/too-deep", "the file nests more than 64 levels deep"],
];

function load(file: string) {
  return loadDocument(DIR + file, readFileSync(DIR + file), file.startsWith("kpi-") ? KpiSchema : JourneySchema);
}

describe("a broken file is reported at the line of its fault, with a hint", () => {
  it.each(CASES)("%s → %i:%i %s", (file, line, col, rule, fragment, hint) => {
    const { loaded, diagnostics } = load(file);
    expect(loaded).toBeUndefined();
    const match = diagnostics.find((d) => d.rule === rule && d.message.includes(fragment));
    expect(match, JSON.stringify(diagnostics, null, 2)).toBeDefined();
    expect(match).toMatchObject({ file: DIR + file, line, col, severity: "error" });
    if (hint) expect(match?.hint).toContain(hint);
  });

  it("every problem of a file comes in one run, not just the first", () => {
    const messages = load("bad-enum.yaml").diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
    expect(messages).toEqual([
      '4:8 `state` must be one of current, future; got "futur"',
      'touchpoint `a`: `control` must be one of owned, paid, earned, third-party; got "owend"'.replace(/^/, "14:18 "),
      'touchpoint `a`: `confidence` must be one of hypothesis, validated; got "validatd"'.replace(/^/, "13:21 "),
    ]);
  });

  it("a misspelled field is reported once, as the misspelling, not also as missing", () => {
    const rules = load("misspelled-key.yaml").diagnostics.map((d) => d.rule);
    expect(rules).toEqual(["schema/unknown-field"]);
  });

  it("javascript: links are refused, so no author can put a script behind a link", () => {
    const messages = load("evidence-bad-date-and-url.yaml").diagnostics.map((d) => d.message);
    expect(messages).toContain('touchpoint `a`: `url` must be an http(s) link, got "javascript:alert(1)"');
  });

  it("a __proto__ key pollutes nothing", () => {
    load("proto-key.yaml");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("every fixture in the folder has an expectation", async () => {
    const { readdirSync } = await import("node:fs");
    const listed = new Set(CASES.map((c) => c[0]));
    expect(readdirSync(DIR).filter((f) => !listed.has(f))).toEqual([]);
  });
});
