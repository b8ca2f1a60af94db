import { z } from "zod";

/** Ids appear in URLs (`/journeys/<id>/#<touchpoint-id>`) and in references, so they stay URL-safe. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN)
  .meta({
    description: "A stable identifier: lower-case letters, digits and single hyphens, e.g. `checkout-page`.",
  });

export const TextSchema = z.string().trim().min(1);

/** A list of short statements; a single string is accepted as a list of one. (The list is tried first: it is what files mostly hold, and a union pays for every option that fails.) */
export const StatementsSchema = z
  .union([z.array(TextSchema), TextSchema])
  .transform((value) => (typeof value === "string" ? [value] : value));

/** Calendar date as YAML writes it unquoted: `2026-03-31`. */
export const DateSchema = z.iso.date().meta({ description: "A calendar date, `YYYY-MM-DD`.", examples: ["2026-03-31"] });

/** One or more ids; a single id is accepted as a list of one. */
export function idListSchema(description: string) {
  return z
    .union([IdSchema, z.array(IdSchema)])
    .transform((value) => (typeof value === "string" ? [value] : value))
    .meta({ description });
}
