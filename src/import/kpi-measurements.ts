import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from "yaml";
import { DateSchema } from "../model/index.ts";

/**
 * Recording a KPI measurement as a text edit of the KPI's file: the new lines go in date order, written like the
 * measurements around them (block or `{ date, value }` flow items), and every other byte of the file stays as it was.
 * A date that already has the same value changes nothing; a different value is a conflict unless `replace` is set.
 */

export interface NewMeasurement {
  date: string;
  value: number;
  note?: string;
}

export type RecordOutcome =
  | { kind: "added"; text: string }
  | { kind: "replaced"; text: string; previous: number }
  | { kind: "unchanged"; text: string }
  | { kind: "conflict"; previous: number; line: number };

export function isDate(text: string): boolean {
  return DateSchema.safeParse(text).success;
}

export function recordMeasurement(text: string, m: NewMeasurement, replace: boolean): RecordOutcome {
  const doc = parseDocument(text);
  const top = doc.contents;
  if (!isMap(top)) throw new Error("a KPI file is a mapping");
  const seq = top.get("measurements", true);
  const lines = lineStarts(text);
  if (isSeq(seq)) {
    const items = seq.items.filter(isMap) as YAMLMap[];
    const dates = items.map((item) => String(scalarValue(item, "date")));
    const same = dates.indexOf(m.date);
    if (same >= 0) {
      const item = items[same]!;
      const previous = Number(scalarValue(item, "value"));
      const noteNow = scalarValue(item, "note");
      if (previous === m.value && (m.note === undefined || m.note === noteNow)) return { kind: "unchanged", text };
      if (!replace) return { kind: "conflict", previous, line: lineOf(lines, item.range![0]) };
      let out = text;
      // Edit from the end of the file backwards, so earlier offsets stay right.
      const edits: { from: number; to: number; insert: string }[] = [];
      const valueNode = item.get("value", true) as Node;
      edits.push({ from: valueNode.range![0], to: valueNode.range![1], insert: formatNumber(m.value) });
      if (m.note !== undefined) {
        const noteNode = item.get("note", true) as Node | undefined;
        if (noteNode?.range) edits.push({ from: noteNode.range[0], to: noteNode.range[1], insert: yamlText(m.note) });
        else {
          const key = item.items.find((p) => isScalar(p.key) && p.key.value === "value")!.key as Node;
          const indent = key.range![0] - (text.lastIndexOf("\n", key.range![0] - 1) + 1);
          edits.push({ from: valueNode.range![1], to: valueNode.range![1], insert: item.flow ? `, note: ${yamlText(m.note)}` : `\n${" ".repeat(indent)}note: ${yamlText(m.note)}` });
        }
      }
      for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
      return { kind: "replaced", text: out, previous };
    }
    if (!seq.flow && items.length > 0) {
      const after = dates.findIndex((d) => d > m.date);
      const model = items[after >= 0 ? after : items.length - 1]!;
      const start = model.range![0];
      const prefix = text.slice(lines[lineOf(lines, start) - 1]!, start); // e.g. "  - "
      const entry = itemText(m, prefix, model.flow ?? false);
      if (after >= 0) {
        let at = lines[lineOf(lines, start) - 1]!;
        // Comment lines just above the item belong to it: the new measurement goes above them.
        while (at > 0) {
          const prevStart = lines[lineOf(lines, at - 1) - 1]!;
          if (!text.slice(prevStart, at).trim().startsWith("#")) break;
          at = prevStart;
        }
        return { kind: "added", text: text.slice(0, at) + entry + text.slice(at) };
      }
      const end = model.range![2];
      const lineEnd = text.indexOf("\n", end - 1 >= 0 && text[end - 1] === "\n" ? end - 1 : end);
      const at = lineEnd < 0 ? text.length : lineEnd + 1;
      const glue = at === text.length && !text.endsWith("\n") ? "\n" : "";
      return { kind: "added", text: text.slice(0, at) + glue + entry + text.slice(at) };
    }
    // An empty or flow list (`measurements: []`): written out as a block list, the one place other bytes change.
    if (seq.range) {
      const keyLine = lineOf(lines, seq.range[0]);
      const indent = /^\s*/.exec(text.slice(lines[keyLine - 1]!))![0];
      const all = [...items.map((item) => ({ date: String(scalarValue(item, "date")), value: Number(scalarValue(item, "value")), note: scalarValue(item, "note") as string | undefined })), m].sort((a, b) => (a.date < b.date ? -1 : 1));
      const block = all.map((x) => itemText(x, `${indent}  - `, false)).join("");
      return { kind: "added", text: `${text.slice(0, seq.range[0])}\n${block.replace(/\n$/, "")}${text.slice(seq.range[1])}` };
    }
  }
  // No measurements yet: the list is added at the end of the file.
  const glue = text.endsWith("\n") || text === "" ? "" : "\n";
  return { kind: "added", text: `${text}${glue}measurements:\n${itemText(m, "  - ", false)}` };
}

function itemText(m: NewMeasurement, prefix: string, flow: boolean): string {
  const parts = [`date: ${m.date}`, `value: ${formatNumber(m.value)}`, ...(m.note !== undefined ? [`note: ${yamlText(m.note)}`] : [])];
  if (flow) return `${prefix}{ ${parts.join(", ")} }\n`;
  const pad = " ".repeat(prefix.length);
  return `${prefix}${parts.join(`\n${pad}`)}\n`;
}

/** A number as YAML reads it back: no exponent for ordinary values, no float tails. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** A note as a plain scalar when YAML reads it back the same, else double-quoted (JSON strings are valid YAML). */
export function yamlText(text: string): string {
  const plain = /^[A-Za-z0-9À-ɏ(][^:#\n]*$/.test(text) && !/[\s]$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && Number.isNaN(Number(text)) && !/[,\]}{[]/.test(text);
  return plain ? text : JSON.stringify(text);
}

function scalarValue(map: YAMLMap, key: string): unknown {
  const node = map.get(key, true);
  return isScalar(node) ? node.value : undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
