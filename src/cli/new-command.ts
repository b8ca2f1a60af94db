import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ID_PATTERN } from "../model/index.ts";
import { displayPath } from "../load/display-path.ts";
import { loadConfig } from "../load/load-config.ts";
import { loadContent } from "../load/load-content.ts";
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
  const folder = kind === "persona" ? "personas" : kind === "kpi" ? "kpis" : (values.area ? slugify(values.area) : "");
  const path = join(dir, folder, `${id}.yaml`);
  if (existsSync(path)) {
    io.err(`journeymap: ${displayPath(path, io.cwd)} already exists; nothing written.`);
    return 1;
  }
  const schema = relative(dirname(path), resolve(io.cwd, "schemas", `${kind}.schema.json`)).split("\\").join("/");
  let text: string;
  if (kind === "journey") {
    const personas = loadContent({ cwd: io.cwd, dir }).personas.map((p) => p.data.id).sort();
    const persona = values.persona ?? personas[0];
    if (!persona) {
      io.err("journeymap: a journey needs a persona, and there is none yet. Create one first: `journeymap new persona <id>`.");
      return 1;
    }
    text = journeyScaffold(id, persona, schema);
  } else {
    text = kind === "persona" ? personaScaffold(id, schema) : kpiScaffold(id, schema);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  io.out(`wrote ${displayPath(path, io.cwd)}`);
  return 0;
}
