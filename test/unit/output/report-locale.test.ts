import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { buildReport } from "../../../src/output/report-json.ts";
import { reportMarkdown } from "../../../src/output/report-markdown.ts";
import { diffMarkdown } from "../../../src/output/diff-markdown.ts";
import { ciSummaryMarkdown } from "../../../src/output/ci-summary.ts";

// `report --format md`, the diff's Markdown and the CI summary follow the locale (issue 12.2): the same teams read them.
const content = loadContent({ dir: "test/fixtures/valid" });

describe("the Markdown report in the content's language", () => {
  it("writes Spanish headings, table headers and words with locale es", () => {
    const analysis = analyse(content, content.config.gaps, "es");
    const md = reportMarkdown(buildReport(analysis), { locale: "es" });
    expect(md).toMatch(/^# Informe de recorridos\n/);
    expect(md).toMatch(/^## .+ · salud \d+\/100$/m);
    expect(md).toContain("| KPI | Estado | Último valor | Objetivo | Tendencia |");
    expect(md).toContain("| Gravedad | Brecha | Dónde | Responsable | Acción sugerida |");
    expect(md).toContain("<summary>Curva emocional</summary>");
    expect(md).toMatch(/🔴 error|🟠 aviso/);
    expect(md).not.toMatch(/Journey report|Suggested action|Emotion curve|· health /);
  });

  it("writes Italian with locale it, and English stays the default", () => {
    const it_ = reportMarkdown(buildReport(analyse(content, content.config.gaps, "it")), { locale: "it" });
    expect(it_).toMatch(/^# Report dei percorsi\n/);
    expect(it_).toContain("| Gravità | Lacuna | Dove | Responsabile | Azione suggerita |");
    const en = reportMarkdown(buildReport(analyse(content, content.config.gaps, "en")));
    expect(en).toMatch(/^# Journey report\n/);
    expect(en).toContain("| Severity | Gap | Where | Owner | Suggested action |");
  });

  it("the diff and the CI summary speak Spanish too", () => {
    const diff = { base: { revision: "main", commit: "0123456789abcdef" }, head: { revision: "working tree" }, journeys: [], personas: [], kpis: [] };
    expect(diffMarkdown(diff, { locale: "es" })).toContain("# Qué cambia este cambio en los recorridos");
    const summary = ciSummaryMarkdown({ report: buildReport(analyse(content, content.config.gaps, "es")), locale: "es" });
    expect(summary).toContain("# Informe de recorridos");
    expect(ciSummaryMarkdown({ locale: "es" })).toContain("El contenido tiene problemas");
  });
});
