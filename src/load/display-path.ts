import { isAbsolute, relative, sep } from "node:path";

/** Paths as an author types them: relative to the working directory, `/`-separated, for `file:line:col` links. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join("/");
}
