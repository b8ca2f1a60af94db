import { lstatSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { ConfigSchema, KNOWN_CHANNELS, type Config } from "../model/index.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Position } from "../model/content.ts";
import { loadDocument } from "./load-document.ts";
import { displayPath } from "./display-path.ts";
import { readBounded } from "./load-file.ts";
import { isInside, repositoryOf } from "./discover.ts";

export const CONFIG_FILE = "journeymap.config.yaml";

export interface ConfigResult {
  config: Config;
  /** Absolute folder the config's relative paths start from. */
  root: string;
  diagnostics: Diagnostic[];
  /** The config file as diagnostics show it, when there is one. */
  file?: string;
  /** Where a field of the config is written, for problems that point at the config's line (e.g. `content`). */
  at?: (path: readonly PropertyKey[]) => Position;
}

/**
 * Reads `journeymap.config.yaml` from `root` when present; defaults otherwise. A config that is a symbolic link is
 * read only when it leads to a regular file inside the repository: a link to a device would hang the read, and a
 * link to a secret would print its lines in error messages.
 */
export function loadConfig(root: string, cwd = process.cwd(), repository = repositoryOf(root)): ConfigResult {
  const path = join(root, CONFIG_FILE);
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    return { config: ConfigSchema.parse({}), root, diagnostics: [] };
  }
  const file = displayPath(path, cwd);
  if (link) {
    let target: string | undefined;
    try {
      target = realpathSync(path);
    } catch {
      // dangling
    }
    if (target === undefined || !isInside(repository ?? realpathSync(root), target)) {
      const diagnostic: Diagnostic = { severity: "error", rule: "file/outside-repository", message: "the settings file is a symbolic link to a place outside the repository (or to nothing); it is not read", hint: "replace the link with the settings file itself", file, line: 1, col: 1 };
      return { config: ConfigSchema.parse({}), root, diagnostics: [diagnostic], file };
    }
  }
  const read = readBounded(path, file, undefined, true);
  if (!read.ok) return { config: ConfigSchema.parse({}), root, diagnostics: read.diagnostics, file };
  return configFromBytes(root, file, read.bytes);
}

/** The config from its bytes, wherever they come from (the working tree, or git objects at a revision). */
export function configFromBytes(root: string, file: string, bytes: Uint8Array): ConfigResult {
  const defaults = ConfigSchema.parse({});
  const { loaded, diagnostics } = loadDocument(file, bytes, ConfigSchema);
  if (!loaded) return { config: defaults, root, diagnostics, file };
  loaded.data.channels.forEach((channel, i) => {
    if (Object.hasOwn(KNOWN_CHANNELS, channel.id)) {
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
  return { config: loaded.data, root, diagnostics, file, at: loaded.at };
}
