import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Document, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { displayPath } from "../load/display-path.ts";
import type { Content } from "../model/content.ts";
import { EMOTION_MAX, EMOTION_MIN } from "../model/vocabulary.ts";
import { IdAllocator, error, looseKey, type PlannedWrite } from "./common.ts";

/**
 * Mermaid `journey` diagrams → journeys. Sections become stages, tasks touchpoints, the 1–5 score the emotion
 * −2…+2 (score − 3), actors personas. Mermaid has no channel, so every touchpoint gets MERMAID_DEFAULT_CHANNEL and a
 * comment asking the author to set the real one.
 */

export const MERMAID_DEFAULT_CHANNEL = "web";

/** Mermaid's score 1…5 onto the emotion scale −2…+2: 1 → −2, 3 → 0, 5 → +2. */
export function scoreToEmotion(score: number): number {
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, score - 3));
}

export interface MermaidTask {
  name: string;
  score: number;
  actors: string[];
  line: number;
}

export interface MermaidDiagram {
  title?: string;
  description?: string;
  /** The line of the `journey` keyword. */
  line: number;
  sections: { name: string; line: number; tasks: MermaidTask[] }[];
}

/** Every `journey` diagram of a Markdown file (in ```mermaid fences) or of a bare `.mmd` file, with its problems. */
export function parseMermaidJourneys(file: string, text: string): { diagrams: MermaidDiagram[]; diagnostics: Diagnostic[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const blocks: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*mermaid\b/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence)) end++;
    blocks.push({ start: i + 1, end });
    i = end;
  }
  // A file without fences is one diagram (an .mmd file).
  if (blocks.length === 0) blocks.push({ start: 0, end: lines.length });
  const diagrams: MermaidDiagram[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const block of blocks) {
    const parsed = parseBlock(file, lines, block.start, block.end, diagnostics);
    if (parsed) diagrams.push(parsed);
  }
  if (diagrams.length === 0 && diagnostics.length === 0) {
    diagnostics.push(error(file, 1, 1, "mermaid/no-journey", "no Mermaid `journey` diagram in this file", "a diagram starts with the line `journey`; in Markdown it sits in a ```mermaid fence"));
  }
  return { diagrams, diagnostics };
}

