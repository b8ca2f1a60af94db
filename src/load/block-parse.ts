import { CORE_SCHEMA, load } from "js-yaml";

// Content files are plain block YAML: `key: value` and `- item` a line, nested by indentation, with one-line quoted
// texts, one-line flow lists and maps, and `>-` / `|` block texts. This reads exactly that subset in one pass over the
// lines, about 2.5 times faster than js-yaml, and gives the same value js-yaml's core schema gives. Anything else
// (anchors, tags, multi-line plain or quoted texts, nested flow collections, tabs, `---`, duplicate keys, odd
// indentation, a line it does not expect) returns undefined, and js-yaml reads the file: so a file is never read
// differently, only sooner. test/unit/load/block-parse.test.ts compares the two on every fixture and on generated files.

/** Thrown inside the parser for anything outside the subset; never escapes `parseBlockYaml`. */
class Outside extends Error {}
const outside = (): never => {
  throw new Outside();
};

/** Characters js-yaml refuses anywhere in a file, plus the ones this reader leaves to it (tab, BOM, a CR not ending a line). */
const REFUSED = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]|\r(?!\n)/u;
/** Characters that cannot start a plain scalar, or that start what this reader leaves to js-yaml. */
const NOT_PLAIN = "&*!%@`?:,[]{}#|>'\"";
const DECIMAL = /^[-+]?(?:0|[1-9][0-9]*)$/;
/** Every form js-yaml's core schema may read as a number matches this (and more); anything else is text. */
const MAYBE_NUMBER = /^[-+]?(?:[0-9][0-9a-fA-FxXoObB_:.]*(?:[eE][-+]?[0-9_]+)?|\.[0-9a-zA-Z_]*(?:[eE][-+]?[0-9_]+)?)$/;
const NULLS = new Set(["~", "null", "Null", "NULL"]);
const BOOLEANS = new Map([["true", true], ["True", true], ["TRUE", true], ["false", false], ["False", false], ["FALSE", false]]);

