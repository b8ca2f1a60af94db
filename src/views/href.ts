/** A site path under the configured base (GitHub Pages project sites live under /<repo>/). */
export function href(path: string): string {
  const base = (import.meta.env?.BASE_URL ?? "/").replace(/\/$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
