import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { UsageError, unknownWord } from "./usage-error.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** For string options: the values allowed. */
  choices?: readonly string[];
}

/** node:util parseArgs with our messages: unknown options get a did-you-mean, bad values list the choices. */
export function parseOptions<T extends Record<string, OptionSpec>>(command: string, args: readonly string[], spec: T, positionals = 0) {
  const options = { ...spec, help: { type: "boolean", short: "h" } } as Record<string, OptionSpec>;
  for (const arg of args) {
    if (!arg.startsWith("-") || arg === "-" || arg === "--") continue;
    const name = arg.startsWith("--") ? arg.slice(2).split("=")[0] ?? "" : arg.slice(1, 2);
    const known = arg.startsWith("--") ? name in options : Object.values(options).some((o) => o.short === name);
    if (!known) throw unknownWord("option", arg.split("=")[0] ?? arg, Object.keys(options).map((k) => `--${k}`), `journeymap ${command}`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: options as ParseArgsOptionsConfig, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, "")}. See \`journeymap ${command} --help\`.`);
  }
  if (parsed.positionals.length > positionals) {
    throw new UsageError(`unexpected argument \`${parsed.positionals[positionals]}\`. See \`journeymap ${command} --help\`.`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const [name, option] of Object.entries(options)) {
    const value = values[name];
    if (option.choices && typeof value === "string" && !option.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${option.choices.join(", ")}; got \`${value}\`.`);
    }
  }
  return { values: values as { [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : string } & { help?: boolean }, positionals: parsed.positionals };
}
