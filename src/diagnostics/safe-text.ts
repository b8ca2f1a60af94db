/**
 * Text from content files and file names, made safe to print in any output: no control character reaches a
 * terminal or a CI log raw. A newline in a file name would start a new log line that GitHub Actions reads as a
 * workflow command (`::error …`, `::add-mask::…`); an ESC byte in a YAML line would let a file rewrite or erase its
 * own error line in the code frame.
 */

// C0 controls except tab, DEL, C1 controls, line/paragraph separators, bidirectional overrides ("Trojan source").
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_TAB = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Control characters as visible escapes: `\n`, `\x1b`, `\u202e`. Tabs are kept unless `tabs` is false. */
export function visible(text: string, tabs = true): string {
  return text.replace(tabs ? UNSAFE : UNSAFE_OR_TAB, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

export function hasControlCharacters(text: string): boolean {
  return new RegExp(UNSAFE_OR_TAB.source).test(text);
}

/**
 * A path for the start of an output line: escaped, and never starting with `::`, which GitHub Actions would read
 * as a workflow command.
 */
export function safePath(path: string): string {
  const shown = visible(path, false);
  return shown.startsWith(":") ? `./${shown}` : shown;
}