function parseBlock(file: string, lines: readonly string[], start: number, end: number, diagnostics: Diagnostic[]): MermaidDiagram | undefined {
  let i = start;
  let frontTitle: string | undefined;
  const skip = (line: string) => line.trim() === "" || line.trim().startsWith("%%");
  while (i < end && skip(lines[i]!)) i++;
  // Front matter: `---` … `---`, whose `title:` is the diagram's title.
  if (i < end && lines[i]!.trim() === "---") {
    for (i++; i < end && lines[i]!.trim() !== "---"; i++) {
      const m = /^\s*title:\s*(.+?)\s*$/.exec(lines[i]!);
      if (m) frontTitle = m[1]!.replace(/^["']|["']$/g, "");
    }
    i++;
    while (i < end && skip(lines[i]!)) i++;
  }
  if (i >= end || !/^\s*journey\s*$/.test(lines[i]!)) return undefined;
  const diagram: MermaidDiagram = { title: frontTitle, line: i + 1, sections: [] };
  const problemsBefore = diagnostics.length;
  for (i++; i < end; i++) {
    const raw = lines[i]!;
    if (skip(raw)) continue;
    const line = raw.trim();
    const col = raw.length - raw.trimStart().length + 1;
    let m: RegExpExecArray | null;
    if ((m = /^title\s+(.+)$/.exec(line))) diagram.title = m[1]!.trim();
    else if ((m = /^accTitle\s*:\s*(.+)$/.exec(line))) diagram.title ??= m[1]!.trim();
    else if ((m = /^accDescr\s*:\s*(.+)$/.exec(line))) diagram.description = m[1]!.trim();
    else if (/^accDescr\s*\{/.test(line)) {
      const parts = [line.replace(/^accDescr\s*\{/, "")];
      while (!parts.at(-1)!.includes("}") && i + 1 < end) parts.push(lines[++i]!.trim());
      diagram.description = parts.join(" ").replace(/\}.*$/, "").trim() || undefined;
    } else if ((m = /^section\s+(.+)$/.exec(line))) diagram.sections.push({ name: m[1]!.trim(), line: i + 1, tasks: [] });
    else if ((m = /^([^:]+?)\s*:\s*([^:]*?)\s*(?::\s*(.*))?$/.exec(line))) {
      const [, name, scoreText, actorText] = m;
      const score = Number(scoreText);
      if (scoreText === "" || !Number.isInteger(score) || score < 1 || score > 5) {
        diagnostics.push(error(file, i + 1, col + raw.trimStart().indexOf(":") + 1 + (raw.trimStart().slice(raw.trimStart().indexOf(":") + 1).length - raw.trimStart().slice(raw.trimStart().indexOf(":") + 1).trimStart().length), "mermaid/invalid-score", `task \`${name}\` has score \`${scoreText}\`; a journey score is a whole number from 1 to 5`, "1 very negative, 3 neutral, 5 very positive; it becomes the emotion −2…+2"));
        continue;
      }
      if (diagram.sections.length === 0) diagram.sections.push({ name: "Journey", line: i + 1, tasks: [] });
      const actors = (actorText ?? "").split(",").map((a) => a.trim()).filter(Boolean);
      diagram.sections.at(-1)!.tasks.push({ name: name!.trim(), score, actors, line: i + 1 });
    } else {
      diagnostics.push(error(file, i + 1, col, "mermaid/syntax", `\`${line}\` is not a line of a journey diagram`, "a journey diagram has `title …`, `section …` and tasks `Task name: score: actor, actor`"));
    }
  }
  if (diagram.sections.every((s) => s.tasks.length === 0) && diagnostics.length === problemsBefore) {
    diagnostics.push(error(file, diagram.line, 1, "mermaid/no-tasks", "this journey diagram has no tasks", "add tasks under a section: `Make tea: 5: Me`"));
    return undefined;
  }
  return diagram;
}

export interface MermaidPlan {
  writes: PlannedWrite[];
  changes: string[];
  diagnostics: Diagnostic[];
}

/** The journey files (and persona files for actors no persona matches) that importing `file` writes. */
export function planMermaidImport(file: string, bytes: Uint8Array, content: Content, outDir: string, cwd: string): MermaidPlan {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { writes: [], changes: [], diagnostics: [error(file, 1, 1, "mermaid/encoding", "the file is not UTF-8 text", "save it as UTF-8")] };
  }
  const { diagrams, diagnostics } = parseMermaidJourneys(file, text);
  if (diagnostics.length > 0) return { writes: [], changes: [], diagnostics };
  const writes: PlannedWrite[] = [];
  const changes: string[] = [];
  const journeyIds = new IdAllocator(content.journeys.map((j) => j.data.id));
  const personaIds = new IdAllocator(content.personas.map((p) => p.data.id));
  const created = new Map<string, string>();
  const personaFor = (actor: string): string => {
    const key = looseKey(actor);
    const found =
      content.personas.find((p) => looseKey(p.data.name) === key || p.data.id === key.replace(/ /g, "-")) ??
      unique(content.personas.filter((p) => looseKey(p.data.name).split(" ")[0] === key));
    if (found) return found.data.id;
    const known = created.get(key);
    if (known) return known;
    const id = personaIds.next(actor, "customer");
    created.set(key, id);
    const path = join(content.dir, "personas", `${id}.yaml`);
    writes.push({ path, text: personaText(id, actor, schemaPath(path, cwd, "persona"), file) });
    changes.push(`${displayPath(path, cwd)}: new persona \`${id}\` for the actor “${actor}”`);
    return id;
  };
  diagrams.forEach((diagram, n) => {
    const title = diagram.title ?? `Journey ${n + 1}`;
    const wanted = looseKey(title).replace(/ /g, "-");
    if (content.journeys.some((j) => j.data.id === wanted)) {
      diagnostics.push(error(file, diagram.line, 1, "mermaid/journey-exists", `journey \`${wanted}\` already exists`, "give the diagram another title, or remove the existing journey first"));
      return;
    }
    const id = journeyIds.next(title, "journey");
    const path = join(outDir, `${id}.yaml`);
    if (existsSync(path)) {
      diagnostics.push(error(file, diagram.line, 1, "import/file-exists", `${displayPath(path, cwd)} already exists`, "give the diagram another title, or use --out-dir"));
      return;
    }
    const actors = [...new Set(diagram.sections.flatMap((s) => s.tasks.flatMap((t) => t.actors)))];
    const personas = actors.length > 0 ? [...new Set(actors.map(personaFor))] : [content.personas.map((p) => p.data.id).sort()[0] ?? personaFor("Customer")];
    writes.push({ path, text: journeyText(id, title, diagram, personas, actors.length === 0, schemaPath(path, cwd, "journey"), file) });
    const count = diagram.sections.reduce((k, s) => k + s.tasks.length, 0);
    changes.push(`${displayPath(path, cwd)}: new journey \`${id}\` from the diagram at line ${diagram.line}: ${diagram.sections.length} stage(s), ${count} touchpoint(s)`);
  });
  return { writes, changes, diagnostics };
}

function unique<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

function schemaPath(path: string, cwd: string, kind: string): string {
  return relative(dirname(path), resolve(cwd, "schemas", `${kind}.schema.json`)).split("\\").join("/");
}

function journeyText(id: string, title: string, diagram: MermaidDiagram, personas: string[], personaGuessed: boolean, schema: string, source: string): string {
  const stageIds = new IdAllocator();
  const touchpointIds = new IdAllocator();
  const allActors = [...new Set(diagram.sections.flatMap((s) => s.tasks.flatMap((t) => t.actors)))];
  const doc = new Document({
    id,
    title,
    persona: personas.length === 1 ? personas[0] : personas,
    ...(diagram.description ? { summary: diagram.description } : {}),
    state: "current",
    stages: diagram.sections
      .filter((s) => s.tasks.length > 0)
      .map((s) => ({
        id: stageIds.next(s.name, "stage"),
        name: s.name,
        touchpoints: s.tasks.map((t) => ({ id: touchpointIds.next(t.name, "touchpoint"), name: t.name, channel: MERMAID_DEFAULT_CHANNEL, emotion: scoreToEmotion(t.score) })),
      })),
  });
  doc.commentBefore = ` yaml-language-server: $schema=${schema}\n Imported from the Mermaid journey diagram at ${source}:${diagram.line} by \`journeymap import mermaid\`.\n Mermaid has no channels: every touchpoint says \`channel: ${MERMAID_DEFAULT_CHANNEL}\` until you set the real one.\n Add owners, what the customer does, thinks and feels, pains and opportunities. Check with: npx journeymap validate`;
  const top = doc.contents as YAMLMap;
  if (personaGuessed) (top.get("persona", true) as Node).comment = " the diagram names no actor: set the persona this journey is for";
  const stages = top.get("stages", true) as unknown as YAMLSeq<YAMLMap>;
  diagram.sections
    .filter((s) => s.tasks.length > 0)
    .forEach((section, si) => {
      const tps = stages.items[si]!.get("touchpoints", true) as unknown as YAMLSeq<YAMLMap>;
      section.tasks.forEach((task, ti) => {
        const tp = tps.items[ti]!;
        (tp.get("channel", true) as Node).comment = " TODO: Mermaid has no channel; set the real one (web, app, email, phone, store, …)";
        if (allActors.length > 1 && task.actors.length > 0 && task.actors.length < allActors.length) (tp.get("name", true) as Node).comment = ` Mermaid actors: ${task.actors.join(", ")}`;
      });
    });
  return doc.toString({ lineWidth: 0 });
}

function personaText(id: string, name: string, schema: string, source: string): string {
  const doc = new Document({ id, name, role: "Fill in: job title or role in life" });
  doc.commentBefore = ` yaml-language-server: $schema=${schema}\n Created for the actor “${name}” of a Mermaid journey in ${source}. Describe who they are:\n background, goals, motivations, challenges and doubts (README: Persona).`;
  ((doc.contents as YAMLMap).get("role", true) as Node).comment = " TODO: the persona's job title or role in life";
  return doc.toString({ lineWidth: 0 });
}
