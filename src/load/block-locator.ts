import type { Position } from "../model/content.ts";
import type { SourceFile } from "./source-file.ts";

// Positions in a file that loaded on the fast path, without building `yaml`'s node tree. Content files are block
// YAML: one `key: value` or `- item` a line, nested by indentation. One pass over the lines indexes where each
// mapping key, sequence item and one-line scalar starts (and ends); a lookup then walks the path in O(depth).
// Anything outside that subset (anchors, tags, multi-line flow collections or quoted texts, `---`, complex keys,
// tabs in indentation) makes the whole file unsupported, and a path that ends on a multi-line scalar or goes into a
// flow collection is not answered: the caller then asks `yaml` (see lazyLocator), so positions never differ.
// The index is kept compact (typed arrays of line and column numbers, no text): at N = 1,000 journeys the positions
// of every file stay in memory for the whole build.

/** Where each node starts (and a one-line scalar ends), as 1-based line and column (endCol 0: no end). */
interface Where {
  /** Its place in the list of nodes, in the order they were created. */
  id: number;
  line: number;
  col: number;
  endCol: number;
}

type BlockNode =
  | ({ kind: "map"; start: number; entries: Map<string, BlockNode | undefined> } & Where)
  | ({ kind: "seq"; start: number; items: (BlockNode | undefined)[] } & Where)
  | ({ kind: "scalar"; start: number; end: number } & Where)
  /** A flow collection, a block scalar or a multi-line plain scalar: its start is known, its inside is not indexed. */
  | ({ kind: "opaque"; start: number; collection: boolean } & Where);

interface Open {
  node: Extract<BlockNode, { kind: "map" | "seq" }>;
  col: number;
}

/** A slot waiting for its value on the following lines: `key:` or `-` with nothing after it. */
interface Pending {
  owner: Open;
  set: (node: BlockNode | undefined) => void;
}

const KEY = /^([A-Za-z0-9_$][\w$.\/-]*)[ \t]*:(?=[ \t]|$)/;

class Unsupported extends Error {}

/**
 * The block structure of `text`, or undefined when the file uses anything the index does not understand.
 * Exported for tests; use `blockLocator`.
 */
export function indexBlocks(text: string): BlockNode[] | undefined {
  try {
    const nodes: BlockNode[] = [];
    return build(text, nodes) ? nodes : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function build(text: string, nodes: BlockNode[]): BlockNode | undefined {
  const made = <N extends BlockNode>(node: N): N => {
    node.id = nodes.length;
    nodes.push(node);
    return node;
  };
  const fail = (): never => {
    throw new Unsupported();
  };
  const stack: Open[] = [];
  let root: BlockNode | undefined;
  let pending: Pending | undefined;
  /** While set, lines indented deeper than this column belong to the scalar before them (block or multi-line). */
  let continuation: { col: number; mark: () => void } | undefined;

  let lineStart = 0;
  let line = 0;
  /** Every node starts on the line where it is created. */
  const opened = (isItem: boolean, start: number): Open["node"] =>
    made(isItem ? { kind: "seq", start, items: [], id: 0, line, col: start - lineStart + 1, endCol: 0 } : { kind: "map", start, entries: new Map(), id: 0, line, col: start - lineStart + 1, endCol: 0 });
  while (lineStart <= text.length) {
    line++;
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    let end = lineEnd;
    if (end > lineStart && text.charCodeAt(end - 1) === 13) end--;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const col = i - lineStart;
    const blank = i === end;
    if (continuation && (blank || col > continuation.col)) {
      if (!blank) {
        continuation.mark();
        continuation.mark = () => {};
      }
      lineStart = next;
      continue;
    }
    continuation = undefined;
    if (blank || text.charCodeAt(i) === 35 /* # */) {
      if (!blank && i > lineStart && text.charCodeAt(i - 1) !== 32) fail();
      lineStart = next;
      continue;
    }
    if (text.charCodeAt(i) === 9 /* tab */) fail();
    if (col === 0 && (text.startsWith("---", i) || text.startsWith("...", i) || text.charCodeAt(i) === 37 /* % */)) fail();

    const isItem = text.charCodeAt(i) === 45 /* - */ && (i + 1 === end || text.charCodeAt(i + 1) === 32);
    // Close what this line is outside of.
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.col > col || (top.col === col && top.node.kind === "seq" && !isItem)) stack.pop();
      else break;
    }
    let owner = stack[stack.length - 1];
    if (pending) {
      const p = pending;
      pending = undefined;
      const nests = p.owner === undefined ? true : col > p.owner.col || (col === p.owner.col && isItem && p.owner.node.kind === "map");
      if (nests && (owner === p.owner || owner === undefined)) {
        const node: Open["node"] = opened(isItem, i);
        p.set(node);
        owner = { node, col };
        stack.push(owner);
      } else {
        p.set(undefined);
      }
    } else if (!owner) {
      if (root !== undefined) fail();
      const node: Open["node"] = opened(isItem, i);
      root = node;
      owner = { node, col };
      stack.push(owner);
    }
    if (!owner || owner.col !== col) fail();
    let at = i;
    let container = owner!;
    // `- - x`, or `- key: value`: an item that opens a mapping on the same line.
    while (true) {
      if (container.node.kind === "seq") {
        if (!(text.charCodeAt(at) === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32))) fail();
        let v = at + 1;
        while (v < end && text.charCodeAt(v) === 32) v++;
        const seq = container.node;
        const index = seq.items.length;
        seq.items.push(undefined);
        const set = (node: BlockNode | undefined) => (seq.items[index] = node);
        if (v === end || text.charCodeAt(v) === 35) {
          if (v < end && text.charCodeAt(v - 1) !== 32) fail();
          pending = { owner: container, set };
          break;
        }
        if (text.charCodeAt(v) === 45 && (v + 1 === end || text.charCodeAt(v + 1) === 32)) fail();
        if (KEY.test(text.slice(v, end))) {
          const map: Open["node"] = opened(false, v);
          set(map);
          container = { node: map, col: v - lineStart };
          stack.push(container);
          at = v;
          continue;
        }
        const value = scalarAt(text, v, end, fail, line, lineStart);
        set(made(value.node));
        continuation = { col: container.col, mark: () => set(made({ kind: "opaque", start: v, collection: false, id: 0, line, col: 0, endCol: 0 })) };
        if (value.block) continuation.mark = () => {};
        break;
      }
      const key = KEY.exec(text.slice(at, end));
      if (!key) fail();
      const name = key![1]!;
      const map = container.node;
      let v = at + key![0].length;
      while (v < end && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
      const first = !map.entries.has(name);
      const set = (node: BlockNode | undefined) => {
        if (first) map.entries.set(name, node);
      };
      if (first) map.entries.set(name, undefined);
      if (v === end || text.charCodeAt(v) === 35) {
        pending = { owner: container, set };
        break;
      }
      const value = scalarAt(text, v, end, fail, line, lineStart);
      set(made(value.node));
      continuation = { col: container.col, mark: () => set(made({ kind: "opaque", start: v, collection: false, id: 0, line, col: 0, endCol: 0 })) };
      if (value.block) continuation.mark = () => {};
      break;
    }
    lineStart = next;
  }
  if (pending) (pending as Pending).set(undefined);
  return root;
}

