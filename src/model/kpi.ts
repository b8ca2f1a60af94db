import { z } from "zod";
import { DateSchema, IdSchema, TextSchema } from "./common.ts";

export const KPI_UNITS = ["percent", "count", "currency", "seconds", "minutes", "hours", "days", "score", "ratio"] as const;
export const KPI_DIRECTIONS = ["higher", "lower"] as const;
export const KPI_CADENCES = ["weekly", "monthly", "quarterly", "yearly"] as const;
export type KpiCadence = (typeof KPI_CADENCES)[number];

/** A KPI value a chart can draw: finite, and within ±10¹⁵ (no business measures more; ±1.79e308 would draw NaN). */
const KpiValueSchema = z.number().min(-1e15).max(1e15);

/** `journey-id/stage-id`: stage ids are only unique within a journey. */
export const STAGE_REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MeasurementSchema = z.strictObject({
  date: DateSchema.meta({ description: "When the value was measured, `YYYY-MM-DD`." }),
  value: KpiValueSchema.meta({ description: "The measured value, in the KPI's unit." }),
  note: TextSchema.optional().meta({ description: "Context, e.g. `after the checkout redesign`." }),
});

/** A KPI with its target, tied to the stages it measures (seeds 001, 003). */
export const KpiSchema = z
  .strictObject({
    id: IdSchema.meta({ description: "Unique across KPIs; stages and touchpoints name it in `kpis`." }),
    name: TextSchema.meta({ description: "e.g. `Checkout conversion rate`." }),
    description: TextSchema.optional().meta({ description: "What is measured and how." }),
    unit: z.enum(KPI_UNITS).meta({ description: "percent, count, currency, seconds, minutes, hours, days, score or ratio." }),
    currency: z.string().regex(/^[A-Z]{3}$/).optional().meta({ description: "ISO 4217 code when unit is currency, e.g. `EUR`." }),
    direction: z.enum(KPI_DIRECTIONS).meta({ description: "higher (higher is better) or lower (lower is better)." }),
    target: KpiValueSchema.meta({ description: "The value the team commits to reach." }),
    warning: KpiValueSchema.optional().meta({
      description: "Threshold between target and off-track: worse than target but not past this value is `at risk`.",
    }),
    owner: TextSchema.optional().meta({ description: "The team accountable for the KPI." }),
    source: TextSchema.optional().meta({ description: "Where the data comes from, e.g. `GA4 funnel report`." }),
    cadence: z.enum(KPI_CADENCES).optional().meta({
      description:
        "How often it is measured: weekly, monthly, quarterly or yearly. It is stale when the latest measurement is more than two periods old (weekly 15 days, monthly 62, quarterly 184, yearly 400); without a cadence, after `gaps.stale_after_days`.",
    }),
    stages: z
      .array(z.string().regex(STAGE_REF_PATTERN))
      .default([])
      .meta({ description: "Stages this KPI measures, as `journey-id/stage-id`." }),
    measurements: z
      .array(MeasurementSchema)
      .default([])
      .meta({ description: "Dated actual values, oldest first, newest last." }),
  })
  .superRefine((kpi, ctx) => {
    if (kpi.warning !== undefined) {
      const worse = kpi.direction === "higher" ? kpi.warning < kpi.target : kpi.warning > kpi.target;
      if (!worse) {
        ctx.addIssue({
          code: "custom",
          path: ["warning"],
          message: `warning threshold ${kpi.warning} must be ${kpi.direction === "higher" ? "below" : "above"} the target ${kpi.target}, since ${kpi.direction} is better`,
          params: { rule: "schema/warning-threshold" },
        });
      }
    }
    if (kpi.unit === "currency" && kpi.currency === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: "a currency KPI needs its `currency` code",
        params: { rule: "schema/missing-currency", hint: "add e.g. `currency: EUR`" },
      });
    }
    kpi.measurements.forEach((m, i) => {
      const previous = kpi.measurements[i - 1];
      if (previous && m.date <= previous.date) {
        ctx.addIssue({
          code: "custom",
          path: ["measurements", i, "date"],
          message: `out of order: it follows ${previous.date}; list measurements oldest first, one per date`,
          params: { rule: "schema/measurement-order" },
        });
      }
    });
  });

export type Kpi = z.output<typeof KpiSchema>;
export type KpiInput = z.input<typeof KpiSchema>;
export type Measurement = z.output<typeof MeasurementSchema>;
