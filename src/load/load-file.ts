import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { z } from "zod";
import { JourneySchema, KpiSchema, PersonaSchema } from "../model/index.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ContentKind } from "../model/content.ts";
import type { ContentFile } from "./discover.ts";
import { displayPath } from "./display-path.ts";
import { loadDocument, tooLarge } from "./load-document.ts";
import { MAX_FILE_BYTES } from "./source-file.ts";

const SCHEMAS: Record<ContentKind, z.ZodType> = { journey: JourneySchema, persona: PersonaSchema, kpi: KpiSchema };

/** What loading one content file gives; plain data, so it can cross a worker thread. */
export interface FileOutcome {
  file: ContentFile;
  /** The path as diagnostics show it. */
  shown: string;
  bytes: number;
  /** SHA-1 of the bytes read, hex: what the incremental build keys a page on besides the data. */
  digest?: string;
  data?: unknown;
  brokenId?: string;
  /** Plain value of a file that parsed but failed the schema. */
  raw?: unknown;
  diagnostics: Diagnostic[];
}

export function loadContentFile(file: ContentFile, cwd: string): FileOutcome {
  const shown = displayPath(file.path, cwd);
  const read = readContentFile(file, shown);
  if (!read.ok) return { file, shown, bytes: read.size, diagnostics: read.diagnostics };
  const { loaded, brokenId, raw, diagnostics } = loadDocument(shown, read.bytes, SCHEMAS[file.kind]);
  const digest = createHash("sha1").update(read.bytes).digest("hex");
  return { file, shown, bytes: read.bytes.length, digest, data: loaded?.data, brokenId, raw, diagnostics };
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; size: number; diagnostics: Diagnostic[] };

/**
 * A content file's bytes: from memory, or from disk with its size checked on the open file before anything is read,
 * so a huge file (or one that grows) is refused without being read whole. Problems are diagnostics, never exceptions.
 */
export function readContentFile(file: Pick<ContentFile, "path" | "bytes" | "size">, shown: string): ReadResult {
  if (file.bytes) return { ok: true, bytes: file.bytes };
  if (file.size !== undefined && file.size > MAX_FILE_BYTES) return { ok: false, size: file.size, diagnostics: tooLarge(shown, file.size).diagnostics };
  return readBounded(file.path, shown);
}

/**
 * Reads at most one byte over the limit from a regular file; anything else is a diagnostic. The file is opened
 * without blocking (a FIFO would wait forever for a writer) and, unless `follow`, without following a symbolic link.
 */
export function readBounded(path: string, shown: string, limit = MAX_FILE_BYTES, follow = false): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (follow ? 0 : constants.O_NOFOLLOW));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, size: 0, diagnostics: [notRegular(shown)] };
    if (stat.size > limit) return { ok: false, size: stat.size, diagnostics: tooLarge(shown, stat.size).diagnostics };
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1); // only the bytes read are used
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > limit) return { ok: false, size: length, diagnostics: tooLarge(shown, length).diagnostics };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, size: 0, diagnostics: [unreadable(shown, error)] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notRegular(shown: string): Diagnostic {
  return { severity: "error", rule: "file/not-regular", message: "this is not a regular file (a device, a pipe or a socket), so it is not read", hint: "content files are plain YAML files: remove this one or replace it with a file", file: shown, line: 1, col: 1 };
}

/** An operating-system error as an author reads it: what happened, not an errno and an absolute path. */
export function unreadable(shown: string, error: unknown, what: "file" | "folder" = "file"): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "EACCES" || code === "EPERM" ? "permission denied" :
    code === "ENOENT" ? "it does not exist (a dangling link?)" :
    code === "EISDIR" ? "it is a folder" :
    code === "ELOOP" ? "it is a symbolic link, which is not followed here" :
    code === "EFBIG" || code === "ERR_FS_FILE_TOO_LARGE" ? "it is too large" : `the system says ${code ?? "it cannot be read"}`;
  return { severity: "error", rule: "file/unreadable", message: `the ${what} cannot be read: ${why}`, hint: code === "EACCES" || code === "EPERM" ? "make it readable (chmod u+r), or remove it" : "check the file, or remove it", file: shown, line: 1, col: 1 };
}
