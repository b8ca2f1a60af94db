import { describe, expect, it } from "vitest";
import { capMarkdown, code, fenced, inline, prose } from "../../../src/output/markdown.ts";

const JOIN = "\u2060";
/** What a reader sees: Markdown backslash escapes and the invisible joiner removed, entities decoded. */
const shown = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, "$1").replaceAll(JOIN, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("escaping content for the Markdown the bot posts", () => {
  it("an image, a link or raw HTML in a name stays text", () => {
    for (const hostile of ["![x](http://evil/x.png)", "[click](javascript:alert(1))", "<img src=x onerror=alert(1)>", "<details open>", "&lt;b&gt;"]) {
      const md = inline(hostile);
      expect(md).not.toMatch(/(^|[^\\])[[\]]/); // no unescaped bracket: no link, no image
      expect(md).not.toMatch(/<|>/); // no tag
      expect(shown(md)).toBe(hostile);
    }
    expect(inline("![x](http://evil/x.png)")).toBe(`!\\[x\\](http${JOIN}://evil/x.png)`);
  });

  it("an @-mention, an issue reference or a bare URL does not notify or link", () => {
    expect(inline("ask @org/team")).toBe(`ask @${JOIN}org/team`);
    expect(inline("see #12 and GH-3")).toBe(`see \\#${JOIN}12 and GH${JOIN}-3`);
    expect(inline("https://evil.example and www.evil.example and a@b.example")).toBe(`https${JOIN}://evil.example and www${JOIN}.evil.example and a@${JOIN}b.example`);
    expect(inline("javascript:alert(1)")).toContain(`javascript${JOIN}:`);
  });

  it("a name stays on its line and in its table cell", () => {
    expect(inline("a | b\n# heading\r\n- item\u0000\u001b[2J")).toBe("a \\| b \\# heading - item\ufffd\ufffd\\[2J");
    expect(inline("*bold* _it_ ~~del~~ `code` $x$")).toBe("\\*bold\\* \\_it\\_ \\~\\~del\\~\\~ \\`code\\` \\$x\\$");
    expect(inline("a".repeat(300), 160)).toHaveLength(160);
  });

  it("a file name with backticks cannot leave its code span", () => {
    const name = "journeys/a`b</code><img src=x onerror=alert(1)>.yaml";
    const span = code(name);
    expect(span).toBe("``journeys/a`b</code><img src=x onerror=alert(1)>.yaml``");
    expect(code("``x")).toBe("``` ``x ```");
    expect(code("x`")).toBe("`` x` ``");
    expect(code("a|b", { table: true })).toBe("`a\\|b`");
    expect(code("a\nb")).toBe("`a b`");
  });

  it("project text keeps its `code` parts; content around them is escaped", () => {
    expect(prose("Name the team under `owner` for “@team”")).toBe(`Name the team under \`owner\` for “@${JOIN}team”`);
    expect(prose("`a|b` and |", { table: true })).toBe("`a\\|b` and \\|");
  });

  it("a fenced block no line inside can close", () => {
    expect(fenced("mermaid", "journey\n  title ```\n")).toEqual(["````mermaid", "journey\n  title ```", "````"]);
    expect(fenced("mermaid", "journey\n")).toEqual(["```mermaid", "journey", "```"]);
  });
});

describe("capping a long document", () => {
  const doc = ["# Report", "", ...Array.from({ length: 200 }, (_, i) => `| row ${i} | ${"x".repeat(100)} |`), "", "<details><summary>Curve</summary>", "", "```mermaid", ...Array.from({ length: 100 }, () => "    step: 3"), "```", "", "</details>", ""].join("\n");

  it("leaves a document that fits alone", () => {
    expect(capMarkdown(doc, doc.length, "cut")).toBe(doc);
  });

  it("cuts at a line, closes what the cut left open, and ends with the note", () => {
    const limit = doc.indexOf("step: 3") + 500;
    const cut = capMarkdown(doc, limit, "**Cut here.** See the job summary.");
    expect(cut.length).toBeLessThanOrEqual(limit);
    expect(cut.endsWith("**Cut here.** See the job summary.\n")).toBe(true);
    const fences = cut.split("\n").filter((l) => l.startsWith("```"));
    expect(fences.length % 2).toBe(0);
    expect(cut.match(/<details>/g)?.length).toBe(cut.match(/<\/details>/g)?.length);
  });

  it("counts bytes for the job summary", () => {
    const wide = "é".repeat(1000);
    const cut = capMarkdown(`${wide}\n${wide}\n`, 2500, "cut", { bytes: true });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(2500);
    expect(cut.startsWith(wide)).toBe(true);
  });
});