/** A value that starts at `v` and is on this line (a block scalar's lines follow it). */
function scalarAt(text: string, v: number, end: number, fail: () => never, line: number, lineStart: number): { node: BlockNode; block?: boolean } {
  const col = v - lineStart + 1;
  const c = text.charCodeAt(v);
  // & anchor, * alias, ! tag, ? complex key, @ and ` reserved, % directive
  if (c === 38 || c === 42 || c === 33 || c === 63 || c === 64 || c === 96 || c === 37) fail();
  if (c === 124 /* | */ || c === 62 /* > */) return { node: { kind: "opaque", start: v, collection: false, id: 0, line, col, endCol: 0 }, block: true };
  if (c === 34 /* " */ || c === 39 /* ' */) {
    let j = v + 1;
    for (; j < end; j++) {
      const d = text.charCodeAt(j);
      if (c === 34 && d === 92 /* \ */) j++;
      else if (d === c) {
        if (c === 39 && text.charCodeAt(j + 1) === 39) j++;
        else break;
      }
    }
    if (j >= end) fail();
    const close = j + 1;
    let k = close;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < end && !(text.charCodeAt(k) === 35 && k > close)) fail();
    return { node: { kind: "scalar", start: v, end: close, id: 0, line, col, endCol: close - lineStart + 1 } };
  }
  if (c === 91 /* [ */ || c === 123 /* { */) {
    let depth = 0;
    let j = v;
    for (; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d === 34 || d === 39) {
        for (j++; j < end && text.charCodeAt(j) !== d; j++) if (d === 34 && text.charCodeAt(j) === 92) j++;
        if (j >= end) fail();
      } else if (d === 91 || d === 123) depth++;
      else if (d === 93 || d === 125) {
        if (--depth === 0) break;
      } else if (d === 35 && text.charCodeAt(j - 1) === 32) fail();
      else if (d === 38 || d === 42 || d === 33) fail();
    }
    if (j >= end) fail();
    let k = j + 1;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < end && !(text.charCodeAt(k) === 35 && k > j + 1)) fail();
    return { node: { kind: "opaque", start: v, collection: true, id: 0, line, col, endCol: 0 } };
  }
  // A plain scalar: up to a ` #` comment, trailing spaces dropped.
  let stop = end;
  for (let j = v + 1; j < end; j++) {
    if (text.charCodeAt(j) === 35 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) {
      stop = j;
      break;
    }
  }
  while (stop > v && (text.charCodeAt(stop - 1) === 32 || text.charCodeAt(stop - 1) === 9)) stop--;
  return { node: { kind: "scalar", start: v, end: stop, id: 0, line, col, endCol: stop - lineStart + 1 } };
}

