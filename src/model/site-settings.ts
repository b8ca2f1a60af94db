import { z } from "zod";

/** An absolute http(s) URL with no spaces, quotes or angle brackets: it goes into links and meta tags as it is. */
const UrlSchema = z.url({ protocol: /^https?$/ }).regex(/^[^\s"'<>`]+$/);

/**
 * Where the site lives and where its source is: the config fields behind the "Edit this …" links, the
 * footer's build commit, canonical URLs and link previews. Spread into ConfigSchema.
 */
export const SiteSettingsShape = {
  repository: UrlSchema.optional().meta({
    description:
      "The content's repository on GitHub, e.g. `https://github.com/acme/journeys`: pages link to their YAML file (`Edit this journey`) and the footer to the build's commit. In GitHub Actions, GITHUB_SERVER_URL and GITHUB_REPOSITORY stand in when it is not set. Without either, no such links are shown.",
  }),
  branch: z
    .string()
    .regex(/^[A-Za-z0-9._/-]+$/)
    .optional()
    .meta({ description: "The branch the edit links open, default `main` (GITHUB_REF_NAME in GitHub Actions)." }),
  site: UrlSchema.optional().meta({
    description:
      "The published site's address, e.g. `https://acme.github.io/journeys/`: canonical URLs, link previews and the feed's links. Without it, the GitHub Pages address is used in GitHub Actions.",
  }),
};
