import type { Position } from "../model/content.ts";
import { LineCounter } from "yaml";

/** Content files are hand-written; anything larger is a mistake or an attack, not a journey. */
export const MAX_FILE_BYTES = 1024 * 1024;


/** A file's text with the offsets of its line starts, so any offset maps to `line:col`. */
export class SourceFile {
  readonly file: string;
  readonly text: string;
  #lines: LineCounter | undefined;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
  }

  /** Built on first use: most files are valid and never need a position. */
  get lines(): LineCounter {
    if (!this.#lines) {
      const lines = new LineCounter();
      let offset = 0;
      lines.addNewLine(0);
      while ((offset = this.text.indexOf("\n", offset) + 1) > 0) lines.addNewLine(offset);
      this.#lines = lines;
    }
    return this.#lines;
  }

  position(start: number, end?: number): Position {
    const from = this.lines.linePos(start);
    if (end === undefined || end <= start) return { line: from.line, col: from.col };
    const to = this.lines.linePos(end);
    return { line: from.line, col: from.col, endLine: to.line, endCol: to.col };
  }

  /** The text of a 1-based line, for code frames. */
  lineText(line: number): string {
    const start = this.lines.lineStarts[line - 1] ?? this.text.length;
    const next = this.lines.lineStarts[line];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, "");
  }
}

export type DecodeResult = { ok: true; text: string } | { ok: false; offset: number; reason: "size" | "encoding" | "binary" };

/** Bytes → text, refusing what no author writes by hand: huge files, non-UTF-8 bytes, NUL bytes. */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, offset: 0, reason: "size" };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, offset: nul, reason: "binary" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, offset: firstInvalidUtf8(bytes), reason: "encoding" };
  }
}

/** Character offset of the first byte sequence that is not UTF-8 (the decoder only says that one exists). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) break;
    let k = 1;
    while (k < length && ((bytes[i + k] ?? 0) & 0xc0) === 0x80) k++;
    if (k < length) break;
    i += length;
  }
  // Stricter cases (overlong forms, surrogates) pass this scan; the error then points at the prefix's end.
  return new TextDecoder("utf-8").decode(bytes.subarray(0, Math.min(i, bytes.length))).length;
}