const MAP = 0;
const SEQ = 1;
const SCALAR = 2;
/** A multi-line or block scalar: a path ending here is not answered. */
const OPAQUE = 3;
/** A flow collection: its start is answered, a path into it is not. */
const FLOW = 4;

/** The index as typed arrays: per node its kind, position and children; map keys in one list. */
interface Compact {
  kind: Uint8Array;
  /** line, col, endCol per node (endCol 0: no end). */
  pos: Counts;
  first: Counts;
  count: Counts;
  /** Child node per slot, -1 for a slot with no value (`key:` and nothing). */
  child: Int32Array;
  /**
   * Map key per slot (the first of duplicates only), as a number: a field name's place in `KEYS`, or for a name
   * beyond its bound, its number in `extraKeys` (-2, -3, …); -1 for a sequence item. A list of strings per file was 15 MB of
   * the heap at N = 1,000, marked again by every full collection; numbers in a typed array are not.
   */
  key: Int32Array;
  extraKeys: Map<string, number>;
}

/** Field names recur in every file: one number for each, shared by all files (up to a bound, for files with many unknown keys). */
const KEYS = new Map<string, number>();
const KEY_BOUND = 10_000;
const NO_KEY = -1;

function keyId(key: string, extra: Map<string, number>): number {
  const known = KEYS.get(key) ?? extra.get(key);
  if (known !== undefined) return known;
  if (KEYS.size < KEY_BOUND) {
    KEYS.set(key, KEYS.size);
    return KEYS.size - 1;
  }
  extra.set(key, -2 - extra.size);
  return -2 - (extra.size - 1);
}

/** The number `name` has in a file, or undefined when no slot of the file can hold it. */
function lookupId(name: string, extra: ReadonlyMap<string, number>): number | undefined {
  return KEYS.get(name) ?? extra.get(name);
}

/** Numbers that are never negative: two bytes each when all are below 65,536 (nearly every file), else four. */
type Counts = Uint16Array | Uint32Array;

function counts(values: Uint32Array): Counts {
  for (const v of values) if (v > 0xffff) return values;
  return Uint16Array.from(values);
}

/** The nodes (the root first) as typed arrays. */
function compact(nodes: readonly BlockNode[]): Compact {
  const n = nodes.length;
  const kind = new Uint8Array(n);
  const pos = new Uint32Array(n * 3);
  const first = new Uint32Array(n);
  const count = new Uint32Array(n);
  const extraKeys = new Map<string, number>();
  const child: number[] = [];
  const key: number[] = [];
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    pos[i * 3] = node.line;
    pos[i * 3 + 1] = node.col;
    pos[i * 3 + 2] = node.endCol;
    kind[i] = node.kind === "map" ? MAP : node.kind === "seq" ? SEQ : node.kind === "scalar" ? SCALAR : node.collection ? FLOW : OPAQUE;
    first[i] = child.length;
    if (node.kind === "map") {
      for (const [name, value] of node.entries) {
        child.push(value ? value.id : -1);
        key.push(keyId(name, extraKeys));
      }
    } else if (node.kind === "seq") {
      for (const value of node.items) {
        child.push(value ? value.id : -1);
        key.push(NO_KEY);
      }
    }
    count[i] = child.length - first[i]!;
  }
  return { kind, pos: counts(pos), first: counts(first), count: counts(count), child: Int32Array.from(child), key: Int32Array.from(key), extraKeys };
}

/**
 * Positions from the block index, as `locate` (yaml-document.ts) gives them: the node at the path, or the last node
 * found on the way when the path goes on past what the file has. Undefined means "ask yaml". The locator keeps no
 * reference to the text.
 */
export function blockLocator(text: string): ((path: readonly PropertyKey[]) => Position | undefined) | undefined {
  const nodes = indexBlocks(text);
  if (!nodes) return undefined;
  const { kind, pos, first, count, child, key, extraKeys } = compact(nodes);
  return (path) => {
    let node = 0;
    for (const step of path) {
      const k = kind[node];
      let slot = -1;
      if (k === MAP) {
        const id = lookupId(String(step), extraKeys);
        for (let s = first[node]!, e = id === undefined ? s : s + count[node]!; s < e; s++) {
          if (key[s] === id) {
            slot = s;
            break;
          }
        }
      } else if (k === SEQ) {
        const index = typeof step === "number" ? step : typeof step === "string" && /^\d+$/.test(step) ? Number(step) : -1;
        if (Number.isInteger(index) && index >= 0 && index < count[node]!) slot = first[node]! + index;
      } else if (k === FLOW) {
        return undefined;
      }
      if (slot < 0) break;
      const next = child[slot]!;
      if (next < 0) return undefined;
      node = next;
    }
    const k = kind[node];
    if (k === OPAQUE) return undefined;
    const line = pos[node * 3]!;
    const col = pos[node * 3 + 1]!;
    const endCol = pos[node * 3 + 2]!;
    return k === SCALAR && endCol > col ? { line, col, endLine: line, endCol } : { line, col };
  };
}
