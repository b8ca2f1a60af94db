import { describe, expect, it } from "vitest";
import { attr, classList, escapeHtml, html, rawHtml } from "../../../src/components/html.ts";

describe("markup written as text", () => {
  it("escapes every interpolated text, so content can never open a tag or leave an attribute", () => {
    const hostile = `"><script>alert('x')</script>&amp;`;
    const out = html`<p title="${hostile}">${hostile}</p>`.value;
    expect(out).toBe('<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;</p>');
    expect(out).not.toContain("<script");
    expect(escapeHtml("plain text")).toBe("plain text");
  });

  it("inserts markup it made as it stands, and lists item by item", () => {
    const item = (text: string) => html`<li>${text}</li>`;
    expect(html`<ul>${["a<b", "c"].map(item)}</ul>`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
    expect(html`<p>${rawHtml("<br>")}</p>`.value).toBe("<p><br></p>");
    expect(html`<p>${[[rawHtml("<i>"), "<"], 3]}</p>`.value).toBe("<p><i>&lt;3</p>");
  });

  it("hands long markup to Astro in pieces of about the size asked for, which make up the same text", () => {
    const item = (n: number) => html`<li class="item">${`entry <${n}>`}</li>`;
    const list = html`<ol>${Array.from({ length: 200 }, (_, n) => item(n))}</ol>`;
    const chunks = list.chunks(500);
    expect(chunks.join("")).toBe(list.value);
    expect(list.value).toContain("<li class=\"item\">entry &lt;7&gt;</li>");
    expect(chunks.length).toBeGreaterThan(10);
    // Each piece closes once it has the size asked for: at most one part (here under 30 characters) beyond it.
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(500);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(530);
    // Markup reused in two places (a map cell on screen and on paper) is written in both.
    const cell = item(1);
    expect(html`${cell}|${cell}`.chunks(4).join("")).toBe(`${cell.value}|${cell.value}`);
  });

  it("writes nothing for a condition that is not met, and numbers as numbers", () => {
    const none: string | undefined = undefined;
    expect(html`<p>${false}${null}${none}${true}${0}${""}</p>`.value).toBe("<p>0</p>");
    const empty: string = "";
    expect(html`<p>${empty && html`<b>x</b>`}</p>`.value).toBe("<p></p>");
  });

  it("writes attributes as Astro does: absent, bare, or quoted with & and \" escaped", () => {
    expect(attr("data-x", undefined).value).toBe("");
    expect(attr("data-x", false).value).toBe("");
    expect(attr("hidden", true).value).toBe(" hidden");
    expect(attr("data-owner", "").value).toBe(" data-owner");
    expect(attr("data-col", 0).value).toBe(' data-col="0"');
    expect(attr("title", `a "b" & <c> 'd'`).value).toBe(` title="a &quot;b&quot; &amp; <c> 'd'"`);
    expect(attr("href", `x" onmouseover="alert(1)`).value).toBe(' href="x&quot; onmouseover=&quot;alert(1)"');
  });

  it("joins the class names that are set", () => {
    expect(classList("a", false, undefined, { b: true, c: false }, "d")).toBe("a b d");
    expect(classList(false, { c: 0 })).toBe("");
  });
});
