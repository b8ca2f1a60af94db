import { readFileSync } from "node:fs";
import { processIo, type Io } from "./io.ts";
import { UsageError, unknownWord } from "./usage-error.ts";
import { prestartLoadWorkers } from "../load/load-workers.ts";

type Command = (args: readonly string[], io: Io) => number | Promise<number>;

// Loaded on demand: a command only pays for the modules it uses (start-up is part of every pre-commit check).
const COMMANDS: Record<string, () => Promise<Command>> = {
  // These two load all the content on every core: the workers start while the command's modules load.
  validate: async () => (prestartLoadWorkers(), (await import("./validate-command.ts")).validateCommand),
  report: async () => (prestartLoadWorkers(), (await import("./report-command.ts")).reportCommand),
  diff: async () => (await import("./diff-command.ts")).diffCommand,
  new: async () => (await import("./new-command.ts")).newCommand,
  schema: async () => (await import("./schema-command.ts")).schemaCommand,
  import: async () => (await import("./import-command.ts")).importCommand,
  export: async () => (await import("./export-command.ts")).exportCommand,
  kpi: async () => (await import("./kpi-command.ts")).kpiCommand,
};

export const MAIN_HELP = `Usage: journeymap <command> [options]

Customer journey maps as code: journeys, personas and KPI targets in YAML.

Commands:
  validate   check the content; report problems as file:line:col with a hint
  report     health, KPIs and gaps per journey, as Markdown or JSON
  diff       what changed in the journeys between two git revisions
  new        start a journey, persona or KPI file from a commented template
  schema     write the JSON Schema files editors use for completion
  import     turn a spreadsheet (CSV) or Mermaid journey diagrams into journeys
  export     write a journey as a spreadsheet (CSV) or a Mermaid diagram
  kpi        record KPI measurements: one value, or a CSV of many

Options:
  -h, --help     show help (also after a command: journeymap validate --help)
  -v, --version  show the version

Exit codes: 0 success, 1 the content has problems, 2 usage error.`;

/** Runs one command and returns its exit code; nothing below sets process.exitCode or exits. */
export async function main(args: readonly string[], io: Io = processIo()): Promise<number> {
  const [first, ...rest] = args;
  try {
    if (first === undefined || first === "help" || first === "--help" || first === "-h") {
      if (first === "help" && rest[0] && COMMANDS[rest[0]]) return await (await COMMANDS[rest[0]]!())(["--help"], io);
      io.out(MAIN_HELP);
      return first === undefined ? 2 : 0;
    }
    if (first === "--version" || first === "-v") {
      io.out(version());
      return 0;
    }
    const command = COMMANDS[first];
    if (!command) throw unknownWord(first.startsWith("-") ? "option" : "command", first, first.startsWith("-") ? ["--help", "--version"] : Object.keys(COMMANDS), "journeymap");
    return await (await command())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`journeymap: ${error.message}`);
      return 2;
    }
    // An internal fault, never an author's: one line, no stack, and where to report it.
    io.err(`journeymap: internal error: ${error instanceof Error ? error.message : String(error)}\n  Please report this with the command you ran.`);
    return 70;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
