import type { z } from "zod";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Loaded, Position } from "../model/content.ts";
import { MAX_FILE_BYTES, SourceFile, decodeSource } from "./source-file.ts";
import { schemaDiagnostics, type Locator } from "./schema-issues.ts";
import { keyLocator, locate, parseYaml } from "./yaml-document.ts";
import { fastParse } from "./fast-parse.ts";
import { blockLocator } from "./block-locator.ts";
import { parseDocument, type Document } from "yaml";

export interface DocumentResult<T> {
  loaded?: Loaded<T>;
  /** The `id` of a document that parsed but failed validation, so references to it are not reported too. */
  brokenId?: string;
  /** The plain value of a document that parsed but failed validation: its references are still checked. */
  raw?: unknown;
  diagnostics: Diagnostic[];
}

/** Bytes of one file → validated data, or diagnostics that say why not. Never throws for author errors. */
export function loadDocument<S extends z.ZodType>(file: string, bytes: Uint8Array, schema: S): DocumentResult<z.output<S>> {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    if (decoded.reason === "size") return tooLarge(file, bytes.length);
    const prefix = new TextDecoder().decode(bytes.subarray(0, decoded.reason === "binary" ? decoded.offset : undefined));
    const source = new SourceFile(file, prefix);
    const position = source.position(Math.min(decoded.offset, prefix.length));
    return decoded.reason === "binary"
      ? problem(file, "file/binary", "the file contains a NUL byte: it is not a text file", "content files are UTF-8 text", position)
      : problem(file, "file/encoding", "the file is not valid UTF-8 text", "save the file as UTF-8 (most editors: \"Save with encoding\")", position);
  }
  const source = new SourceFile(file, decoded.text);
  const quick = fastParse(decoded.text);
  const first = quick === undefined ? undefined : schema.safeParse(quick);
  if (first?.success) return { loaded: { data: first.data, file, at: lazyLocator(source) }, diagnostics: [] };
  const parsed = parseYaml(source, quick === undefined ? undefined : { value: quick });
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const { doc, value } = parsed;
  const at = (path: readonly PropertyKey[]) => locate(doc, source, path);
  const result = first ?? schema.safeParse(value);
  if (!result.success) {
    const locator: Locator = { file, at, key: keyLocator(doc, source) };
    const id = (value as { id?: unknown } | null)?.id;
    return { brokenId: typeof id === "string" ? id : undefined, raw: value, diagnostics: [...parsed.diagnostics, ...schemaDiagnostics(result.error.issues, schema, value, locator)] };
  }
  return { loaded: { data: result.data, file, at }, diagnostics: parsed.diagnostics };
}

/**
 * Positions for a file that loaded on the fast path. The block index (block-locator.ts) answers from one pass over
 * the lines; `yaml`'s node tree is built only for what it cannot answer (anchors, multi-line texts, flow collections).
 */
function lazyLocator(source: SourceFile): (path: readonly PropertyKey[]) => Position {
  return fileLocator(() => source.text, source.file);
}

/**
 * The same for a file whose text is read on first use: from memory, or again from disk (a file loaded in a worker).
 * Only the compact block index is kept; the text is read again in the rare case that `yaml` has to answer. A file
 * that cannot be read again gives the file's top.
 */
export function fileLocator(read: () => Uint8Array | string | undefined, shown: string): (path: readonly PropertyKey[]) => Position {
  const text = () => {
    const got = read();
    if (typeof got === "string" || got === undefined) return got;
    const decoded = decodeSource(got);
    return decoded.ok ? decoded.text : undefined;
  };
  let block: ReturnType<typeof blockLocator> | null = null;
  let slow: ((path: readonly PropertyKey[]) => Position) | undefined;
  const fromYaml = (path: readonly PropertyKey[]) => {
    if (!slow) {
      const t = text();
      if (t === undefined) slow = () => ({ line: 1, col: 1 });
      else {
        const source = new SourceFile(shown, t);
        const doc: Document.Parsed = parseDocument(t, { uniqueKeys: false });
        slow = (at) => locate(doc, source, at);
      }
    }
    return slow(path);
  };
  return (path) => {
    if (block === null) {
      const t = text();
      block = t === undefined ? undefined : blockLocator(t);
    }
    return block?.(path) ?? fromYaml(path);
  };
}

/** A file over the size limit: refused whole, before it is decoded or parsed. */
export function tooLarge(file: string, size: number): { diagnostics: Diagnostic[] } {
  const size_ = size >= 1024 ** 3 ? `${(size / 1024 ** 3).toFixed(1)} GiB` : size >= 1024 ** 2 ? `${(size / 1024 ** 2).toFixed(1)} MiB` : `${Math.round(size / 1024)} KiB`;
  return problem(file, "file/too-large", `the file is ${size_}, over the ${MAX_FILE_BYTES / 1024} KiB limit`, "content files are written by hand: split the journey into several files");
}

function problem(file: string, rule: string, message: string, hint: string, position: Position = { line: 1, col: 1 }) {
  return { diagnostics: [{ severity: "error" as const, rule, message, hint, file, ...position }] };
}
