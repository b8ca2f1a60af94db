import { isMap, isNode, isPair, isScalar, parseDocument, visit, type Document, type ErrorCode, type Node } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Position } from "../model/content.ts";
import type { SourceFile } from "./source-file.ts";

/** Far deeper than any journey; deep enough flow nesting would overflow the parser's stack. */
export const MAX_FLOW_DEPTH = 64;

/** Aliases beyond this many expand exponentially ("billion laughs"); no journey needs them. */
const MAX_ALIAS_COUNT = 100;

const YAML_HINTS: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: "each field may appear once per mapping: remove or merge the repeated one",
  TAB_AS_INDENT: "indent with spaces, not tabs",
  BAD_INDENT: "line the field up with the other fields of the same mapping (use spaces)",
  MULTILINE_IMPLICIT_KEY: "a line is missing its `key: value` colon, or a text with `: ` inside needs quotes",
  BLOCK_AS_IMPLICIT_KEY: "a line is missing its `key: value` colon, or a text with `: ` inside needs quotes",
  MISSING_CHAR: "close the quote or bracket that opens here",
  UNEXPECTED_TOKEN: "check the punctuation on this line; texts starting with `@`, `` ` ``, `%`, `*` or `&` need quotes",
  BAD_SCALAR_START: "texts starting with `@`, `` ` `` or `%` need quotes",
  MULTIPLE_DOCS: "keep one document per file: remove the `---` separator or split the file",
  BAD_ALIAS: "an alias `*name` needs a matching anchor `&name` earlier in the file",
  KEY_OVER_1024_CHARS: "keys are short field names",
  BAD_DQ_ESCAPE: "in double quotes, write a backslash as `\\\\` or use single quotes",
};

const yamlHint = (code: ErrorCode) => (Object.hasOwn(YAML_HINTS, code) ? YAML_HINTS[code] : undefined);

export type ParsedYaml =
  | { ok: true; doc: Document.Parsed; value: unknown; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parse keeping the node tree (for positions) and convert to plain data; never throws for author errors.
 * `known` is the value the fast parser already read from the same text (it refuses duplicate keys and aliases):
 * then only the node tree is built, for positions.
 */
export function parseYaml(source: SourceFile, known?: { value: unknown }): ParsedYaml {
  const at = (range: readonly [number, number]): Position => source.position(range[0], range[1]);
  const tooDeep = flowDepthExceeded(source.text);
  if (tooDeep >= 0) {
    return { ok: false, diagnostics: [{ ...fileProblem(source, "yaml/too-deep", `the file nests more than ${MAX_FLOW_DEPTH} levels deep`, "flatten the structure; journeys nest a few levels at most"), ...at([tooDeep, tooDeep + 1]) }] };
  }
  let doc: Document.Parsed;
  try {
    // yaml's own duplicate-key check scans the mapping for every key (quadratic: 40,000 keys took 37 s);
    // duplicates are found below in one pass per mapping instead.
    doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: false, strict: true });
  } catch (error) {
    // The parser recurses on nesting depth; a pathological file can exhaust the stack.
    return { ok: false, diagnostics: [fileProblem(source, "yaml/too-deep", messageOf(error, "the file nests too deeply to read"), "flatten the structure; journeys nest a few levels at most")] };
  }
  const overflow = doc.errors.find((e) => /stack/i.test(e.message));
  if (overflow) {
    return { ok: false, diagnostics: [{ ...fileProblem(source, "yaml/too-deep", "the file nests too deeply to read", "flatten the structure; journeys nest a few levels at most"), ...at(overflow.pos) }] };
  }
  const diagnostics: Diagnostic[] = [];
  const duplicates = known ? [] : duplicateKeys(doc);
  for (const key of duplicates) {
    diagnostics.push({ severity: "error", rule: "yaml/duplicate-key", message: `duplicate field \`${key.name}\``, hint: YAML_HINTS.DUPLICATE_KEY, file: source.file, ...at(key.range) });
  }
  for (const error of doc.errors) {
    const pos = error.code === "MISSING_CHAR" && /quote/.test(error.message) ? openingQuote(source.text, error.pos) : error.pos;
    diagnostics.push({
      severity: "error",
      rule: error.code === "DUPLICATE_KEY" ? "yaml/duplicate-key" : "yaml/syntax",
      message: cleanYamlMessage(error.message, error.code, source, error.pos),
      hint: yamlHint(error.code),
      file: source.file,
      ...at(pos),
    });
  }
  for (const warning of doc.warnings) {
    diagnostics.push({
      severity: "warning",
      rule: "yaml/warning",
      message: cleanYamlMessage(warning.message, warning.code, source, warning.pos),
      hint: yamlHint(warning.code),
      file: source.file,
      ...at(warning.pos),
    });
  }
  if (doc.errors.length > 0 || duplicates.length > 0) return { ok: false, diagnostics };
  if (doc.contents === null) {
    diagnostics.push(fileProblem(source, "yaml/empty", "the file is empty", "start from an example in journeys/, or delete the file"));
    return { ok: false, diagnostics };
  }
  if (known) return { ok: true, doc, value: known.value, diagnostics };
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, doc, value, diagnostics };
  } catch (error) {
    const exhausted = error instanceof ReferenceError || /alias/i.test(String(error));
    diagnostics.push(
      exhausted
        ? fileProblem(source, "yaml/alias-limit", `the file expands too many aliases (more than ${MAX_ALIAS_COUNT})`, "write the values out instead of repeating `*alias` references")
        : fileProblem(source, "yaml/syntax", messageOf(error, "the file cannot be read as YAML"), "check the file's structure"),
    );
    return { ok: false, diagnostics };
  }
}

