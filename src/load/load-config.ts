import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigSchema, KNOWN_CHANNELS, type Config } from "../model/index.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { loadDocument } from "./load-document.ts";
import { displayPath } from "./display-path.ts";

export const CONFIG_FILE = "journeymap.config.yaml";

export interface ConfigResult {
  config: Config;
  /** Absolute folder the config's relative paths start from. */
  root: string;
  diagnostics: Diagnostic[];
}

/** Reads `journeymap.config.yaml` from `root` when present; defaults otherwise. */
export function loadConfig(root: string, cwd = process.cwd()): ConfigResult {
  const path = join(root, CONFIG_FILE);
  const defaults = ConfigSchema.parse({});
  if (!existsSync(path)) return { config: defaults, root, diagnostics: [] };
  const file = displayPath(path, cwd);
  const { loaded, diagnostics } = loadDocument(file, readFileSync(path), ConfigSchema);
  if (!loaded) return { config: defaults, root, diagnostics };
  loaded.data.channels.forEach((channel, i) => {
    if (channel.id in KNOWN_CHANNELS) {
      diagnostics.push({
        severity: "warning",
        rule: "config/known-channel",
        message: `channel \`${channel.id}\` is already a known channel`,
        hint: "remove it from `channels`, or give the custom channel another id",
        file,
        ...loaded.at(["channels", i, "id"]),
      });
    }
  });
  return { config: loaded.data, root, diagnostics };
}
