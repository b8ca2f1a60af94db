import { resolve } from "node:path";
import { readBounded } from "./load-file.ts";
import { decodeSource } from "./source-file.ts";

/**
 * The lines of content files for code frames, read once each with the loader's own limits: a regular file within
 * the size limit, never through a symbolic link (a link to a secret must not print its lines). A file that cannot be
 * read that way just gets no code frame.
 */
export function sourceLineReader(cwd: string): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      const read = readBounded(resolve(cwd, file), file);
      const decoded = read.ok ? decodeSource(read.bytes) : undefined;
      cache.set(file, decoded?.ok ? decoded.text.split(/\r?\n/) : undefined);
    }
    const text = cache.get(file)?.[line - 1];
    return text !== undefined && text.length <= 200 ? text : undefined;
  };
}
