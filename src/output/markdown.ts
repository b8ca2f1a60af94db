// Text from content (YAML values, ids, file names) inside the Markdown that CI posts as a pull-request comment and a job
// summary. The comment is posted by a bot, so whatever a touchpoint's name says is said by the bot: it must not post an
// image, a link, an @-mention or an issue reference, nor raw HTML, nor break out of the table or code span it sits in.

/** GitHub refuses comment bodies over 65,536 characters; leave room for the note that says the comment was cut. */
export const COMMENT_LIMIT = 60_000;
/** GitHub's limit for one step's job summary, in bytes. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

/** U+2060 WORD JOINER: invisible, and it breaks what GitHub would otherwise turn into a mention, a reference or a link. */
const JOIN = "\u2060";
/** Control characters, and the bidirectional overrides that make text read differently from what it is. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Content text as inline Markdown that renders as exactly that text: one line, HTML and Markdown punctuation escaped,
 * and the word joiner placed where GitHub would make a mention (`@org/team`), a cross-reference (`#12`, `GH-12`) or an
 * autolink (`https://…`, `www.…`, `a@b.c`). `max` cuts long text with an ellipsis.
 */
export function inline(text: string, max?: number): string {
  const one = oneLine(max === undefined ? text : inlineCut(text, max));
  return one
    .replace(/[\\`*_[\]#|~$<>]|&(?=#?[a-z0-9]+;)/gi, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`))
    .replace(/@/g, `@${JOIN}`)
    .replace(/\\#(?=\d)/g, `\\#${JOIN}`)
    .replace(/(gh)-(?=\d)/gi, `$1${JOIN}-`)
    .replace(/(https?|ftp|mailto|xmpp|javascript|data|vbscript|file)(?=:)/gi, `$1${JOIN}`)
    .replace(/(www)(?=\.)/gi, `$1${JOIN}`);
}

/**
 * Text the project composed around content, such as a gap's title or suggested action: a `quoted` part becomes a code
 * span, the rest is escaped as `inline`. Content that happens to hold a pair of backticks only makes a code span,
 * which shows text and nothing else.
 */
export function prose(text: string, options: { max?: number; table?: boolean } = {}): string {
  const one = options.max === undefined ? text : inlineCut(text, options.max);
  return one
    .split(/(`[^`\r\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? code(part.slice(1, -1), { table: options.table }) : inline(part)))
    .join("");
}

function inlineCut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : text;
}

/**
 * Text in a code span (a file name, an id, a revision): a fence of backticks longer than any run inside it, so a name
 * with a backtick cannot close the span and start raw HTML. In a table cell a pipe is escaped too, as GFM requires.
 */
export function code(text: string, options: { table?: boolean } = {}): string {
  let body = oneLine(text);
  if (options.table) body = body.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || (body.startsWith(" ") && body.endsWith(" ") && body.trim() !== "") ? " " : "";
  return `${fence}${pad}${body || " "}${pad}${fence}`;
}

/** A fenced code block whose fence no line of `body` can close. */
export function fenced(info: string, body: string): string[] {
  const longest = Math.max(2, ...(body.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return [`${fence}${info}`, body.replace(/\s+$/, ""), fence];
}

/** One line without control characters: line breaks and tabs become spaces, other controls the replacement character. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ").replace(CONTROL, "\ufffd");
}

/**
 * Cuts a Markdown document to at most `limit` (characters, or UTF-8 bytes with `bytes: true`) at a line boundary,
 * closes a code block or `<details>` left open by the cut, and ends with `note`. Unchanged when it fits.
 */
export function capMarkdown(markdown: string, limit: number, note: string, options: { bytes?: boolean } = {}): string {
  const size = (s: string) => (options.bytes ? Buffer.byteLength(s, "utf8") : s.length);
  if (size(markdown) <= limit) return markdown;
  const closing = (kept: string[]) => {
    const tail: string[] = [];
    let fence: string | undefined;
    let details = 0;
    for (const line of kept) {
      const match = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (match && match[1]![0] === fence[0] && match[1]!.length >= fence.length && line.trim() === match[1]) fence = undefined;
      } else if (match) fence = match[1];
      else {
        details += (line.match(/<details>/g) ?? []).length;
        details -= (line.match(/<\/details>/g) ?? []).length;
      }
    }
    if (fence) tail.push(fence);
    for (let i = 0; i < details; i++) tail.push("", "</details>");
    return tail;
  };
  const lines = markdown.split("\n");
  const ending = (kept: string[]) => [...closing(kept), "", "---", "", note, ""].join("\n");
  // Longest prefix of whole lines that fits with its ending; the ending is small, so try from the largest prefix down.
  let total = 0;
  let count = 0;
  for (; count < lines.length; count++) {
    const next = total + size(lines[count]!) + 1;
    if (next > limit) break;
    total = next;
  }
  for (; count >= 0; count--) {
    const kept = lines.slice(0, count);
    const text = `${kept.join("\n")}\n${ending(kept)}`;
    if (size(text) <= limit) return text;
  }
  return `${note}\n`;
}