/** The value of a content file in the block subset; undefined for anything else (then js-yaml reads it). */
export function parseBlockYaml(text: string): unknown {
  if (REFUSED.test(text)) return undefined;
  try {
    return new BlockReader(text).document();
  } catch (error) {
    // (A stack overflow too, should anything nest deeper than MAX_DEPTH allows.)
    if (error instanceof Outside || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Content files nest a few levels deep; a file nested deeper than this is left to js-yaml (and its limits). */
const MAX_DEPTH = 64;

/** Line tables, reused from file to file (a thread reads one file at a time): no garbage per line. */
let table = { starts: new Int32Array(1024), ends: new Int32Array(1024), indents: new Int32Array(1024), content: new Uint8Array(1024) };

class BlockReader {
  private readonly text: string;
  /** Start and end offset of each line (end excludes the newline), its indentation, and whether it holds content. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly indents: Int32Array;
  private readonly content: Uint8Array;
  /** How many lines the text has. */
  private readonly count: number;

  constructor(text: string) {
    this.text = text;
    let count = 0;
    for (let start = 0; start <= text.length; count++) {
      if (count === table.starts.length) {
        const size = count * 2;
        const grow = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
        table = { starts: grow(table.starts, new Int32Array(size)), ends: grow(table.ends, new Int32Array(size)), indents: grow(table.indents, new Int32Array(size)), content: grow(table.content, new Uint8Array(size)) };
      }
      const nl = text.indexOf("\n", start);
      // A line ends before its CR (Windows line ends): a CR elsewhere was refused above.
      const end = nl < 0 ? text.length : nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let i = start;
      while (text.charCodeAt(i) === 32) i++;
      table.starts[count] = start;
      table.ends[count] = end;
      table.indents[count] = i - start;
      // Blank lines and comment lines hold nothing.
      table.content[count] = i < end && text.charCodeAt(i) !== 35 /* # */ ? 1 : 0;
      start = nl < 0 ? text.length + 1 : nl + 1;
    }
    this.count = count;
    ({ starts: this.starts, ends: this.ends, indents: this.indents, content: this.content } = table);
  }

  document(): unknown {
    const first = this.nextContent(0);
    if (first < 0) outside();
    const col = this.indent(first);
    if (col !== 0) outside();
    const at = this.starts[first]!;
    if (this.text.startsWith("---", at) || this.text.startsWith("...", at) || this.text.charCodeAt(at) === 37 /* % */) outside();
    const value = this.block(first, col);
    if (this.next >= 0) outside(); // something after the root at a smaller indentation: impossible, but be sure
    return value;
  }

  private indent(line: number): number {
    return this.indents[line]!;
  }

  /** The first line from `line` on that holds something besides spaces and a comment; -1 at the end. */
  private nextContent(line: number): number {
    for (let l = line; l < this.count; l++) if (this.content[l]) return l;
    return -1;
  }

  /** The end of the `key:` at `at` (just after the colon), or -1 if no such key starts there. */
  private keyEnd(at: number, end: number): number {
    const t = this.text;
    let c = t.charCodeAt(at);
    // First character: a letter, `_` or `$` (a digit or another indicator may change the key's meaning in js-yaml).
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36)) return -1;
    let i = at + 1;
    for (; i < end; i++) {
      c = t.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 45 || c === 46 || c === 47)) break;
    }
    this.keyLength = i - at;
    while (i < end && t.charCodeAt(i) === 32) i++;
    if (t.charCodeAt(i) !== 58 /* : */ || (i + 1 < end && t.charCodeAt(i + 1) !== 32)) return -1;
    return i + 1;
  }

  /** Length of the key `keyEnd` last found. */
  private keyLength = 0;
  /** After a block value: the next content line (-1 at the end). After a one-line value: the offset just past it. */
  private next = 0;

  /**
   * A block mapping or sequence whose first entry starts at column `col` of `line` (which may be inside the line, after
   * `- `). Leaves the next content line after it in `next`.
   */
  private block(line: number, col: number): unknown {
    const at = this.starts[line]! + col;
    if (this.isDash(at, this.ends[line]!)) return this.sequence(line, col);
    if (this.keyEnd(at, this.ends[line]!) >= 0) return this.mapping(line, col);
    return outside();
  }

  /** How deep the mapping or sequence being read is nested. */
  private depth = 0;

  private isDash(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === 45 /* - */ && (at + 1 === end || this.text.charCodeAt(at + 1) === 32);
  }

  private mapping(first: number, col: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) outside();
    const map: Record<string, unknown> = {};
    let line = first;
    for (;;) {
      const at = this.starts[line]! + col;
      const after = this.keyEnd(at, this.ends[line]!);
      if (after < 0) outside();
      const key = this.text.slice(at, at + this.keyLength);
      if (key === "__proto__" || Object.hasOwn(map, key)) outside();
      map[key] = this.valueAfter(line, after + 1, col, true);
      const next = this.next;
      if (next < 0 || this.indent(next) < col) {
        this.depth--;
        return map;
      }
      if (this.indent(next) > col) outside();
      line = next;
    }
  }

  private sequence(first: number, col: number): unknown[] {
    if (++this.depth > MAX_DEPTH) outside();
    const list: unknown[] = [];
    let line = first;
    for (;;) {
      const at = this.starts[line]! + col;
      if (!this.isDash(at, this.ends[line]!)) return outside();
      list.push(this.valueAfter(line, at + 2, col, false));
      const next = this.next;
      // A sequence that is a mapping's value may sit at the mapping's own column: a key there ends it.
      if (next < 0 || this.indent(next) < col || (this.indent(next) === col && !this.isDash(this.starts[next]! + col, this.ends[next]!))) {
        this.depth--;
        return list;
      }
      if (this.indent(next) > col) outside();
      line = next;
    }
  }

  /**
   * The value that starts at offset `from` of `line` (after `key:` or `- `) and possibly continues on the lines below.
   * `col` is the column of the key or dash; a value on the following lines must be indented deeper (a mapping's value
   * may also be a sequence at the key's own column).
   */
  private valueAfter(line: number, from: number, col: number, inMapping: boolean): unknown {
    const end = this.ends[line]!;
    let i = Math.min(from, end);
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    if (i === end || (this.text.charCodeAt(i) === 35 /* # */ && this.text.charCodeAt(i - 1) === 32)) {
      // Nothing on this line: the value is the block below, or null.
      const next = (this.next = this.nextContent(line + 1));
      if (next < 0) return null;
      const indent = this.indent(next);
      if (indent > col) return this.block(next, indent);
      if (inMapping && indent === col && this.isDash(this.starts[next]! + col, this.ends[next]!)) return this.sequence(next, col);
      return null;
    }
    if (!inMapping) {
      // `- key: value`: a mapping that starts on the dash's line.
      if (this.keyEnd(i, end) >= 0) return this.mapping(line, i - this.starts[line]!);
      if (this.isDash(i, end)) outside();
    }
    const c = this.text.charCodeAt(i);
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(line, i, col);
    const value = this.inline(i, end);
    this.restOfLine(this.next, end);
    this.next = this.nextContent(line + 1);
    return value;
  }

  /** Only spaces and a comment may follow a value on its line. */
  private restOfLine(i: number, end: number): void {
    if (i === end) return;
    if (this.text.charCodeAt(i) !== 32) outside();
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    if (i < end && this.text.charCodeAt(i) !== 35 /* # */) outside();
  }

  /** A one-line value at `i`: quoted text, flow list or map, or plain scalar. Leaves the offset after it in `next`. */
  private inline(i: number, end: number): unknown {
    const c = this.text.charCodeAt(i);
    if (c === 34 /* " */) return this.doubleQuoted(i, end);
    if (c === 39 /* ' */) return this.singleQuoted(i, end);
    if (c === 91 /* [ */) return this.flowList(i, end);
    if (c === 123 /* { */) return this.flowMap(i, end);
    return this.plain(i, end, false);
  }

  /** A plain scalar up to a comment or the line's end (in a flow collection also up to `,`, `]` or `}`). */
  private plain(i: number, end: number, inFlow: boolean): unknown {
    const t = this.text;
    if (NOT_PLAIN.includes(t[i]!) || (t.charCodeAt(i) === 45 /* - */ && (i + 1 === end || t.charCodeAt(i + 1) === 32))) outside();
    let j = i;
    let last = i; // end of the last non-space character
    for (; j < end; j++) {
      const ch = t.charCodeAt(j);
      if (ch === 32) continue;
      if (ch === 35 /* # */ && t.charCodeAt(j - 1) === 32) break;
      if (ch === 58 /* : */ && (j + 1 === end || t.charCodeAt(j + 1) === 32 || (inFlow && ",[]{}".includes(t[j + 1]!)))) outside();
      if (inFlow && (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125)) break;
      last = j + 1;
    }
    if (last === i) outside();
    this.next = last;
    return scalar(t.slice(i, last));
  }

  private doubleQuoted(i: number, end: number): string {
    const t = this.text;
    let out = "";
    let from = i + 1;
    for (let j = i + 1; j < end; j++) {
      const ch = t.charCodeAt(j);
      if (ch === 34 /* " */) {
        this.next = j + 1;
        return out + t.slice(from, j);
      }
      if (ch !== 92 /* \ */) continue;
      out += t.slice(from, j);
      const e = t[j + 1];
      if (e === undefined || j + 1 >= end) outside();
      const simple = ESCAPES[e!];
      if (simple !== undefined) {
        out += simple;
        j++;
      } else if (e === "u" || e === "x") {
        const digits = e === "u" ? 4 : 2;
        const hex = t.slice(j + 2, j + 2 + digits);
        if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) outside();
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) outside();
        out += String.fromCharCode(code);
        j += 1 + digits;
      } else outside();
      from = j + 1;
    }
    return outside(); // not closed on this line
  }

  private singleQuoted(i: number, end: number): string {
    const t = this.text;
    let out = "";
    let from = i + 1;
    for (let j = i + 1; j < end; j++) {
      if (t.charCodeAt(j) !== 39) continue;
      if (t.charCodeAt(j + 1) === 39 && j + 1 < end) {
        out += t.slice(from, j + 1);
        from = j + 2;
        j++;
        continue;
      }
      this.next = j + 1;
      return out + t.slice(from, j);
    }
    return outside();
  }

  /** `[a, b, "c"]` on one line, of scalars only. */
  private flowList(i: number, end: number): unknown[] {
    const list: unknown[] = [];
    this.flowEntries(i, end, 93 /* ] */, (j) => list.push(this.flowScalar(j, end)));
    return list;
  }

  /** `{ a: 1, b: two }` on one line, of scalars only. */
  private flowMap(i: number, end: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.flowEntries(i, end, 125 /* } */, (j) => {
      const colon = this.keyEnd(j, end);
      if (colon < 0) outside();
      const key = this.text.slice(j, j + this.keyLength);
      if (key === "__proto__" || Object.hasOwn(map, key)) outside();
      map[key] = this.flowScalar(this.skipSpaces(colon, end), end);
    });
    return map;
  }

  /**
   * The comma-separated entries of a one-line flow collection opened at `i`, up to the `close` character: `entry`
   * reads each one (leaving the offset after it in `next`); afterwards `next` is the offset after `close`.
   */
  private flowEntries(i: number, end: number, close: number, entry: (at: number) => void): void {
    let j = this.skipSpaces(i + 1, end);
    if (this.text.charCodeAt(j) !== close) {
      for (;;) {
        entry(j);
        j = this.skipSpaces(this.next, end);
        if (this.text.charCodeAt(j) === close) break;
        if (this.text.charCodeAt(j) !== 44 /* , */) outside();
        j = this.skipSpaces(j + 1, end);
      }
    }
    this.next = j + 1;
  }

  private flowScalar(j: number, end: number): unknown {
    if (j >= end) outside();
    const c = this.text.charCodeAt(j);
    if (c === 34) return this.doubleQuoted(j, end);
    if (c === 39) return this.singleQuoted(j, end);
    return this.plain(j, end, true);
  }

  private skipSpaces(j: number, end: number): number {
    while (j < end && this.text.charCodeAt(j) === 32) j++;
    return j;
  }

  /**
   * `|` (literal) or `>` (folded) with clip or strip (`-`) chomping. Left to js-yaml: keep chomping (`+`), an explicit
   * indentation, leading blank lines, and in folded texts more-indented lines (their own folding rules).
   */
  private blockScalar(line: number, i: number, parent: number): string {
    const t = this.text;
    const folded = t.charCodeAt(i) === 62;
    let j = i + 1;
    const end = this.ends[line]!;
    const strip = t.charCodeAt(j) === 45; /* - */
    if (strip) j++;
    this.restOfLine(j, end);
    const first = line + 1;
    if (first >= this.count) outside();
    const indent = this.indent(first);
    if (indent <= parent || this.starts[first]! + indent >= this.ends[first]!) outside(); // empty or leading blank line
    const lines: string[] = [];
    let l = first;
    for (; l < this.count; l++) {
      const start = this.starts[l]!;
      const lineEnd = this.ends[l]!;
      const own = this.indent(l);
      if (start + own >= lineEnd) {
        if (own > indent) outside(); // spaces past the indentation on an empty line are content
        lines.push("");
        continue;
      }
      if (own < indent) break;
      if (own > indent && folded) outside();
      lines.push(t.slice(start + indent, lineEnd));
    }
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    let body = "";
    if (folded) {
      for (let k = 0; k < lines.length; k++) {
        const text = lines[k]!;
        if (k === 0) body = text;
        else if (text === "") body += "\n";
        else body += lines[k - 1] === "" ? text : ` ${text}`;
      }
    } else body = lines.join("\n");
    this.next = this.nextContent(l);
    return strip ? body : `${body}\n`;
  }
}

const ESCAPES: Record<string, string> = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "\t", r: "\r", "0": "\0", " ": " " };

/** A plain scalar's value under the core schema: null, a boolean, a whole number, else (js-yaml decides) or text. */
function scalar(token: string): unknown {
  const c = token.charCodeAt(0);
  // Only these first characters can make a plain scalar anything but text.
  if (c === 126 /* ~ */ || c === 110 /* n */ || c === 78 /* N */) return NULLS.has(token) ? null : token;
  if (c === 116 /* t */ || c === 84 /* T */ || c === 102 /* f */ || c === 70 /* F */) return BOOLEANS.get(token) ?? token;
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return token;
  if (DECIMAL.test(token)) return Number(token);
  // Anything else that may be a number (`4.95`, `0x1F`, `.inf`, `1e3`) is resolved by js-yaml itself.
  if (!MAYBE_NUMBER.test(token)) return token;
  let value: unknown;
  try {
    value = load(token, { schema: CORE_SCHEMA });
  } catch {
    return outside();
  }
  return typeof value === "number" || typeof value === "string" ? value : outside();
}
