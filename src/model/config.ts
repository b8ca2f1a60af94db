import { z } from "zod";
import { IdSchema, TextSchema } from "./common.ts";
import { GapSettingsSchema } from "./gap-settings.ts";
import { KpiImportSettingsSchema } from "./kpi-import-settings.ts";
import { SiteSettingsShape } from "./site-settings.ts";
import { LOCALES } from "../i18n/locale.ts";

export const CustomChannelSchema = z.strictObject({
  id: IdSchema.meta({ description: "The id touchpoints use in `channel`, e.g. `atm`." }),
  label: TextSchema.meta({ description: "The channel as the site shows it, e.g. `ATM`." }),
  online: z.boolean().meta({ description: "true for a digital channel, false for a physical, voice or in-person one." }),
});

/** `journeymap.config.yaml` at the repository root; every field is optional. */
export const ConfigSchema = z.strictObject({
  content: TextSchema.default("journeys").meta({
    description: "The content folder, relative to this file (default `journeys`). `--dir` overrides it.",
  }),
  title: TextSchema.default("Customer journeys").meta({ description: "The site's title." }),
  locale: z.enum(LOCALES).default("en").meta({
    description:
      "The language of the site's interface, dates and numbers, the gap rules' titles and actions, and `report --format md`: `en`, `es` or `it` (default `en`). JOURNEYMAP_LOCALE overrides it for a build. Content stays in the language its authors write.",
  }),
  channels: z.array(CustomChannelSchema).default([]).meta({ description: "Channels beyond the known vocabulary." }),
  gaps: GapSettingsSchema.prefault({}).meta({ description: "Thresholds and rules of the gap analysis." }),
  kpi_import: KpiImportSettingsSchema.prefault({}).meta({ description: "How `journeymap kpi import` reads an analytics export: its columns, date format and metric names." }),
  ...SiteSettingsShape,
});

export type Config = z.output<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
