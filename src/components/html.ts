// Markup written as text, for the parts of a page repeated hundreds of times (a journey map's cells, its detail
// cards, the gap items): a component per cell costs Astro a render instance, its attributes and its scope classes
// each time, a template string only its text. Everything interpolated is escaped unless it is already Html, so no
// text from a YAML file reaches a page unescaped.

/**
 * Markup that is safe as it stands: made by `html` (or `rawHtml` for a constant), inserted without escaping. It keeps
 * its parts (escaped text and the markup nested in it) instead of joining them: a page's markup nests five or six
 * deep, and joining at every level copied each character that many times, the outer levels into strings of hundreds
 * of KB that V8 allocates outside the young generation, so every page brought the next full collection closer. It is
 * joined once, by `value` or, for a component to hand to Astro, by `chunks`.
 */
export class Html {
  readonly #parts: readonly (string | Html)[];
  #value: string | undefined;
  constructor(parts: string | readonly (string | Html)[]) {
    if (typeof parts === "string") {
      this.#parts = [];
      this.#value = parts;
    } else this.#parts = parts;
  }

  /** The markup as one string. */
  get value(): string {
    return (this.#value ??= this.chunks(Infinity)[0] ?? "");
  }

  /**
   * The markup as strings of about `size` characters (`<Fragment set:html={markup.chunks()} />` writes them one after
   * the other): small enough to be young-generation garbage once Astro has added them to the page.
   */
  chunks(size = CHUNK_SIZE): string[] {
    const chunks: string[] = [];
    let pending: string[] = [];
    let length = 0;
    const visit = (node: Html) => {
      if (node.#value !== undefined) return add(node.#value);
      for (const part of node.#parts) {
        if (typeof part === "string") add(part);
        else visit(part);
      }
    };
    const add = (text: string) => {
      pending.push(text);
      length += text.length;
      if (length >= size) {
        chunks.push(pending.join(""));
        pending = [];
        length = 0;
      }
    };
    visit(this);
    if (length > 0) chunks.push(pending.join(""));
    return chunks;
  }
}

/** What `chunks` aims at: 16,000 characters, 32 KB as two-byte text, well below V8's large-object size. */
const CHUNK_SIZE = 16_000;

/** What `html` interpolates: text (escaped), numbers, markup, lists of these; nothing for null, undefined and false. */
export type HtmlPart = Html | string | number | boolean | null | undefined | readonly HtmlPart[];

const SPECIAL = /[&<>"']/;
const SPECIAL_ALL = /[&<>"']/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for element content and for quoted attribute values (the five characters Astro escapes). */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITY[c]!) : text;
}

function addPart(out: (string | Html)[], value: HtmlPart): void {
  if (value instanceof Html) out.push(value);
  else if (typeof value === "string") {
    if (value !== "") out.push(escapeHtml(value));
  } else if (typeof value === "number") out.push(String(value));
  else if (Array.isArray(value)) for (const v of value as readonly HtmlPart[]) addPart(out, v);
  // true is no more text than false: a condition that slipped into the markup writes nothing.
}

/** Markup from a template: `html\`<li class="${kind}">${text}</li>\``, every interpolation escaped unless Html. */
export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  const parts: (string | Html)[] = [strings[0]!];
  for (let i = 0; i < values.length; i++) {
    addPart(parts, values[i]!);
    if (strings[i + 1]) parts.push(strings[i + 1]!);
  }
  return new Html(parts);
}

/** Markup that is safe already: a constant of the caller's own, or what Astro rendered (never text from content). */
export function rawHtml(markup: string): Html {
  return new Html(markup);
}

/**
 * An attribute, written as Astro writes one: nothing for undefined, null and false, the bare name for true and for
 * an empty text, else ` name="value"` with the value's & and " escaped (all a double-quoted value needs).
 */
export function attr(name: string, value: string | number | boolean | null | undefined): Html {
  if (value === undefined || value === null || value === false) return EMPTY;
  if (value === true || value === "") return new Html(` ${name}`);
  const text = String(value);
  return new Html(` ${name}="${ATTRIBUTE_SPECIAL.test(text) ? text.replace(/&/g, "&amp;").replace(/"/g, "&quot;") : text}"`);
}

const ATTRIBUTE_SPECIAL = /[&"]/;

/** A class list as class:list writes one: the names that are set, in order, space-separated. */
export function classList(...names: (string | false | null | undefined | Record<string, unknown>)[]): string {
  const out: string[] = [];
  for (const n of names) {
    if (!n) continue;
    if (typeof n === "string") out.push(n);
    else for (const [k, on] of Object.entries(n)) if (on) out.push(k);
  }
  return out.join(" ");
}

const EMPTY = new Html("");
