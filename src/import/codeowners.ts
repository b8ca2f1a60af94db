import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { repositoryRoot } from "../load/git.ts";
import { looseKey } from "./common.ts";

/**
 * GitHub's CODEOWNERS, read as GitHub reads it. Written here rather than taken from a package: the parsers on npm are
 * either unmaintained (codeowners-utils, last released 2019) or command-line tools with many dependencies, and they
 * match with .gitignore semantics, which differ from CODEOWNERS' (GitHub: no `!` negation, no `[ ]` ranges, matching
 * is case-sensitive). The rules, from GitHub's documentation:
 * - the file is the first of `.github/CODEOWNERS`, `CODEOWNERS`, `docs/CODEOWNERS`;
 * - `#` starts a comment; each other line is a pattern followed by owners (`@user`, `@org/team`, an e-mail);
 * - a pattern with a `/` at its start or in its middle is anchored at the repository root, otherwise it matches at
 *   any depth; a trailing `/` matches a directory's contents; `*` matches within one path segment, `**` across them;
 *   a pattern that matches a directory matches every file under it;
 * - the last matching pattern wins, and a pattern with no owners leaves the file without owners.
 */

export const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

export interface CodeOwnersRule {
  pattern: string;
  owners: string[];
  line: number;
  regex: RegExp;
}

export interface CodeOwners {
  /** The file, relative to the repository root. */
  file: string;
  root: string;
  rules: CodeOwnersRule[];
}

export function parseCodeOwners(text: string): CodeOwnersRule[] {
  const rules: CodeOwnersRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern) return;
    const regex = patternRegex(pattern);
    if (regex) rules.push({ pattern, owners, line: i + 1, regex });
  });
  return rules;
}

/** A CODEOWNERS pattern as a regular expression over `/`-separated paths relative to the root; undefined if unusable. */
export function patternRegex(pattern: string): RegExp | undefined {
  if (pattern.startsWith("!") || /[[\]]/.test(pattern)) return undefined; // not supported by GitHub
  let p = pattern;
  const dirOnly = p.endsWith("/");
  p = p.replace(/\/+$/, "");
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  if (p === "" ) return dirOnly ? /^.*$/ : undefined;
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "*" && p[i + 1] === "*") {
      const slashAfter = p[i + 2] === "/";
      re += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`${anchored ? "^" : "^(?:.*/)?"}${re}${dirOnly ? "/.*" : "(?:/.*)?"}$`);
}

/** The owners of a path relative to the root: the last matching rule's. */
export function ownersOf(rules: readonly CodeOwnersRule[], path: string): { owners: string[]; rule?: CodeOwnersRule } {
  const normal = path.split(sep).join("/").replace(/^\/+/, "");
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    if (rule.regex.test(normal)) return { owners: rule.owners, rule };
  }
  return { owners: [] };
}

/** The repository's CODEOWNERS, looked for from the content's folder up to the git root (or `cwd` outside git). */
export function readCodeOwners(cwd: string): CodeOwners | undefined {
  const root = repositoryRoot(cwd) ?? cwd;
  for (const file of CODEOWNERS_LOCATIONS) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    try {
      return { file, root, rules: parseCodeOwners(readFileSync(path, "utf8")) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The owners of a file (absolute, or relative to `cwd`). */
export function codeOwnersFor(codeowners: CodeOwners, file: string, cwd: string): string[] {
  return ownersOf(codeowners.rules, relative(codeowners.root, resolve(cwd, file))).owners;
}

/** `@northwind/e-commerce` → `e-commerce`; `@sanne` → `sanne`; an e-mail → its local part: what a team name is matched on. */
export function handleName(owner: string): string {
  return looseKey(owner.replace(/^@/, "").replace(/@.*$/, "").split("/").at(-1) ?? owner).replace(/ /g, "-");
}
