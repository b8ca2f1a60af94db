import { z } from "zod";
import { IdSchema, TextSchema } from "./common.ts";

/** Date layouts an analytics export may use; `YYYY-MM` is a month, recorded on its last day. */
export const KPI_IMPORT_DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "YYYYMMDD", "YYYY-MM"] as const;

/**
 * How `journeymap kpi import` reads an analytics export whose columns are not called date, KPI and value:
 * which column holds what, how dates and decimals are written, and which KPI each metric name stands for.
 */
export const KpiImportSettingsSchema = z.strictObject({
  columns: z
    .strictObject({
      date: TextSchema.optional().meta({ description: "Header of the date column, e.g. `Month`." }),
      kpi: TextSchema.optional().meta({ description: "Header of the column naming the KPI (its id, its name, or a metric name mapped under `kpis`)." }),
      value: TextSchema.optional().meta({ description: "Header of the value column, e.g. `Conversion rate`." }),
      note: TextSchema.optional().meta({ description: "Header of an optional note column." }),
    })
    .default({})
    .meta({ description: "Column headers of the export, when they are not date, KPI, value and note (or their Spanish or Italian words)." }),
  date_format: z.enum(KPI_IMPORT_DATE_FORMATS).default("YYYY-MM-DD").meta({
    description: "How the export writes dates: YYYY-MM-DD (default), DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY, YYYYMMDD, or YYYY-MM (a month, recorded on its last day).",
  }),
  decimal: z.enum([".", ","]).optional().meta({
    description: "The decimal mark of the values: `.` or `,`. Default: `,` in a semicolon-separated file, else `.`.",
  }),
  kpis: z.record(TextSchema, IdSchema).default({}).meta({
    description: "Metric names of the export → KPI ids, e.g. `Checkout conversion (GA4): checkout-conversion-rate`.",
  }),
});

export type KpiImportSettings = z.output<typeof KpiImportSettingsSchema>;
