import { diffArrays } from "diff";

/**
 * The `yaml` library writes a changed document in its own style: it re-folds long `>-` texts and pads flow lists.
 * To change only what an import changes, the original is reformatted unchanged (`base`) and changed (`changed`) with
 * the same options, and the lines that differ between those two are applied to the original text: a three-way merge
 * whose only content change is the import's. Regions the import did not touch keep their bytes.
 */
export function keepFormat(original: string, base: string, changed: string): string {
  if (base === changed) return original;
  const orig = original.split("\n");
  const b = base.split("\n");
  const c = changed.split("\n");

  // Chunks aligning base with the original: an equal line pairs one with one; a reformatted region pairs runs.
  interface Chunk { b0: number; b1: number; o0: number; o1: number }
  const chunks: Chunk[] = [];
  let bi = 0;
  let oi = 0;
  let open: Chunk | undefined;
  for (const part of diffArrays(b, orig)) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      if (open) chunks.push(open), (open = undefined);
      for (let k = 0; k < n; k++) chunks.push({ b0: bi + k, b1: bi + k + 1, o0: oi + k, o1: oi + k + 1 });
      bi += n;
      oi += n;
    } else {
      open ??= { b0: bi, b1: bi, o0: oi, o1: oi };
      if (part.removed) (bi += n), (open.b1 = bi);
      else (oi += n), (open.o1 = oi);
    }
  }
  if (open) chunks.push(open);

  // What the import did to each base line: kept or removed, and the lines it inserted before a base line.
  const kept: boolean[] = new Array(b.length).fill(true);
  const before: string[][] = Array.from({ length: b.length + 1 }, () => []);
  let i = 0;
  for (const part of diffArrays(b, c)) {
    if (part.added) before[i]!.push(...part.value);
    else if (part.removed) for (let k = 0; k < part.value.length; k++) kept[i++] = false;
    else i += part.value.length;
  }

  const out: string[] = [];
  const done = new Set<number>();
  const insert = (k: number) => {
    if (!done.has(k)) done.add(k), out.push(...before[k]!);
  };
  for (const chunk of chunks) {
    insert(chunk.b0);
    let touched = false;
    for (let k = chunk.b0; k < chunk.b1; k++) if (!kept[k] || (k > chunk.b0 && before[k]!.length > 0)) touched = true;
    if (!touched) {
      out.push(...orig.slice(chunk.o0, chunk.o1));
      continue;
    }
    for (let k = chunk.b0; k < chunk.b1; k++) {
      if (k > chunk.b0) insert(k);
      if (kept[k]) out.push(b[k]!);
    }
  }
  insert(b.length);
  return out.join("\n");
}