/** Keys written twice in a mapping, each found with one set per mapping (linear in the file). */
function duplicateKeys(doc: Document.Parsed): { name: string; range: [number, number] }[] {
  const found: { name: string; range: [number, number] }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value: unknown = pair.key.value;
        const id = `${typeof value}:${String(value)}`;
        if (!seen.has(id)) {
          seen.add(id);
          continue;
        }
        const range = pair.key.range;
        found.push({ name: String(value), range: range ? [range[0], range[1]] : [0, 0] });
      }
    },
  });
  return found;
}

/** Offset of the bracket that opens one level too many, or -1; skips quoted texts and comments. */
function flowDepthExceeded(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "{") {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if (c === "]" || c === "}") {
      depth = Math.max(0, depth - 1);
    } else if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== "\n"; i++) if (c === '"' && text[i] === "\\") i++;
    } else if (c === "#" && (i === 0 || /\s/.test(text[i - 1] ?? ""))) {
      while (i < text.length && text[i] !== "\n") i++;
    }
  }
  return -1;
}

/** yaml reports an unclosed quote where the file ends; the author needs the line where it opens. */
function openingQuote(text: string, pos: readonly [number, number]): [number, number] {
  const before = text.slice(0, pos[0]);
  let found = -1;
  for (const match of before.matchAll(/(?:^|[:\-[,{]\s*)(["'])/gm)) found = (match.index ?? 0) + match[0].length - 1;
  return found >= 0 ? [found, found + 1] : [pos[0], pos[1]];
}

function fileProblem(source: SourceFile, rule: string, message: string, hint: string): Diagnostic {
  return { severity: "error", rule, message, hint, file: source.file, line: 1, col: 1 };
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof RangeError ? fallback : error instanceof Error && error.message ? firstSentence(error.message) : fallback;
}

function firstSentence(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}

function cleanYamlMessage(message: string, code: ErrorCode, source: SourceFile, pos: readonly [number, number]): string {
  if (code === "DUPLICATE_KEY") {
    const key = /^["']?([^\s:"']+)/.exec(source.text.slice(pos[0], pos[0] + 200))?.[1];
    return key ? `duplicate field \`${key}\`` : "duplicate field in this mapping";
  }
  if (code === "MULTIPLE_DOCS") return "the file holds more than one YAML document";
  if (code === "MISSING_CHAR" && /quote/.test(message)) return "a quoted text is not closed";
  const text = firstSentence(message);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Where a document path points: the node itself, or the mapping that lacks it. */
export function locate(doc: Document.Parsed, source: SourceFile, path: readonly PropertyKey[]): Position {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isNode(node)) break;
    const child = childOf(node, key);
    if (child === undefined) break;
    node = child;
  }
  const range = isNode(node) ? node.range : undefined;
  if (!range) return { line: 1, col: 1 };
  return source.position(range[0], isScalar(node) ? range[1] : range[0]);
}

/**
 * Where unknown fields are reported: the key nodes of the mapping at each path, indexed once per mapping, so a mapping
 * with many unknown fields is scanned once, not once per field.
 */
export function keyLocator(doc: Document.Parsed, source: SourceFile): (path: readonly PropertyKey[], key: string) => Position {
  const indexes = new Map<string, Map<string, readonly [number, number]>>();
  return (path, key) => {
    const at = JSON.stringify(path.map(String));
    let index = indexes.get(at);
    if (!index) {
      index = new Map();
      const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
      if (isMap(map)) {
        for (const pair of map.items) {
          if (isPair(pair) && isScalar(pair.key) && pair.key.range && !index.has(String(pair.key.value))) index.set(String(pair.key.value), [pair.key.range[0], pair.key.range[1]]);
        }
      }
      indexes.set(at, index);
    }
    const range = index.get(key);
    return range ? source.position(range[0], range[1]) : locate(doc, source, path);
  };
}

function childOf(node: Node, key: PropertyKey): Node | undefined {
  const child = (node as { get?: (key: unknown, keepScalar: boolean) => unknown }).get?.(key, true);
  if (isNode(child)) return child;
  // Numeric keys in a map come back as strings from zod's path.
  if (typeof key === "number" && isMap(node)) {
    const byString = node.get(String(key), true);
    if (isNode(byString)) return byString;
  }
  return undefined;
}
