import { existsSync, lstatSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { ID_PATTERN } from "../model/index.ts";
import { displayPath } from "../load/display-path.ts";
import { loadConfig } from "../load/load-config.ts";
import { loadContent } from "../load/load-content.ts";
import { isInside, repositoryOf } from "../load/discover.ts";
import { didYouMean, listSome } from "../diagnostics/suggest.ts";
import type { Content } from "../model/content.ts";
import { slugify } from "../load/schema-issues.ts";
import type { Io } from "./io.ts";
import { parseOptions } from "./parse-options.ts";
import { journeyScaffold, kpiScaffold, personaScaffold } from "./scaffolds.ts";
import { UsageError, unknownWord } from "./usage-error.ts";

export const NEW_HELP = `Usage: journeymap new journey|persona|kpi ID [--area AREA] [--persona ID] [--dir DIR]

Writes a valid, commented starting file with its schema line, so the editor
completes and checks fields as you type:
  journey  -> journeys/<area>/<ID>.yaml  (--area, default: no subfolder; --persona, default: the first persona)
  persona  -> journeys/personas/<ID>.yaml
  kpi      -> journeys/kpis/<ID>.yaml

Never overwrites a file. Exit codes: 0 written, 1 the file exists or no persona yet, 2 usage error.`;

const KINDS = ["journey", "persona", "kpi"] as const;

export function newCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseOptions("new", args, { area: { type: "string" }, persona: { type: "string" }, dir: { type: "string" } }, 2);
  if (values.help) {
    io.out(NEW_HELP);
    return 0;
  }
  const [kind, id] = positionals;
  if (!kind || !id) throw new UsageError("say what to create and its id, e.g. `journeymap new journey returns-and-refunds`. See `journeymap new --help`.");
  if (!KINDS.includes(kind as (typeof KINDS)[number])) throw unknownWord("command", kind, KINDS, "journeymap new");
  if (!ID_PATTERN.test(id)) throw new UsageError(`\`${id}\` is not an id: use lower-case letters, digits and single hyphens, e.g. \`${slugify(id) || "my-journey"}\`.`);
  const { config } = loadConfig(io.cwd, io.cwd);
  const dir = resolve(io.cwd, values.dir ?? config.content);
  const content = loadContent({ cwd: io.cwd, dir });
  const area = kind === "journey" && values.area !== undefined ? existingArea(content, values.area) : undefined;
  const folder = kind === "persona" ? "personas" : kind === "kpi" ? "kpis" : (area?.folder ?? (values.area ? slugify(values.area) : ""));
  const path = join(dir, folder, `${id}.yaml`);
  const refusal = refuse(kind as (typeof KINDS)[number], id, path, content, io.cwd);
  if (refusal) {
    io.err(`journeymap: ${refusal}; nothing written.`);
    return 1;
  }
  const schema = relative(dirname(path), resolve(io.cwd, "schemas", `${kind}.schema.json`)).split("\\").join("/");
  let text: string;
  if (kind === "journey") {
    const personas = content.personas.map((p) => p.data.id).sort();
    const persona = values.persona ?? personas[0];
    if (!persona) {
      io.err("journeymap: a journey needs a persona, and there is none yet. Create one first: `journeymap new persona <id>`.");
      return 1;
    }
    if (!personas.includes(persona)) {
      const guess = didYouMean(persona, personas);
      io.err(`journeymap: there is no persona \`${persona}\`${guess ? `; did you mean \`${guess}\`?` : ""} Personas: ${listSome(personas)}. Nothing written.`);
      return 1;
    }
    // The group's name as the other journeys of the area spell it, written out when the folder name differs from it.
    const label = area?.label ?? values.area;
    text = journeyScaffold(id, persona, schema, label !== undefined && label !== folder ? label : undefined);
  } else {
    text = kind === "persona" ? personaScaffold(id, schema) : kpiScaffold(id, schema);
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    // "wx": created here or not at all; never written through a link (not even a dangling one) or over a file.
    writeFileSync(path, text, { flag: "wx" });
  } catch (error) {
    io.err(`journeymap: cannot write ${displayPath(path, io.cwd)}: ${(error as NodeJS.ErrnoException).code === "EEXIST" ? "it already exists" : ((error as NodeJS.ErrnoException).code ?? "unknown error")}; nothing written.`);
    return 1;
  }
  io.out(`wrote ${displayPath(path, io.cwd)}`);
  return 0;
}

/**
 * Why the file must not be written, if it must not: something (even a dangling symbolic link) is already at its
 * path, its folder leads outside the repository, or the id is taken by another file of the same kind.
 */
function refuse(kind: (typeof KINDS)[number], id: string, path: string, content: Content, cwd: string): string | undefined {
  const shown = displayPath(path, cwd);
  try {
    const entry = lstatSync(path);
    return entry.isSymbolicLink() ? `${shown} is a symbolic link (it would write wherever it points)` : `${shown} already exists`;
  } catch {
    // Nothing there: good.
  }
  let existing = dirname(path);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const repository = repositoryOf(cwd) ?? realpathSync(cwd);
  if (!isInside(repository, realpathSync(existing))) return `${displayPath(dirname(path), cwd)} leads outside the repository (through a symbolic link)`;
  const docs = kind === "journey" ? content.journeys : kind === "persona" ? content.personas : content.kpis;
  const taken = docs.find((d) => d.data.id === id);
  if (taken) return `a ${kind === "kpi" ? "KPI" : kind} with the id \`${id}\` already exists in ${taken.file}: ids must be unique`;
  return undefined;
}

/**
 * The area an author means by `--area`, as the existing journeys spell it: matched case-insensitively against their
 * `area` fields and their folders, so `--area retail` joins the `Retail` group instead of starting a second one.
 */
function existingArea(content: Content, wanted: string): { label: string; folder?: string } | undefined {
  const key = (text: string) => slugify(text);
  const target = key(wanted);
  if (!target) return undefined;
  for (const journey of [...content.journeys].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const folder = folderOf(content, journey.file);
    const label = journey.area ?? folder;
    if (label === undefined) continue;
    if (key(label) === target || (folder !== undefined && key(folder) === target)) return { label, folder: folder ?? slugify(label) };
  }
  return undefined;
}

/** The first folder of a journey file under the content folder: its area's folder. */
function folderOf(content: Content, file: string): string | undefined {
  const parts = relative(content.dir, resolve(content.cwd, file)).split(sep);
  return parts.length > 1 && parts[0] !== ".." ? parts[0] : undefined;
}
