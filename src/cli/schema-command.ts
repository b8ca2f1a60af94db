import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { jsonSchemas } from "../model/index.ts";
import { displayPath } from "../load/display-path.ts";
import type { Io } from "./io.ts";
import { parseOptions } from "./parse-options.ts";

export const SCHEMA_HELP = `Usage: journeymap schema [--out DIR] [--check]

Writes the JSON Schema files generated from the model (journey, persona, kpi,
config) so editors with the YAML language server complete and check fields as
you type. Each content file points at its schema on its first line:
  # yaml-language-server: $schema=../../schemas/journey.schema.json

Options:
  --out DIR    where to write (default: schemas/)
  --check      write nothing; exit 1 when the files differ from the model
  -h, --help   show this help`;

export function schemaCommand(args: readonly string[], io: Io): number {
  const { values } = parseOptions("schema", args, { out: { type: "string" }, check: { type: "boolean" } });
  if (values.help) {
    io.out(SCHEMA_HELP);
    return 0;
  }
  const dir = resolve(io.cwd, values.out ?? "schemas");
  const shownDir = displayPath(dir, io.cwd);
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    io.err(`journeymap: ${shownDir}: --out must be a folder, and this is a file; nothing written.\n  hint: give a folder, e.g. \`--out schemas\``);
    return 2;
  }
  const stale: string[] = [];
  for (const [name, text] of Object.entries(jsonSchemas())) {
    const path = join(dir, name);
    let current: string | undefined;
    try {
      current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    } catch (error) {
      return cannot(io, "read", displayPath(path, io.cwd), error);
    }
    if (current === text) continue;
    stale.push(displayPath(path, io.cwd));
    if (!values.check) {
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, text);
      } catch (error) {
        return cannot(io, "write", displayPath(path, io.cwd), error);
      }
    }
  }
  if (values.check) {
    if (stale.length === 0) io.out("✔ schema files match the model");
    else io.err(`✖ out of date: ${stale.join(", ")}\n  hint: run \`npx journeymap schema\` and commit the result`);
    return stale.length === 0 ? 0 : 1;
  }
  io.out(stale.length === 0 ? `schema files in ${displayPath(dir, io.cwd)} are up to date` : `wrote ${stale.join(", ")}`);
  return 0;
}

/** A file the command cannot read or write: said plainly, with the file and a hint, not as an internal error. */
function cannot(io: Io, verb: "read" | "write", file: string, error: unknown): number {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" ? "a part of the path is a file, not a folder" : code === "EISDIR" ? "it is a folder" : (code ?? "unknown error");
  io.err(`journeymap: cannot ${verb} ${file}: ${why}.\n  hint: check --out and the folder's permissions`);
  return 1;
}
