/** A site path under the configured base (GitHub Pages project sites live under /<repo>/). */
export function href(path: string): string {
  return under(import.meta.env?.BASE_URL ?? "/", path);
}

/** The same under a base given outright: code that runs outside Vite (an integration) reads it from Astro's config. */
export function hrefUnder(base: string): (path: string) => string {
  return (path) => under(base, path);
}

function under(base: string, path: string): string {
  return `${base.replace(/\/$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}
