import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * Mermaid (5.5 MB of script, drawn only when someone asks for a diagram) is served as the files its package ships,
 * copied into `<outDir>/_mermaid/<version>/`, instead of going through Vite: bundling it was 3.8 s and 500 MB of
 * every build. The journey page's script imports it from that address (MermaidPanel's data-mermaid-src). The files
 * are renamed from .mjs to .js (and so are their imports of each other): a static host that does not know .mjs
 * serves it with a type browsers refuse for a module.
 */
const require = createRequire(join(process.cwd(), "package.json"));

let dist: { dir: string; version: string } | undefined;
function mermaidDist(): { dir: string; version: string } {
  if (!dist) {
    const pkg = require.resolve("mermaid/package.json");
    dist = { dir: join(dirname(pkg), "dist"), version: (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version };
  }
  return dist;
}

/** Where the page finds Mermaid, below the site's base. */
export function mermaidPath(): string {
  return `/_mermaid/${mermaidDist().version}/mermaid.esm.min.js`;
}

const asJs = (name: string) => name.replace(/\.mjs$/, ".js");
/** A file's text with its relative imports of .mjs files pointed at the .js copies. */
const withJsImports = (text: string) => text.replace(/(["'])(\.\/[\w./-]+)\.mjs\1/g, "$1$2.js$1");

/** The files Mermaid's browser build needs, relative to its dist folder: the entry and its chunks, no source maps. */
function mermaidFiles(dir: string): string[] {
  const chunks = join("chunks", "mermaid.esm.min");
  return ["mermaid.esm.min.mjs", ...readdirSync(join(dir, chunks)).filter((f) => f.endsWith(".mjs")).sort().map((f) => join(chunks, f))];
}

export function mermaidIntegration(): AstroIntegration {
  let base = "/";
  return {
    name: "journeymap-mermaid",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      // The dev server answers the same addresses from node_modules.
      "astro:server:setup": ({ server }) => {
        const { dir, version } = mermaidDist();
        const prefix = `${base}_mermaid/${version}/`;
        const served = new Map(mermaidFiles(dir).map((f) => [asJs(f.split("\\").join("/")), f]));
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? "").split("?")[0]!;
          const file = path.startsWith(prefix) ? served.get(normalize(path.slice(prefix.length)).split("\\").join("/")) : undefined;
          if (!file) return next();
          res.setHeader("content-type", "text/javascript; charset=utf-8");
          res.end(withJsImports(readFileSync(join(dir, file), "utf8")));
        });
      },
      "astro:build:done": ({ dir: out }) => {
        const { dir, version } = mermaidDist();
        const target = join(fileURLToPath(out), "_mermaid", version);
        for (const file of mermaidFiles(dir)) {
          mkdirSync(dirname(join(target, file)), { recursive: true });
          writeFileSync(join(target, asJs(file)), withJsImports(readFileSync(join(dir, file), "utf8")));
        }
        if (!existsSync(join(target, "mermaid.esm.min.js"))) throw new Error("journeymap: Mermaid's browser files were not copied");
      },
    },
  };
}
