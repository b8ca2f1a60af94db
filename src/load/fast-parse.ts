import { CORE_SCHEMA, load } from "js-yaml";
import { parseBlockYaml } from "./block-parse.ts";

// Valid files are read on a fast path that keeps no positions: the block reader (block-parse.ts) for the plain
// block YAML content files are written in, else js-yaml, which parses about 8x faster than `yaml` (see
// bench/validate.bench.ts). Any file with a problem is parsed again with `yaml`, whose result and positions are the
// ones reported. Anchors take the slow path too: js-yaml has no limit on alias expansion.
const ANCHOR = /(?:^|[\s[{,])&[^\s,\]}]/m;

/** Plain data when the file is a single, alias-free YAML document that js-yaml reads; undefined otherwise. */
export function fastParse(text: string): unknown {
  const block = parseBlockYaml(text);
  if (block !== undefined) return block === null ? undefined : block;
  if (text.includes("&") && ANCHOR.test(text)) return undefined;
  try {
    const value: unknown = load(text, { schema: CORE_SCHEMA });
    return value === null || value === undefined ? undefined : value;
  } catch {
    return undefined;
  }
}
